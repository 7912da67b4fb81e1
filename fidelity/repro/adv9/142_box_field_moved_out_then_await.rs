// args: 1
// Moving one field out of a boxed struct (`let a = bp.a;`, a partial move through the Box) and of a boxed tuple,
// then awaiting: the other field stays in the box until the box's scope ends.
fn f(k: i64) -> i64 {
    let bp = Box::new(Pair { a: Tracked::new("pa"), b: Tracked::new("pb") });
    let a = bp.a;
    tick("t").await;
    let bt = Box::new((Tracked::new("t0"), Tracked::new("t1")));
    let t1 = bt.1;
    let _after = Tracked::new("after");
    ready("r", a.len() + t1.len() + k).await
}
