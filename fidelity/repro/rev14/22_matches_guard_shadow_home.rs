// args: 2
fn f(k: i64) -> i64 {
    let n = 5i64;
    let r = &n;
    tick("x").await;
    let x = Some(k + 4);
    let m = matches!(x, Some(n) if n > *r);
    let m2 = matches!(x, | Some(6) | Some(7) | None if ready("g", true).await,);
    tick("y").await;
    m as i64 * 10 + m2 as i64 + *r
}
