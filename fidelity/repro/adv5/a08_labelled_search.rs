// args: 5
// Grid search with labelled break carrying a value, continue 'outer, Tracked per row and per cell.
fn f(target: i64) -> i64 {
    let grid = vec![vec![1i64, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let found = 'outer: loop {
        for (r, row) in grid.iter().enumerate() {
            let _row_guard = Tracked::new("row");
            for (c, cell) in row.iter().enumerate() {
                let probe = Tracked::new("cell");
                if *cell % 2 == 0 {
                    tick("skip").await;
                    continue;
                }
                if ready("cmp", *cell).await == target {
                    break 'outer Some((r, c, probe));
                }
                if *cell > 6 {
                    continue 'outer;
                }
            }
        }
        break None;
    };
    tick("end").await;
    match found {
        Some((r, c, t)) => (r * 10 + c) as i64 + t.len(),
        None => -1,
    }
}
