// args:
// Sorting a Vec of structs with `sort_by_key`, `sort_by` with `then_with`, `dedup_by_key`, with awaited keys computed beforehand.
fn f() -> i64 {
    let mut rows = Vec::new();
    for (i, n) in ["pear", "fig", "apple", "kiwi"].iter().enumerate() {
        let score = ready(*n, (i as i64 * 7) % 4).await;
        rows.push(Row { name: Tracked::new(*n), score });
    }
    rows.sort_by_key(|r| r.score);
    tick("sorted1").await;
    rows.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.name().cmp(b.name.name())));
    let top = &rows[0];
    tick("top").await;
    log(top.name.name());
    rows.dedup_by_key(|r| r.score / 2);
    let mut out = 0;
    for r in rows.iter() { out = out * 10 + r.score; }
    out
}
pub struct Row { name: Tracked, score: i64 }
