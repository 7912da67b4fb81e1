// args: 2
// Python-style UPPER_CASE "constants" bound with `let` inside the body (MAX_RETRIES, BACKOFF) and a capitalised guard, used across a retry loop's awaits.
fn f(k: i64) -> i64 {
    let MAX_RETRIES = 3;
    let BACKOFF = 2;
    let Session = Tracked::new("session");
    let mut delay = 1;
    for attempt in 0..MAX_RETRIES {
        if ready("try", attempt >= k).await { return attempt * 10 + delay; }
        for _ in 0..delay { tick("sleep").await; }
        delay *= BACKOFF;
    }
    -1
}
