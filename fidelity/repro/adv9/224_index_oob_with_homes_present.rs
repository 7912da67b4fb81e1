// args: 5
// As 137 (`v[i] + f().await`, `i` out of bounds) in a coroutine with homes (a borrow held across an await), where
// limit 10 says every by-value place operand is read first; and the receiver form `rows[i].push(f().await)`.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let keep = Tracked::new("keep");
    let r = &keep;
    tick("a").await;
    let i = k as usize;
    let mut rows: Vec<Vec<i64>> = vec![vec![]];
    if k > 10 { rows[i].push(ready("push", 1).await); }
    v[i] + ready("rhs", Tracked::new("rhs")).await.len() + r.len()
}
