// args:
// Port of an asyncio wait_for style loop: a deadline counter, `select`-like choice between two readiness checks, early exit with cleanup.
fn f() -> i64 {
    let mut budget = 5;
    let mut got = Vec::new();
    let _conn = Tracked::new("conn");
    while budget > 0 {
        budget -= 1;
        let a = ready("a", budget % 2 == 0).await;
        let b = if !a { ready("b", budget % 3 == 0).await } else { false };
        match (a, b) {
            (true, _) => got.push(Tracked::new("from-a")),
            (false, true) => { got.push(Tracked::new("from-b")); tick("b-extra").await; }
            (false, false) => { if got.len() >= 2 { log("enough"); break; } }
        }
    }
    budget * 10 + got.len() as i64
}
