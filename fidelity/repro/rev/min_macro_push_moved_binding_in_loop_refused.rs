// args: 1
// MIN (refusal E0382, change 6a fragment/macro_input.rs opaque_mention_ctx; passed before): a user macro that moves a
// loop-body binding into a collection (`push!(all, t)`), an await after it in the same body: `t` is held to the
// body's end, across the await, after the move. The documented class, but a common shape (push!/send!/wrap!).
// error[E0382]: use of moved value: `t`
fn f(k: i64) -> i64 {
    macro_rules! push { ($v:expr, $e:expr) => { $v.push($e) }; }
    let mut all = Vec::new();
    for _ in 0..k {
        let t = Tracked::new("t");
        push!(all, t);
        tick("a").await;
    }
    all.len() as i64
}
