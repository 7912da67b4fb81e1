// args:
// A retry loop: `loop` with attempt counter, `match` on an awaited Result, `continue` on error with a guard, `break Ok` value.
fn f() -> i64 {
    let r = fetch_with_retry(4).await;
    let s = fetch_with_retry(1).await;
    log(format!("{r:?} {s:?}"));
    r.unwrap_or(-1) * 100 + s.map_or_else(|e| e.ilen(), |v| v)
}
#[co] fn fetch_with_retry(max: i64) -> Result<i64, String> {
    let mut attempt = 0;
    let out = loop {
        attempt += 1;
        let _g = Tracked::new("attempt");
        match ready("fetch", ok_if(attempt + 4)).await {
            Ok(v) if attempt > 2 => break Ok(v),
            Ok(_) => { tick("too-early").await; continue; }
            Err(e) if attempt < max => { log(e); tick("backoff").await; continue; }
            Err(e) => break Err(e),
        }
    };
    tick("finish").await;
    out
}
