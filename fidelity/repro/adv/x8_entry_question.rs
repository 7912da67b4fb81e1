// args: vec![("a", "1"), ("b", "x"), ("a", "3")]
// Grouping parsed values with entry().or_default().push(..) and ? on parse errors, skipping bad ones.
fn f(pairs: Vec<(&'static str, &'static str)>) -> Result<i64, String> {
    use std::collections::BTreeMap;
    let mut groups: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    let mut bad = 0;
    for (k, v) in pairs {
        match v.parse::<i64>() {
            Ok(n) => groups.entry(k).or_default().push(ready("n", n).await),
            Err(_) => {
                bad += 1;
                tick("bad").await;
            }
        }
    }
    let a = groups.get("a").ok_or("no a")?;
    let s: i64 = a.iter().sum();
    *groups.entry("z").or_insert_with(Vec::new) = vec![ready("z", 9).await];
    Ok(s * 10 + bad + groups.len() as i64)
}
