// args:
// Short: `let (a, b) = match f().await { Some(x) => (x, Tracked::new("b")), None => return -1 };` then both used after an await.
fn f() -> i64 {
    let (a, b) = match ready("m", Some(4)).await { Some(x) => (x, Tracked::new("b")), None => return -1 };
    tick("after").await;
    let (c, d) = match ready("n", None::<i64>).await { Some(x) => (x, Tracked::new("d")), None => (0, Tracked::new("dd")) };
    a * 100 + b.len() * 10 + c + d.len()
}
