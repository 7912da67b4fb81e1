// args: 2
// async fn: E0499 (rows borrowed by index_mut while the argument mutates it). Does the coroutine accept it?
fn f(k: i64) -> i64 {
    let mut rows = vec![Vec::new(), Vec::new()];
    let i = k as usize - 1;
    rows[i].push({ rows.clear(); ready("a", k).await });
    rows.len() as i64
}
