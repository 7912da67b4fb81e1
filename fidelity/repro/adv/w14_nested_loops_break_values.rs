// args:
// Nested loop/while/for with break values, continue labels and awaits at each level.
fn f() -> i64 {
    let mut grid = vec![vec![0i64; 3]; 3];
    let mut found = Vec::new();
    'rows: for r in 0..3 {
        let mut c = 0;
        let hit = loop {
            if c == 3 {
                break None;
            }
            grid[r][c] = ready("cell", (r * 3 + c) as i64).await;
            if grid[r][c] % 4 == 0 && grid[r][c] > 0 {
                break Some(c);
            }
            c += 1;
        };
        if let Some(c) = hit {
            found.push((r, c));
            continue 'rows;
        }
        tick("row-done").await;
    }
    found.iter().map(|(r, c)| (r * 10 + c) as i64).sum::<i64>() + grid.iter().flatten().sum::<i64>()
}
