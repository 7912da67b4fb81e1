// args: 2
// Vec::extend/append/splice/insert with awaited arguments holding Tracked; with_capacity(awaited).
fn f(k: i64) -> i64 {
    let mut v: Vec<Tracked> = Vec::with_capacity(ready("cap", 4).await);
    v.extend(ready("ext", vec![Tracked::new("e1"), Tracked::new("e2")]).await);
    let mut other = vec![Tracked::new("o1")];
    v.append(&mut other);
    v.insert(ready("idx", 1).await, Tracked::new("ins"));
    let removed: Vec<Tracked> = v.splice(0..k as usize, ready("spl", vec![Tracked::new("s1")]).await).collect();
    tick("spliced").await;
    let names: Vec<&str> = v.iter().map(|t| t.name()).collect();
    log(names.join(","));
    v.len() as i64 * 10 + removed.len() as i64 + other.len() as i64
}
