// args: 3, Tracked::new("p")
// `mut` parameters modified across awaits, a Tracked parameter shadowed by a new value, and param drop order.
fn f(mut n: i64, t: Tracked) -> i64 {
    let keep = t;
    let t = Tracked::new("shadow");
    while n > 0 {
        n -= ready("dec", 1).await;
    }
    let mut t = t;
    t = ready("swap", Tracked::new("swapped")).await;
    keep.len() + t.len() + n
}
