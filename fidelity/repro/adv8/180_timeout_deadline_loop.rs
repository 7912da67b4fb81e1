// args: 2
// asyncio.wait_for port: a polling loop with a deadline counter; on timeout a Tracked "timeout" error is returned through a labelled block.
fn f(k: i64) -> i64 {
    let mut attempts = 0;
    let outcome: Result<i64, Tracked> = 'wait: {
        let _span = Tracked::new("span");
        for tick_no in 0..4 {
            attempts += 1;
            if ready("probe", tick_no >= k).await { break 'wait Ok(tick_no); }
            tick("sleep").await;
        }
        Err(Tracked::new("timeout"))
    };
    match outcome { Ok(v) => v * 10 + attempts, Err(e) => -e.len() }
}
