// args:
// A generic #[co] `with_retry<F: FnMut() -> Result<i64, Tracked>>(f: F)` and `finally<G: FnOnce() -> i64>(g: G)` consuming closures that capture Tracked.
fn f() -> i64 {
    let mut n = 0;
    let a = with_retry(|| { n += 1; if n < 3 { Err(Tracked::new("fail")) } else { Ok(n) } }).await;
    let t = Tracked::new("owned");
    let b = finally(move || t.len() * 7).await;
    a * 100 + b
}
#[co] fn with_retry<F: FnMut() -> Result<i64, Tracked>>(mut f: F) -> i64 {
    loop {
        match f() {
            Ok(v) => return v,
            Err(e) => { log(format!("retry after {}", e.name())); tick("wait").await; }
        }
    }
}
#[co] fn finally<G: FnOnce() -> i64>(g: G) -> i64 {
    tick("before").await;
    let v = g();
    tick("after").await;
    v
}
