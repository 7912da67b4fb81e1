// args:
// Awaited keys computed into a Vec<(i64, &Tracked)> then `min_by_key`/`sort_unstable_by_key`, the chosen &Tracked used after more awaits.
fn f() -> i64 {
    let pool = vec![Tracked::new("aaa"), Tracked::new("b"), Tracked::new("cc")];
    let mut keyed: Vec<(i64, &Tracked)> = Vec::new();
    for t in &pool {
        keyed.push((ready(t.name(), 10 - t.len()).await, t));
    }
    let (k, best) = *keyed.iter().min_by_key(|(k, _)| *k).unwrap();
    tick("chosen").await;
    keyed.sort_unstable_by_key(|(k, _)| -k);
    tick("sorted").await;
    k * 100 + best.len() * 10 + keyed[0].1.len()
}
