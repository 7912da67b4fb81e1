// args:
// Destructuring assignment into existing Tracked bindings `(a, b) = (ready(..).await, Tracked::new(..));` (old values dropped at the assignment), swaps.
fn f() -> i64 {
    let mut a = Tracked::new("a0");
    let mut b = Tracked::new("b0");
    tick("x").await;
    (a, b) = (ready("ra", Tracked::new("a1")).await, Tracked::new("b1"));
    tick("y").await;
    (a, b) = (b, a);
    let mut n = 0;
    [n, _] = [ready("n", 5).await, 6];
    tick("z").await;
    a.len() * 100 + b.len() * 10 + n
}
