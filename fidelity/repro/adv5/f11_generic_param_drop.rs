// args:
// Generic coroutine parameters with drop glue (Vec<T>, Option<T>, Box<dyn Trait>) dropped at the end vs moved.
fn f() -> i64 {
    let a = consume_some(vec![Tracked::new("v1"), Tracked::new("v2")], Some(Tracked::new("o")), 1).await;
    let b = consume_some(vec![Tracked::new("w1")], None, 0).await;
    let c = boxed(Box::new(Tracked::new("boxed")), Tracked::new("plain")).await;
    a + b + c
}

#[co] fn consume_some<T: std::fmt::Debug>(items: Vec<T>, extra: Option<T>, keep: usize) -> i64 {
    tick("cs").await;
    let kept: Vec<T> = items.into_iter().take(keep).collect();
    tick("cs2").await;
    show(&kept) + show(&extra)
}
#[co] fn boxed(b: Box<Tracked>, p: Tracked) -> i64 {
    let moved = p;
    tick("boxed").await;
    b.len() + moved.len()
}
