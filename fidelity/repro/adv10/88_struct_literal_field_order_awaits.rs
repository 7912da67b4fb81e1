// args: 2
// Struct literal fields with awaits initialised out of declaration order; cancellation mid-literal drops done fields.
fn f(k: i64) -> i64 {
    let s = Trio { c: Tracked::new("c"), a: ready("a", Tracked::new("a")).await, b: ready("b", k).await };
    tick("mid").await;
    let t = Trio { a: Tracked::new("a2"), b: ready("b2", 1).await, c: ready("c2", Tracked::new("c2")).await };
    let tup = (Tracked::new("t0"), ready("t1", Tracked::new("t1")).await, Tracked::new("t2"));
    tick("end").await;
    s.b + t.b + tup.1.len()
}
pub struct Trio { a: Tracked, b: i64, c: Tracked }
