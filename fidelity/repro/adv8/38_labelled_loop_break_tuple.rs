// args:
// Grid search: `'outer: loop { for .. { for .. { break 'outer (i, j) } } }` with awaits in the inner loop and a guard per row.
fn f() -> i64 {
    let grid = vec![vec![1, 2, 3], vec![4, 9, 6], vec![7, 8, 9]];
    let (r, c) = 'outer: loop {
        for (i, row) in grid.iter().enumerate() {
            let _row = Tracked::new("row");
            for (j, &v) in row.iter().enumerate() {
                if ready("cell", v).await == 9 { break 'outer (i as i64, j as i64); }
            }
        }
        break (-1, -1);
    };
    tick("found").await;
    r * 10 + c
}
