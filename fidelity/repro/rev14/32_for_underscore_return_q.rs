// args: 2
fn f(k: i64) -> Result<i64, String> {
    let mut n = 0;
    for _ in bag("a", "b") {
        tick("body").await;
        n += 1;
        if n == k - 1 { ok_if(-1)?; }
    }
    Ok(n)
}
