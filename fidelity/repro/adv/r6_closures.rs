// args:
// Closures by ref, by mut ref and move, used around awaits.
fn f() -> i64 {
    let base = Tracked::new("base");
    let mut acc = Vec::new();
    let by_ref = |x: i64| x + base.len();
    let a = by_ref(1);
    tick("a").await;
    let mut push = |x: i64| acc.push(x);
    push(a);
    push(by_ref(2));
    tick("b").await;
    let owned = Tracked::new("owned");
    let mover = move |x: i64| x * owned.len();
    let m = mover(3);
    tick("c").await;
    let m2 = mover(4);
    acc.iter().sum::<i64>() + m + m2
}
