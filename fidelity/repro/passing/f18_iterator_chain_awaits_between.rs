// args:
// An iterator built before an await and consumed after it (held across), chained adapters over borrowed data.
fn f() -> i64 {
    let words = vec![Tracked::new("alpha"), Tracked::new("be"), Tracked::new("gamma"), Tracked::new("d")];
    let mut it = words.iter().filter(|w| w.name().len() > 1).map(|w| w.name().len() as i64);
    let first = it.next().unwrap_or(0);
    tick("held").await;
    let second = it.next().unwrap_or(0);
    let rest: i64 = it.sum();
    let mut pk = words.iter().rev().peekable();
    let mut n = 0;
    while let Some(w) = pk.next() {
        if pk.peek().is_some() {
            n += ready("pk", w.len()).await;
        }
    }
    first * 1000 + second * 100 + rest * 10 + n
}
