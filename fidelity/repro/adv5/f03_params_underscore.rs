// args:
// Helper coroutines with `_` parameters, `_name` parameters, tuple-pattern parameters and mut parameters: drop order.
fn f() -> i64 {
    let a = helper(Tracked::new("p1"), Tracked::new("p2"), (Tracked::new("p3"), Tracked::new("p4")), 1).await;
    let b = helper2(Tracked::new("q1"), Tracked::new("q2")).await;
    let c = helper3(Pair { a: Tracked::new("r1"), b: Tracked::new("r2") }).await;
    a + b + c
}

#[co] fn helper(_: Tracked, _unused: Tracked, (x, _): (Tracked, Tracked), mut n: i64) -> i64 {
    let local = Tracked::new("local");
    tick("helper").await;
    n += x.len();
    n + local.len()
}
#[co] fn helper2(mut first: Tracked, second: Tracked) -> i64 {
    tick("h2a").await;
    first = Tracked::new("q1b");
    tick("h2b").await;
    first.len() + second.len()
}
#[co] fn helper3(Pair { a, b: _ }: Pair) -> i64 {
    tick("h3").await;
    a.len()
}
