// args: 1
// A Tracked moved into a helper coroutine on one path only, awaited; the other path keeps it to the end.
fn f(n: i64) -> i64 {
    let t = Tracked::new("t");
    let u = Tracked::new("u");
    let a = if n == 1 { consume(t).await } else { 0 };
    tick("mid").await;
    let b = match n {
        0 => consume(u).await,
        _ => ready("other", 5).await,
    };
    tick("end").await;
    a + b
}

#[co] fn consume(t: Tracked) -> i64 {
    tick("consume").await;
    t.len()
}
