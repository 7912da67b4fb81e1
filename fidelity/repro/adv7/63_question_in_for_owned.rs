// args:
// `?` inside a `for` over an owned Vec<Tracked> in a #[co] fn returning Result: the iterator's rest is dropped at the early exit.
fn f() -> i64 {
    let r1 = check_all(vec![Tracked::new("ok1"), Tracked::new("bad"), Tracked::new("ok3")]).await;
    let r2 = check_all(vec![Tracked::new("ok")]).await;
    log(format!("{r1:?} {r2:?}"));
    r1.unwrap_or(-1) * 10 + r2.unwrap_or(-1)
}
#[co] fn check_all(items: Vec<Tracked>) -> Result<i64, String> {
    let _g = Tracked::new("checker");
    let mut n = 0;
    for t in items {
        let ok = ready("check", !t.name().starts_with("bad")).await;
        if !ok { tick("fail").await; }
        let v = if ok { Ok(t.len()) } else { Err(format!("bad item {}", t.name())) };
        n += v?;
    }
    Ok(n)
}
