// args: 0
// Destructuring assignment of Tracked values with awaits on the right; old values drop at the assignment.
fn f(k: i64) -> i64 {
    let mut a = Tracked::new("a0");
    let mut b = Tracked::new("b0");
    (a, b) = (b, ready("x", Tracked::new("a1")).await);
    log(format!("{} {}", a.name(), b.name()));
    (b, a) = (ready("y", a).await, Tracked::new("n"));
    [a, b] = [b, Tracked::new("last")];
    let mut n = 0;
    (n, _) = (ready("n", k + 5).await, Tracked::new("ignored"));
    a.len() + b.len() + n
}
