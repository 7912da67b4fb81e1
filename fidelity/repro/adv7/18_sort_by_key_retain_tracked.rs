// args:
// `sort_by_key`, `retain` (drops the removed Tracked), `dedup_by_key` on a Vec<Tracked> between awaits.
fn f() -> i64 {
    let mut v = vec![Tracked::new("ccc"), Tracked::new("a"), Tracked::new("bb"), Tracked::new("dd"), Tracked::new("e")];
    tick("start").await;
    v.sort_by_key(|t| t.name().len());
    let limit = ready("limit", 2).await;
    v.retain(|t| t.name().len() as i64 <= limit);
    tick("retained").await;
    v.dedup_by_key(|t| t.name().len());
    let n = ready("n", v.len()).await as i64;
    log(format!("{:?}", v.iter().map(|t| t.name()).collect::<Vec<_>>()));
    n
}
