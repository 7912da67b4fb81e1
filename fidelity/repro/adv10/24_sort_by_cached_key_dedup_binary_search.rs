// args: 4
// Sorting with keys computed from awaited data; dedup_by_key; binary_search; retain with captured counters.
fn f(k: i64) -> i64 {
    let mut scores: Vec<(i64, Tracked)> = Vec::new();
    for name in ["d", "bbb", "a", "cc", "bbb"] {
        let s = ready("score", name.len() as i64 * k % 5).await;
        scores.push((s, Tracked::new(name)));
    }
    scores.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name().cmp(b.1.name())));
    tick("sorted").await;
    let mut dropped = 0;
    scores.retain(|(s, _)| { if *s == 0 { dropped += 1; false } else { true } });
    tick("retained").await;
    scores.dedup_by_key(|p| p.0);
    let keys: Vec<i64> = scores.iter().map(|p| p.0).collect();
    let found = keys.binary_search(&ready("needle", 3).await).map_or_else(|e| -(e as i64), |i| i as i64);
    dropped * 100 + found * 10 + scores.len() as i64
}
