// args: 1
// Deref/unsize coercions in `if`/`match` branches with an await in one branch: `let s: &str = if c { &owned } else { ready(..).await };`.
fn f(k: i64) -> i64 {
    let owned = String::from("owned");
    let s: &str = if k == 0 { &owned } else { ready("lit", "literal").await };
    let arr = [1i64, 2, 3];
    let v = vec![4i64, 5];
    let xs: &[i64] = match k { 0 => &arr, _ => { tick("vec").await; &v } };
    s.ilen() * 100 + xs.iter().sum::<i64>()
}
