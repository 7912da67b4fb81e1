// args: 2
fn f(k: i64) -> i64 {
    let mut rows = vec![Vec::new(), Vec::new(), Vec::new()];
    let mut i = 0usize;
    rows[i + 1].push(ready("a", k).await);
    rows[{ i += 1; i }].push(ready("b", 5).await);
    rows[idx(&mut i)].push(ready("c", 7).await);
    tick("x").await;
    (rows[0].len() * 100 + rows[1].len() * 10 + rows[2].len()) as i64 + i as i64
}
fn idx(i: &mut usize) -> usize { *i += 1; log(format!("idx {}", *i)); *i % 3 }
