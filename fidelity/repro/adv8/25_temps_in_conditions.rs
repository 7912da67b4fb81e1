// args: 2
// Tracked temporaries in `if`/`while` conditions compared with awaited values; drop before the branch body.
fn f(k: i64) -> i64 {
    let mut n = 0;
    if Tracked::new("cond").len() > ready("r", k).await {
        tick("then").await;
        n += 1;
    }
    while Tracked::new("w").len() + n < ready("lim", k + 1).await {
        n += 1;
        tick("loop").await;
    }
    let flag = opt_trk("o", k > 1).map(|t| t.len()).unwrap_or(0) == ready("x", 1).await;
    n * 10 + flag as i64
}
