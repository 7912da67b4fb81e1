// args: 2
// asyncio-style retry: `'attempt:` labelled block per try, break with a value, backoff via awaited ticks.
fn f(k: i64) -> i64 {
    let mut delays = vec![];
    let mut attempt = 0;
    let value = loop {
        let _span = Tracked::new("span");
        let got = 'attempt: {
            let resp = ready("req", attempt * k).await;
            if resp % 3 != 0 { break 'attempt None; }
            if resp > 3 { break 'attempt Some(resp) }
            None
        };
        if let Some(v) = got { break v; }
        attempt += 1;
        let d = (attempt * 7 + k) % 4;
        delays.push(d);
        for _ in 0..d { tick("sleep").await; }
        if attempt > 5 { break -1; }
    };
    value * 100 + delays.len() as i64
}
