// args: 1
// Code after a `return` inside a branch (unreachable_code) with awaits on both sides.
fn f(k: i64) -> i64 {
    tick("a").await;
    if k == 1 {
        return 5;
        #[allow(unreachable_code)]
        { tick("never").await; }
    }
    let x = ready("x", k).await;
    x
}
