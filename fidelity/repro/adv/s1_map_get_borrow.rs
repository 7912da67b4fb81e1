// args:
// if let over a HashMap borrow held across an await; entry held across await.
fn f() -> i64 {
    use std::collections::BTreeMap as HashMap;
    let mut m: HashMap<&'static str, Tracked> = HashMap::new();
    m.insert("a", Tracked::new("va"));
    m.insert("b", Tracked::new("vbb"));
    let mut n = 0;
    if let Some(t) = m.get("a") {
        tick("got").await;
        n += t.len();
    } else {
        tick("miss").await;
    }
    let e = m.entry("c").or_insert_with(|| Tracked::new("vc"));
    tick("entry").await;
    n += e.len();
    let removed = m.remove("b");
    tick("rm").await;
    n + removed.map(|t| t.len()).unwrap_or(0)
}
