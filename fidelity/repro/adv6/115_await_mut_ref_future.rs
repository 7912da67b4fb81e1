// args:
// Awaiting a future through `&mut fut` (select-loop style) and a `Box::pin`ned one.
fn f() -> i64 {
    let mut fut = ready("a", 1);
    let x = (&mut fut).await;
    let b = Box::pin(ready("b", 2));
    let y = b.await;
    x * 10 + y
}
