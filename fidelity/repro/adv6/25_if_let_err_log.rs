// args:
// `if let Err(e) = f().await { .. continue }`, `let Ok(v) = .. else { .. }` in a retry loop with a backoff counter.
fn f() -> i64 {
    let mut backoff = 1;
    let mut attempts = 0;
    let mut got = 0;
    while attempts < 6 {
        attempts += 1;
        let _span = Tracked::new("attempt");
        if let Err(e) = ping(attempts).await {
            log(format!("ping failed {} backoff {backoff}", e.name()));
            for _ in 0..backoff { tick("sleep").await; }
            backoff *= 2;
            continue;
        }
        let Ok(v) = fetch(attempts).await else {
            log("fetch failed");
            continue;
        };
        got = v;
        break;
    }
    attempts * 100 + got
}
fn ping(n: i64) -> Ready<Result<(), Tracked>> { ready("ping", if n < 3 { Err(Tracked::new("timeout")) } else { Ok(()) }) }
fn fetch(n: i64) -> Ready<Result<i64, String>> { ready("fetch", if n == 3 { Err("503".into()) } else { Ok(n * 7) }) }
