// args: 2
// Forms of min_temporary_receiver_taken_by_value_with_awaited_argument_refused.rs: `opt.as_ref().map_or(f().await, ..)`.
fn f(k: i64) -> i64 {
    let opt = opt_trk("o", k > 1);
    let n = opt.as_ref().map_or(ready("d", 0).await, |t| t.len());
    n + opt_len(&opt)
}
