// args: 4
// match x.await { Ok(..) => .., Err(e) => { .. .await } } with a retry loop.
fn f(n: i64) -> i64 {
    let mut attempts = 0;
    let log_t = Tracked::new("conn");
    let value = loop {
        attempts += 1;
        match ready("try", ok_if(n + attempts)).await {
            Ok(v) => break v,
            Err(e) => {
                log(format!("retry after {e}"));
                tick("sleep").await;
                if attempts > 3 {
                    break -1;
                }
            }
        }
    };
    log_t.len() + value + attempts
}
