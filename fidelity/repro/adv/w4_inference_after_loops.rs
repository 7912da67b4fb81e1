// args:
// Bindings typed late (Vec::new, HashMap::new, None) by code after awaits in loops and branches.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut names = Vec::new();
    let mut index = BTreeMap::new();
    let mut best = None;
    let mut i = 0;
    while i < 3 {
        let t = ready("t", Tracked::new("item")).await;
        index.insert(i, t.name().len());
        names.push(t);
        if best.map_or(true, |b: i64| i > b) {
            best = Some(i);
        }
        i += 1;
    }
    let lens: Vec<i64> = names.iter().map(|t| t.len()).collect();
    let total: usize = index.values().map(|v| v * 2).sum();
    let b = best.map(|x| x * 10).unwrap_or(-1);
    lens.len() as i64 + total as i64 + b
}
