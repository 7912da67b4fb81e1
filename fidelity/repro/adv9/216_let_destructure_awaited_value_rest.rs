// args: 1
// Destructuring an awaited value with `..` / `_` leaving parts (`let Pair { a, .. } = f().await;`,
// `let (x, _) = f().await;`): the rest is a temporary dropped at the end of the `let`, before the next await.
fn f(k: i64) -> i64 {
    let Pair { a, .. } = ready("p", pair_of("pa", "pb")).await;
    let (x, _) = ready("d", duo("d0", "d1")).await;
    let [first, ..] = ready("arr", [Tracked::new("e0"), Tracked::new("e1")]).await;
    tick("t").await;
    a.len() + x.len() + first.len() + k
}
