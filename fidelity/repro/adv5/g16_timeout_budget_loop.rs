// args: 3
// A polling loop with a deadline counter, breaking with a Result; Tracked per attempt; match on the break value.
fn f(ready_at: i64) -> i64 {
    let mut now = 0;
    let res: Result<Tracked, i64> = loop {
        let _attempt = Tracked::new("attempt");
        now += ready("clock", 1).await;
        if now >= 5 {
            break Err(now);
        }
        if let Some(t) = probe(now, ready_at).await {
            break Ok(t);
        }
    };
    match res {
        Ok(t) => t.len() * 100 + now,
        Err(n) => -n,
    }
}

#[co] fn probe(now: i64, at: i64) -> Option<Tracked> {
    tick("probe").await;
    if now >= at { Some(Tracked::new("done")) } else { None }
}
