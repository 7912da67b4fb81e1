// args:
// Destructuring awaited values: arrays, structs, nested tuples; destructuring assignment.
fn f() -> i64 {
    let [x, y] = ready("arr", [Tracked::new("x"), Tracked::new("yy")]).await;
    let Pair { a, b: _ } = ready("pair", Pair { a: Tracked::new("a"), b: Tracked::new("b") }).await;
    let ((p, q), r) = ready("nest", ((1i64, 2i64), Tracked::new("r"))).await;
    let (mut m, mut n) = (0i64, 0i64);
    (m, n) = (ready("m", 3).await, ready("n", 4).await);
    [m, n] = [n, ready("m2", m).await];
    tick("end").await;
    x.len() + y.len() + a.len() + p + q + r.len() + m * 10 + n
}
