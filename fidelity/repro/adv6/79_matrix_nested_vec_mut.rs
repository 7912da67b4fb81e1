// args:
// A Vec<Vec<i64>> grid updated in nested index loops with awaits: `grid[r][c] = f().await + grid[r-1][c]`, then a row swap.
fn f() -> i64 {
    let mut grid = vec![vec![1; 3]; 3];
    let _t = Tracked::new("grid");
    for r in 1..3 {
        for c in 0..3 {
            grid[r][c] = ready("cell", (r * c) as i64).await + grid[r - 1][c];
        }
    }
    grid.swap(0, 2);
    tick("swapped").await;
    let last = grid.last_mut().unwrap();
    last[0] += ready("bump", 100).await;
    grid.iter().map(|row| row.iter().sum::<i64>()).fold(0, |a, s| a * 100 + s)
}
