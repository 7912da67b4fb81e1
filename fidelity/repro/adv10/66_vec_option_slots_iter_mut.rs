// args: 2
// A Vec<Option<Tracked>> slot table: iter_mut with take(), replace, filling with awaited values.
fn f(k: i64) -> i64 {
    let mut slots: Vec<Option<Tracked>> = vec![None, Some(Tracked::new("s1")), None, Some(Tracked::new("s3"))];
    let mut freed = 0;
    for (i, s) in slots.iter_mut().enumerate() {
        if let Some(t) = s.take() {
            tick(t.name()).await;
            freed += 1;
            if i as i64 == k { *s = Some(ready("refill", Tracked::new("refill")).await); }
        } else {
            *s = Some(Tracked::new("filled"));
            tick("filled").await;
        }
    }
    let first_free = slots.iter().position(|s| s.is_none()).map(|i| i as i64).unwrap_or(-1);
    let old = slots[0].replace(Tracked::new("new0"));
    tick("end").await;
    freed * 100 + first_free * 10 + old.map_or(0, |t| t.len())
}
