// args: 2
// `[f().await; N]`, `vec![x; n]` with awaited count, and vec! of awaited Tracked elements, cancellation mid-vec.
fn f(k: i64) -> i64 {
    let a = [ready("rep", k).await; 4];
    let v = vec![0i64; ready("n", 3).await];
    let w = vec![Tracked::new("w0"), ready("w1", Tracked::new("w1")).await, Tracked::new("w2"), ready("w3", Tracked::new("w3")).await];
    let nested = vec![vec![ready("in", 1).await; 2]; 2];
    a.iter().sum::<i64>() * 1000 + v.len() as i64 * 100 + w.len() as i64 * 10 + nested.len() as i64
}
