// args:
// Sorting records by key, grouping consecutive runs with awaits between groups; dedup and binary_search.
fn f() -> i64 {
    let mut recs: Vec<(String, i64)> = Vec::new();
    for (name, score) in [("bob", 3), ("amy", 5), ("bob", 7), ("cat", 1), ("amy", 2)] {
        recs.push((name.to_string(), ready("rec", score).await));
    }
    recs.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut groups: Vec<(String, Vec<i64>)> = Vec::new();
    for (name, score) in recs {
        match groups.last_mut() {
            Some((g, v)) if *g == name => v.push(score),
            _ => {
                tick("group").await;
                groups.push((name, vec![score]));
            }
        }
    }
    let mut names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
    names.dedup();
    let found = names.binary_search(&"bob").unwrap_or(99) as i64;
    let best: i64 = groups.iter().map(|(_, v)| v[0]).sum();
    tick("end").await;
    best * 10 + found
}
