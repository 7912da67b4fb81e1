// args: 3
// Nested tuple field chains `.0.1` on awaited values, casts of awaited negatives, tuple moves with Tracked.
fn f(k: i64) -> i64 {
    let t = ready("t", ((1i64, Tracked::new("inner")), Tracked::new("outer"))).await;
    let a = t.0 .1.len();
    let b = ready("b", (-k, 2u8)).await.0 as u8 as i64;
    let c = (ready("c", -3i32).await as u32 >> 28) as i64;
    let ((n, _), o) = t;
    tick("moved").await;
    a * 10000 + b * 100 + c + n + o.len()
}
