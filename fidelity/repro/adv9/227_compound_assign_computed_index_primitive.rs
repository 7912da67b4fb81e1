// args: 1
// `counts[idx(x)] += f().await` and `grid[r + 1][c] -= f().await` on integers: Rust evaluates the awaited value
// before the place (idx logged after the await).
fn f(k: i64) -> i64 {
    let mut counts = vec![0i64; 3];
    counts[idx(k)] += ready("a", 5).await;
    let mut grid = vec![vec![10i64; 2]; 3];
    grid[idx(k) + 1][0] -= ready("b", 3).await;
    counts.iter().sum::<i64>() + grid[2][0]
}
fn idx(i: i64) -> usize { log(format!("idx {i}")); i as usize }
