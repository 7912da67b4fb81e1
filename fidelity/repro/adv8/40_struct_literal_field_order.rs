// args:
// Struct literal written out of declaration order with an awaited field: evaluation in written order, drop in declaration order.
fn f() -> i64 {
    let p = Pair { b: Tracked::new("b1"), a: ready("ra", Tracked::new("a1")).await };
    tick("mid").await;
    let q = Pair { b: ready("rb", Tracked::new("b2")).await, a: Tracked::new("a2") };
    tick("end").await;
    p.a.len() + q.b.len()
}
