// args:
// Array and tuple literals with a Tracked before an awaited element; cancellation must drop the made elements.
fn f() -> i64 {
    let arr = [Tracked::new("a0"), ready("r1", Tracked::new("a1")).await, Tracked::new("a2")];
    tick("mid").await;
    let tup = (Tracked::new("t0"), ready("r2", 5).await, Tracked::new("t2"));
    let [x, _, z] = arr;
    tick("end").await;
    x.len() + z.len() + tup.1 + tup.0.len()
}
