// args: 2
// A reference binding re-pointed inside a loop with awaits (`best = x`), then used after; swap of two references.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bbbb"), Tracked::new("cc")];
    let mut best = &v[0];
    let mut best_score = 0;
    for x in &v {
        let s = score(x, k).await;
        if s > best_score { best = x; best_score = s; }
    }
    let other = Tracked::new("other");
    let mut p = &other;
    let mut q = best;
    tick("swap").await;
    std::mem::swap(&mut p, &mut q);
    best.len() * 100 + p.len() * 10 + q.len()
}
#[co] fn score(t: &Tracked, k: i64) -> i64 { ready("score", (t.name().len() as i64 * 7 + k) % 5).await }
