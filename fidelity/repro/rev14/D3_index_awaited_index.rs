// args: 2
fn f(k: i64) -> i64 {
    let mut rows = vec![Vec::new(), Vec::new()];
    rows[ready("i", k as usize - 1).await].push(ready("a", k).await);
    let n = rows[ready("j", 1usize).await].len() as i64 + ready("b", 1).await;
    n
}
