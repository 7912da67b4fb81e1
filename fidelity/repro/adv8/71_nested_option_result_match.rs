// args: 4
// Matching an awaited `Option<Result<Tracked, Tracked>>` with nested patterns and guards (`Some(Ok(t)) if t.len() > 2`).
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        let v = match i % 4 { 0 => None, 1 => Some(Ok(Tracked::new("ok"))), 2 => Some(Ok(Tracked::new("okay"))), _ => Some(Err(Tracked::new("bad"))) };
        out = out * 10 + match ready("msg", v).await {
            Some(Ok(t)) if t.len() > 2 => { tick("long").await; t.len() }
            Some(Ok(t)) => t.len(),
            Some(Err(e)) => { log(format!("e {}", e.name())); tick("err").await; 9 }
            None => 0,
        };
    }
    out
}
