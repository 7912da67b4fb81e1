// args: 4
// A generic retry helper taking `FnMut(i64) -> A` where A: awaitable-producing helper is not expressible;
// so the op is a sync `FnMut(i64) -> Result<T, E>`, with awaited backoff between attempts; E: Debug.
fn f(k: i64) -> i64 {
    let mut calls = 0;
    let r = retry(3, |attempt| { calls += 1; if attempt < k - 2 { Err(Tracked::new("err")) } else { Ok(attempt * 10) } }).await;
    let r2: Result<i64, String> = retry(2, |_| Err(String::from("always"))).await;
    calls * 1000 + r.map_or(-1, |v| v) * 10 + r2.map_or(-5, |v| v)
}
#[co] fn retry<T, E: std::fmt::Debug>(max: i64, mut op: impl FnMut(i64) -> Result<T, E>) -> Result<T, E> {
    let mut attempt = 0;
    loop {
        match op(attempt) {
            Ok(v) => return Ok(v),
            Err(e) if attempt < max => {
                log(format!("attempt {attempt} failed: {:?}", e));
                drop(e);
                ready("backoff", ()).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}
