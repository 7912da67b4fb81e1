// args:
// Drop order of #[co] fn parameters (by value, `_` pattern, `_x`, tuple pattern with `_`) against body locals at the end and on early return.
fn f() -> i64 {
    let a = params(Tracked::new("p1"), Tracked::new("p2"), Tracked::new("p3"), (Tracked::new("t1"), Tracked::new("t2")), 1).await;
    tick("between").await;
    let b = params(Tracked::new("q1"), Tracked::new("q2"), Tracked::new("q3"), (Tracked::new("u1"), Tracked::new("u2")), 5).await;
    a * 10 + b
}
#[co] fn params(a: Tracked, _: Tracked, _x: Tracked, (t, _): (Tracked, Tracked), n: i64) -> i64 {
    let local = Tracked::new("local");
    tick("body").await;
    if n > 3 {
        let _inner = Tracked::new("inner");
        return take(t) + local.len();
    }
    tick("body2").await;
    a.len() + t.len()
}
