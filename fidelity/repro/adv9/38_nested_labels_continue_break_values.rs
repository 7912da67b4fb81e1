// args: 3
// Nested labelled loops: `continue 'rows` from an inner loop after an await, `break 'grid value`.
fn f(k: i64) -> i64 {
    let grid = vec![vec![1, 2, 3], vec![4, 0, 6], vec![7, 8, 9]];
    let mut visited = 0;
    let found = 'grid: loop {
        'rows: for (r, row) in grid.iter().enumerate() {
            let _row = Tracked::new("row");
            for &cell in row {
                let v = ready("cell", cell).await;
                if v == 0 { continue 'rows; }
                visited += 1;
                if v > k * 2 { break 'grid (r as i64, v); }
            }
        }
        break (-1, -1);
    };
    found.0 * 100 + found.1 * 10 + visited
}
