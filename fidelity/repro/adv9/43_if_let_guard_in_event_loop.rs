// args: 2
// An event loop matching events with an `if let` guard that parses a payload (no binding used after an await).
fn f(k: i64) -> i64 {
    let events = vec![("num", "12"), ("num", "x"), ("quit", "")];
    let mut total = 0;
    for (kind, payload) in events {
        let _e = Tracked::new("event");
        total += match kind {
            "num" if let Ok(n) = payload.parse::<i64>() => n * k,
            "num" => { tick("bad").await; -1 }
            _ => ready("other", 0).await,
        };
    }
    total
}
