// args: 0
// `counts["missing"] + fetch().await` on a BTreeMap: Index panics "key not found" before the fetch in Rust.
fn f(k: i64) -> i64 {
    let mut counts = std::collections::BTreeMap::new();
    counts.insert("a", 1i64);
    let key = if k == 0 { "missing" } else { "a" };
    let _g = Tracked::new("g");
    counts[key] + fetch(key).await
}
#[co] fn fetch(key: &str) -> i64 {
    log(format!("fetch {key}"));
    tick("fetch").await;
    1
}
