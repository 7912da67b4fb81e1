// args: 0
// `rows[i].push(f().await)` (plain index) and `rows[i + 1].push(f().await)` / `rows[idx(i)].push(..)` (computed
// index) on a Vec<Vec<Tracked>>: bucket pushes in a loop, a common pattern.
fn f(k: i64) -> i64 {
    let mut rows: Vec<Vec<Tracked>> = vec![vec![], vec![], vec![]];
    let i = k as usize;
    rows[i].push(ready("a", Tracked::new("a")).await);
    rows[i + 1].push(ready("b", Tracked::new("b")).await);
    rows[idx(i)].push(ready("c", Tracked::new("c")).await);
    rows.iter().map(|r| r.len() as i64).sum()
}
fn idx(i: usize) -> usize { log("idx"); i + 2 }
