// args: 5
// 224 with the receiver form taken: `rows[i].push(f().await)` with `i` out of bounds, in a coroutine with homes.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let keep = Tracked::new("keep");
    let r = &keep;
    tick("a").await;
    let i = k as usize;
    let mut rows: Vec<Vec<i64>> = vec![vec![]];
    rows[i].push(ready("push", 1).await);
    v[i] + ready("rhs", Tracked::new("rhs")).await.len() + r.len()
}
