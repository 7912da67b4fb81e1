// args:
// `Rc<Tracked>` clones shared between a Vec and locals, `drop` of the original, strong counts read after awaits.
fn f() -> i64 {
    use std::rc::Rc;
    let a = Rc::new(Tracked::new("rc"));
    let mut holders = vec![a.clone(), a.clone()];
    tick("a").await;
    drop(a);
    let c1 = Rc::strong_count(&holders[0]) as i64;
    holders.pop();
    let b = ready("b", Rc::clone(&holders[0])).await;
    holders.clear();
    tick("c").await;
    c1 * 10 + Rc::strong_count(&b) as i64
}
