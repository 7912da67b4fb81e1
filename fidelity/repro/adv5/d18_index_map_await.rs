// args:
// Indexing with awaited indices and into maps: v[f().await], m[&key], nested Vec<Vec<_>> updates.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut grid = vec![vec![0i64; 3]; 3];
    for step in 0..4 {
        let r = ready("r", step % 3).await as usize;
        let c = ready("c", (step * 2) % 3).await as usize;
        grid[r][c] += step + 1;
    }
    let names = vec![Tracked::new("n0"), Tracked::new("n1"), Tracked::new("n2")];
    let picked = names[ready("pick", 2).await as usize].len();
    let mut m = BTreeMap::new();
    m.insert("k", 5i64);
    let k = m["k"] + ready("mk", 1).await;
    grid[1][1] = grid[0][0] + ready("set", k).await;
    grid.iter().flatten().sum::<i64>() + picked
}
