// args:
// A #[co] fn searching an owned `Vec<(String, Tracked)>` with `for` and `return Some(..)` from a match arm after an await (records after the hit must drop at return).
fn f() -> i64 {
    let recs = vec![(String::from("k1"), Tracked::new("v1")), (String::from("k2"), Tracked::new("v2")), (String::from("k3"), Tracked::new("v3"))];
    let hit = find_owned(recs, "k2").await;
    tick("after").await;
    hit.map_or(-1, |t| t.len())
}
#[co] fn find_owned(recs: Vec<(String, Tracked)>, key: &str) -> Option<Tracked> {
    for (k, t) in recs {
        match k.as_str() == key {
            true => { tick("hit").await; return Some(t); }
            false => log(format!("skip {k}")),
        }
    }
    None
}
