// args:
// `v[idx("i")] = ready(..).await` and `*m.entry(key("k")).or_insert(0) += ready(..).await`: value evaluated before the place.
fn f() -> i64 {
    use std::collections::BTreeMap;
    fn idx(s: &str) -> usize { log(format!("idx {s}")); 1 }
    fn key(s: &'static str) -> &'static str { log(format!("key {s}")); s }
    let mut v = vec![0i64; 3];
    v[idx("i")] = ready("val", 7).await;
    let mut m: BTreeMap<&str, i64> = BTreeMap::new();
    *m.entry(key("k")).or_insert(0) += ready("inc", 3).await;
    *m.entry(key("k")).or_insert(0) += ready("inc2", 4).await;
    v[1] * 100 + m["k"]
}
