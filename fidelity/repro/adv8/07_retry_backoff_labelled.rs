// args: 4
// Retry with exponential backoff: a labelled block yields the value; errors carry a Tracked; delay doubles.
fn f(k: i64) -> i64 {
    let mut delay = 1;
    let result = 'retry: {
        for attempt in 0..5 {
            let _span = Tracked::new("attempt");
            match ready("op", res_trk(attempt + k, "fail")).await {
                Ok(v) => break 'retry Some(v * 10 + attempt),
                Err(e) => {
                    log(format!("error {} delay {delay}", e.name()));
                    for _ in 0..delay { tick("sleep").await; }
                    delay *= 2;
                }
            }
        }
        None
    };
    result.unwrap_or(-1)
}
