// args: 3
// Option<Result<..>> handled with transpose and `?` after awaits inside a #[co] helper returning Option.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..4 {
        s += match lookup(i + k).await { Some(v) => v, None => -100 };
    }
    s
}
#[co] fn lookup(n: i64) -> Option<i64> {
    let _g = Tracked::new("lk");
    let raw: Option<Result<i64, String>> = ready("raw", if n % 4 == 0 { None } else { Some(ok_if(n)) }).await;
    let v = raw.transpose().ok()??;
    let w = ready("w", (v > 4).then_some(v * 2)).await?;
    Some(w + 1)
}
