// args: 1
// match on an awaited tuple leaving parts; if let .. else on awaited Options with _.
fn f(k: i64) -> i64 {
    let r = match ready("pair", (Tracked::new("a"), Tracked::new("b"), k)).await {
        (a, _, 0) => a.len(),
        (_, b, n) => {
            tick("arm").await;
            b.len() + n
        }
    };
    let s = if let Some((x, _)) = ready("o", Some((Tracked::new("x"), Tracked::new("y")))).await {
        tick("then").await;
        x.len()
    } else {
        0
    };
    r + s
}
