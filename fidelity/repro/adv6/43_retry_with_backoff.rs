// args:
// A generic retry helper #[co] fn taking `FnMut() -> Ready<Result<..>>`, with backoff doubling and a Tracked attempt span per try.
fn f() -> i64 {
    let mut calls = 0;
    let r = retry(4, || { calls += 1; ready("op", if calls < 3 { Err(format!("fail{calls}")) } else { Ok(calls * 10) }) }).await;
    let mut c2 = 0;
    let r2 = retry(2, || { c2 += 1; ready("op2", Err::<i64, String>("nope".into())) }).await;
    show(&r) + show(&r2) * 100
}
#[co] fn retry<T, F: FnMut() -> Ready<Result<T, String>>>(max: i64, mut op: F) -> Result<T, String> {
    let mut delay = 1;
    let mut last = String::new();
    for attempt in 0..max {
        let _span = Tracked::new("attempt");
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                log(format!("attempt {attempt} failed: {e}"));
                last = e;
                for _ in 0..delay { tick("backoff").await; }
                delay *= 2;
            }
        }
    }
    Err(last)
}
