// args:
// Nested labelled loops with awaits: `break 'outer value` from an inner `loop`, `continue 'rows` from inside a `for`, Tracked per iteration.
fn f() -> i64 {
    let grid = vec![vec![1, 2, 3], vec![4, 0, 6], vec![7, 8, 9]];
    let mut skipped = 0;
    let found = 'outer: loop {
        'rows: for (r, row) in grid.iter().enumerate() {
            let _rg = Tracked::new("row");
            for &c in row {
                let v = ready("cell", c).await;
                if v == 0 { skipped += 1; continue 'rows; }
                if v == 8 {
                    let t = Tracked::new("hit");
                    tick("found").await;
                    break 'outer r as i64 * 10 + take(t);
                }
            }
            tick("row-done").await;
        }
        break -1;
    };
    found * 10 + skipped
}
