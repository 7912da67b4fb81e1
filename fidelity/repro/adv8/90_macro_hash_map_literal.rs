// args:
// A `hashmap!{k => v, ..}`-style macro_rules building a BTreeMap with Tracked values; entries awaited and removed.
fn f() -> i64 {
    macro_rules! map { ($($k:expr => $v:expr),* $(,)?) => {{ let mut m = std::collections::BTreeMap::new(); $(m.insert($k, $v);)* m }}; }
    let mut m = map! { "a" => Tracked::new("va"), "b" => Tracked::new("vb"), "c" => Tracked::new("vc") };
    tick("built").await;
    let b = m.remove("b");
    let n = ready("n", m.len()).await;
    tick("end").await;
    n as i64 * 10 + opt_len(&b)
}
