// args:
// `&mut [Vec<i64>]` rows: a #[co] fn normalises each row through `&mut Vec<i64>` reborrows with awaits; `iter_mut().enumerate()`.
fn f() -> i64 {
    let mut m = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let _g = Tracked::new("matrix");
    let s = normalise(&mut m).await;
    tick("done").await;
    s * 1000 + m.iter().map(|r| r.iter().sum::<i64>()).sum::<i64>()
}
#[co] fn normalise(rows: &mut [Vec<i64>]) -> i64 {
    let mut changed = 0;
    for (i, row) in rows.iter_mut().enumerate() {
        let target = ready("target", 3usize).await;
        while row.len() < target { row.push(i as i64); changed += 1; }
        scale(row, 2).await;
    }
    changed
}
#[co] fn scale(row: &mut Vec<i64>, k: i64) {
    for x in row.iter_mut() { *x *= k; }
    tick("scaled").await;
}
