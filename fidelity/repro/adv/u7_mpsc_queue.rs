// args:
// A std mpsc channel as a work queue between a producing loop and a consuming loop.
fn f() -> i64 {
    use std::sync::mpsc;
    let (tx, rx) = mpsc::channel::<(i64, &'static str)>();
    for i in 0..3 {
        tick("produce").await;
        tx.send((i, if i % 2 == 0 { "even" } else { "odd" })).unwrap();
    }
    drop(tx);
    let mut total = 0;
    while let Ok((i, name)) = rx.recv() {
        let t = Tracked::new(name);
        tick("consume").await;
        total += i * t.len();
    }
    total
}
