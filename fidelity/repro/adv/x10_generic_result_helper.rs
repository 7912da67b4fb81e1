// args:
// A generic retry coroutine taking a predicate closure and a generic error type.
fn f() -> i64 {
    let mut calls = 0;
    let v = retry_until(4, |n: &i64| *n >= 3, &mut calls).await;
    let w: Result<i64, String> = convert(v).await;
    w.unwrap_or(-1) * 10 + calls
}

#[co] fn attempt(n: i64) -> Result<i64, String> {
    let _t = Tracked::new("attempt");
    tick("try").await;
    if n < 3 { Err(format!("fail {n}")) } else { Ok(n) }
}
#[co] fn retry_until<P: Fn(&i64) -> bool>(max: i64, ok: P, calls: &mut i64) -> Option<i64> {
    for _ in 0..max {
        *calls += 1;
        match attempt(*calls).await {
            Ok(v) if ok(&v) => return Some(v),
            Ok(_) => continue,
            Err(e) => {
                log(e);
                tick("backoff").await;
            }
        }
    }
    None
}
#[co] fn convert<E: From<&'static str>>(v: Option<i64>) -> Result<i64, E> {
    tick("conv").await;
    v.ok_or_else(|| E::from("none"))
}
