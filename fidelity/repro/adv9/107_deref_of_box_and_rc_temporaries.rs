// args: 2
// `*Box::new(..)`, `*Rc::new(..)` and `*make_rc()` (built-in and overloaded derefs of temporaries owning Tracked
// payload structs) as operands before an await.
fn f(k: i64) -> i64 {
    let a = (*Box::new(Tracked::new("bx"))).len() + ready("a", k).await;
    let b = (*std::rc::Rc::new(Tracked::new("rc"))).len() + ready("b", 1).await;
    let c = *make_rc(5) + ready("c", 2).await;
    a + b + c
}
fn make_rc(n: i64) -> std::rc::Rc<i64> { log("make_rc"); std::rc::Rc::new(n) }
