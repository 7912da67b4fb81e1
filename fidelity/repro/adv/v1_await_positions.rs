// args:
// Awaits in unusual operand positions: cast, unary, deref, range, tuple field, call of awaited fn.
fn f() -> i64 {
    let v = vec![1i64, 2, 3, 4];
    let a = ready("cast", 300i64).await as u8 as i64;
    let b = -ready("neg", 5).await;
    let c = !ready("not", false).await as i64;
    let r = &v;
    let d = *ready("deref", &v[1]).await;
    let s: i64 = v[1..ready("end", 3usize).await].iter().sum();
    let e = (ready("t0", 7).await, ready("t1", 8).await).1;
    let g = (ready("fn", |x: i64| x * 2).await)(21);
    let h = ready("turbo", "12").await.parse::<i64>().unwrap();
    a + b + c + d + s + e + g + h + r.len() as i64
}
