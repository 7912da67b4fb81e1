// args: 1
// `Box<dyn Any>` values downcast after awaits (`downcast::<T>()` by value, `downcast_ref`), a Tracked payload. (`downcast` written as `<Box<dyn Any>>::downcast(b)`, the ledger rewrite.)
fn f(k: i64) -> i64 {
    let items: Vec<Box<dyn std::any::Any>> = vec![Box::new(k), Box::new(Tracked::new("any")), Box::new(String::from("str"))];
    let mut s = 0;
    for b in items {
        tick("item").await;
        if let Some(n) = b.downcast_ref::<i64>() { s += *n; continue; }
        match <Box<dyn std::any::Any>>::downcast::<Tracked>(b) {
            Ok(t) => s += ready("t", t.len()).await * 10,
            Err(other) => s += other.downcast_ref::<String>().map_or(0, |x| x.len() as i64) * 100,
        }
    }
    s
}
