// args:
// Closures capturing a Tracked by reference and by move, called across awaits; the move closure dropped at scope end.
fn f() -> i64 {
    let t = Tracked::new("shared");
    let by_ref = |n: i64| t.len() + n;
    let a = ready("a", by_ref(1)).await;
    let owned = Tracked::new("owned");
    let by_move = move |n: i64| owned.len() * n;
    tick("b").await;
    let b = by_move(a);
    tick("c").await;
    a * 100 + b + by_ref(0)
}
