// args: 2
// Matches whose arms await and push into a late-typed collection, then sort_by_key after.
fn f(n: i64) -> i64 {
    let mut out = Vec::new();
    for i in 0..n + 1 {
        match i % 3 {
            0 => out.push((ready("z", i).await, Tracked::new("zero"))),
            1 => {
                let t = Tracked::new("one");
                tick("one").await;
                out.push((i * 10, t));
            }
            _ => out.push((-i, Tracked::new("two"))),
        }
    }
    out.sort_by_key(|(k, _)| *k);
    out.iter().map(|(k, t)| k + t.len()).sum()
}
