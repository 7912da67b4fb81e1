// args:
// Borrows of locals stored into collections through method arguments (extend/insert/push of refs), kept across awaits.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let text = String::from("a,b,c");
    let key = String::from("k");
    let t = Tracked::new("t");
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(text.split(','));
    let mut m: BTreeMap<&str, i64> = BTreeMap::new();
    m.insert(key.as_str(), 1);
    let mut q: Vec<(i64, &Tracked)> = Vec::new();
    q.push((1, &t));
    tick("a").await;
    parts.len() as i64 + m.len() as i64 + q[0].1.len()
}
