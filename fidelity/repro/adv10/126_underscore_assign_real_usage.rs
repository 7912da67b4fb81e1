// args: 2
// `_ = x;` as real code uses it (silence unused warnings, discard results): on a result, a guard-like value, a Vec.
fn f(k: i64) -> i64 {
    let guard = Tracked::new("guard");
    let res: Result<i64, String> = ready("r", Ok(k)).await;
    _ = res;
    _ = guard;
    let v = vec![Tracked::new("v")];
    _ = &v;
    _ = ready("discard", Tracked::new("disc")).await;
    tick("end").await;
    v.len() as i64 + k
}
