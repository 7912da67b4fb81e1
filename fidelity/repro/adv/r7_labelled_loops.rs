// args: 2
// Labelled loops with break value and continue across awaits.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let found = 'search: loop {
        'rows: for i in 0..4i64 {
            let row = Tracked::new("row");
            for j in 0..3i64 {
                tick("cell").await;
                if i * j == k {
                    log(format!("hit {} {}", i, j));
                    break 'search Some((i, j, row.len()));
                }
                if j > i {
                    continue 'rows;
                }
            }
        }
        break None;
    };
    match found {
        Some((i, j, l)) => i * 10 + j + l,
        None => -1,
    }
}
