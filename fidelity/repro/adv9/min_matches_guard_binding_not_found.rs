// args: 2
// REFUSAL (E0425 "cannot find value `g` in this scope"): in a coroutine with homes (here `s` borrows `v` across
// awaits), a binding made from an awaited value and read in a `matches!` guard (`matches!(x, Some(n) if n >= g)`)
// is not found; without a home in the body it compiles. The async fn compiles.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let s = &v;
    let g = ready("g", 2).await;
    let m = matches!(Some(k), Some(n) if n >= g);
    tick("t").await;
    m as i64 + s.len() as i64
}
