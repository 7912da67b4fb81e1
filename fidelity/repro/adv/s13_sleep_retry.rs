// args: 2
// A retry helper with backoff taking a closure making the attempt.
fn f(fail_times: i64) -> Result<i64, String> {
    let mut calls = 0;
    let res = retry(3, || {
        calls += 1;
        let c = calls;
        if c <= fail_times { Err(format!("fail {c}")) } else { Ok(c * 10) }
    })
    .await;
    tick("after").await;
    res.map(|v| v + calls)
}

#[co] fn retry<F: FnMut() -> Result<i64, String>>(max: i64, mut op: F) -> Result<i64, String> {
    let mut delay = 1;
    let mut last = String::new();
    for attempt in 0..max {
        let _span = Tracked::new("attempt");
        match op() {
            Ok(v) => return Ok(v),
            Err(e) => {
                log(format!("attempt {attempt} failed: {e}"));
                last = e;
                for _ in 0..delay {
                    tick("sleep").await;
                }
                delay *= 2;
            }
        }
    }
    Err(last)
}
