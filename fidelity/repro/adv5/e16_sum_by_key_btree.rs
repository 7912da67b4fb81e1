// args:
// Aggregation: group records by key in a BTreeMap<String, (i64, Vec<Tracked>)> with entry().and_modify().or_insert_with.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let recs = [("eu", 3), ("us", 5), ("eu", 4), ("ap", 1), ("us", 2)];
    let mut by_region: BTreeMap<String, (i64, Vec<Tracked>)> = BTreeMap::new();
    for (region, amount) in recs {
        let amt = ready("amt", amount).await;
        by_region
            .entry(region.to_string())
            .and_modify(|e| e.0 += amt)
            .or_insert_with(|| (amt, Vec::new()))
            .1
            .push(Tracked::new("rec"));
    }
    let mut report = Vec::new();
    for (region, (total, recs)) in &by_region {
        let avg = ready("avg", total / recs.len() as i64).await;
        report.push(format!("{region}:{total}/{avg}"));
    }
    log(report.join(" "));
    let top = by_region.iter().max_by_key(|(_, (t, _))| *t).map(|(k, _)| k.clone()).unwrap_or_default();
    tick("end").await;
    top.len() as i64 * 100 + by_region.values().map(|(t, _)| t).sum::<i64>()
}
