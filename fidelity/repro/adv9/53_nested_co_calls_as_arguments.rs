// args: 3
// Nested #[co] calls as arguments of #[co] calls, with Tracked arguments and a temporary in the outer call.
fn f(k: i64) -> i64 {
    let r = add(add(ready("a", k).await, ready("b", 1).await).await, Tracked::new("tmp").len() + ready("c", 2).await).await;
    let s = add(r, add(r, k).await).await;
    wrap(Tracked::new("w"), add(s, 1).await).await
}
#[co] fn add(a: i64, b: i64) -> i64 {
    tick("add").await;
    a + b
}
#[co] fn wrap(t: Tracked, n: i64) -> i64 {
    let _g = Tracked::new("wrap");
    tick("wrap").await;
    t.len() + n
}
