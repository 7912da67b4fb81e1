// args: 2
// `return` from inside a `while` inside a `match` arm inside a `for` over a borrowed slice, with guards at each level.
fn f(target: i64) -> i64 {
    let data = vec![vec![1, 2], vec![3, 4, 5], vec![6]];
    let _top = Tracked::new("top");
    for (i, row) in data.iter().enumerate() {
        let _rowg = Tracked::new("row");
        match row.len() {
            0 => continue,
            n => {
                let mut j = 0;
                while j < n {
                    let _cell = Tracked::new("cell");
                    let v = ready("cell", row[j]).await;
                    if v == target + 2 { tick("hit").await; return (i * 10 + j) as i64; }
                    j += 1;
                }
            }
        }
    }
    -1
}
