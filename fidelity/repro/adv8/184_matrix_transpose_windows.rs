// args:
// A grid of Vec<Vec<i64>>: transpose with iterators, row sums via `windows(2)` deltas, awaits per row and column.
fn f() -> i64 {
    let grid = vec![vec![1i64, 2, 3], vec![4, 5, 6]];
    let cols = grid[0].len();
    let t: Vec<Vec<i64>> = (0..cols).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    let mut out = 0;
    for row in &t {
        let deltas: i64 = row.windows(2).map(|w| w[1] - w[0]).sum();
        out = out * 10 + ready("row", deltas).await;
    }
    for (i, row) in grid.iter().enumerate().rev() {
        tick("g").await;
        out += row.iter().sum::<i64>() * i as i64;
    }
    out
}
