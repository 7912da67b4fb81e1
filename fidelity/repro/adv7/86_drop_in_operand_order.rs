// args:
// Guards dropped by `drop()` inside call arguments, in struct literal fields and in a `vec![]` with an awaited element.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    let p = P2 { x: { drop(a); 1 }, y: ready("y", 2).await };
    let v = vec![{ drop(b); 3 }, ready("v", 4).await, c.len()];
    tick("end").await;
    p.sum() * 100 + v.iter().sum::<i64>()
}
