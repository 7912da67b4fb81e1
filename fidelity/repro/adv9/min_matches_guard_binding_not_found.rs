// args: 2
// REFUSAL (E0425 "cannot find value `g` in this scope"): a binding the coroutine renames, read in a `matches!`
// guard (`matches!(x, Some(n) if n >= g)`), is not found: the guard's tokens are not rewritten. Here `g` is made
// from an awaited value in a coroutine with homes (`s` borrows `v` across awaits; without a home it compiles);
// 187: a shadowed binding (`let lim = 1; let lim = lim + k; f().await; matches!(.., Some(n) if n >= lim)`), also
// inside `assert!(matches!(..))`. The async fn compiles.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let s = &v;
    let g = ready("g", 2).await;
    let m = matches!(Some(k), Some(n) if n >= g);
    tick("t").await;
    m as i64 + s.len() as i64
}
