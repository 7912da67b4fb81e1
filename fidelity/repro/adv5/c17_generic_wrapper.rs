// args:
// A generic coroutine returning its argument after awaits; Vec<T> generic helpers with Debug bound.
fn f() -> i64 {
    let a = keep(Tracked::new("kept")).await;
    let b = keep(vec![Tracked::new("v1"), Tracked::new("v2")]).await;
    let c = first_or(b, Tracked::new("dflt")).await;
    let d = keep((a, 5)).await;
    tick("end").await;
    c.len() + d.0.len() + d.1
}

#[co] fn keep<T: std::fmt::Debug>(x: T) -> T {
    tick("keep").await;
    show(&x);
    x
}
#[co] fn first_or<T>(mut v: Vec<T>, d: T) -> T {
    tick("first").await;
    if v.is_empty() { d } else { v.remove(0) }
}
