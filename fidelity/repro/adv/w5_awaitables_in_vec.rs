// args:
// Coroutines stored in a Vec / Option and awaited later; a closure making coroutines.
fn f() -> i64 {
    let pending: Vec<_> = (0..3).map(|i| work(i)).collect();
    let mut total = 0;
    for p in pending {
        total += p.await;
    }
    let maybe = if total > 2 { Some(work(10)) } else { None };
    if let Some(m) = maybe {
        total += m.await;
    }
    let mk = |i: i64| work(i * 2);
    total += mk(2).await;
    total
}

#[co] fn work(i: i64) -> i64 {
    let _t = Tracked::new("work");
    tick("w").await;
    i + 1
}
