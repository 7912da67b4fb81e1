// args:
// Sorting a Vec<Tracked> with `sort_by(|a, b| a.name().cmp(b.name()))`, `binary_search_by`, `partition_point` between awaits.
fn f() -> i64 {
    let mut v = vec![Tracked::new("pear"), Tracked::new("apple"), Tracked::new("fig")];
    tick("load").await;
    v.sort_by(|a, b| a.name().cmp(b.name()));
    let pos = v.binary_search_by(|t| t.name().cmp("fig")).unwrap_or(99) as i64;
    let pp = ready("pp", v.partition_point(|t| t.name() < "g")).await as i64;
    v.truncate(2);
    tick("trunc").await;
    pos * 100 + pp * 10 + v.ilen()
}
