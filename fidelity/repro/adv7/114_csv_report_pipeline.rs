// args:
// A CSV-ish report: header parsed, rows split/trimmed/parsed with `?`-free `match`, aggregated in a BTreeMap<String, (i64, Vec<Tracked>)>, formatted with awaited totals.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let csv = "region,amount\nnorth, 10\nsouth,5\nnorth,7\nwest,x\nsouth, 1";
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    tick("header").await;
    let mut agg: BTreeMap<String, (i64, Vec<Tracked>)> = BTreeMap::new();
    let mut bad = 0;
    for line in lines {
        let cols: Vec<&str> = line.split(',').map(|c| c.trim()).collect();
        let amount = match cols.get(1).map(|s| s.parse::<i64>()) {
            Some(Ok(n)) => ready("amount", n).await,
            _ => { bad += 1; continue; }
        };
        let e = agg.entry(cols[0].to_string()).or_insert_with(|| (0, Vec::new()));
        e.0 += amount;
        e.1.push(Tracked::new("row"));
    }
    let mut report = String::new();
    for (region, (total, rows)) in &agg {
        report.push_str(&format!("{region}={total}/{} ", ready("rows", rows.len()).await));
    }
    log(report.clone());
    header.ilen() * 1000 + bad * 100 + report.ilen()
}
