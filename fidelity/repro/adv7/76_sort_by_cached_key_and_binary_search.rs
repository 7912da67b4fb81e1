// args:
// `sort_unstable_by`, `binary_search_by_key`, `partition`, `chunks_exact` on data produced by awaits; results held across awaits.
fn f() -> i64 {
    let mut v: Vec<(i64, &'static str)> = Vec::new();
    for (i, n) in ["delta", "alpha", "charlie", "bravo"].iter().enumerate() {
        v.push((ready("k", (i as i64 * 7) % 5).await, *n));
    }
    v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let pos = v.binary_search_by_key(&ready("target", 4).await, |p| p.0);
    let (small, big): (Vec<&(i64, &str)>, Vec<&(i64, &str)>) = v.iter().partition(|p| p.0 < 2);
    tick("part").await;
    log(format!("{v:?} {pos:?}"));
    pos.unwrap_or(99) as i64 * 100 + small.ilen() * 10 + big.ilen()
}
