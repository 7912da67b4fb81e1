// args:
// Compound assignments to fields/indexes with awaited right-hand sides: `stats.hits += f().await`, `v[i] -= f().await`, `s.total *= f().await` inside a loop.
fn f() -> i64 {
    let mut stats = Stats { hits: 0, misses: 0, total: 1, tag: Tracked::new("stats") };
    let mut v = vec![10, 20, 30];
    for i in 0..3 {
        if i % 2 == 0 { stats.hits += ready("hit", i + 1).await; } else { stats.misses += ready("miss", 1).await; }
        v[i as usize] -= ready("dec", i).await;
        stats.total *= ready("mul", 2).await;
    }
    stats.hits * 1000 + stats.misses * 100 + stats.total + v.iter().sum::<i64>()
}
pub struct Stats { hits: i64, misses: i64, total: i64, tag: Tracked }
