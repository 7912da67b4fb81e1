// args: 4
// An asyncio-style poll loop: check a condition, sleep with growing delay, give up after a deadline.
fn f(ready_at: i64) -> Result<i64, String> {
    let conn = Tracked::new("conn");
    let mut elapsed = 0;
    let mut delay = 1;
    let deadline = 10;
    let value = loop {
        let status = probe(elapsed, ready_at).await;
        match status {
            Status::Ready(v) => break v,
            Status::NotYet if elapsed + delay > deadline => {
                return Err(format!("timeout after {elapsed} on {}", conn.name()));
            }
            Status::NotYet => {
                for _ in 0..delay {
                    tick("sleep").await;
                }
                elapsed += delay;
                delay = (delay * 2).min(4);
            }
        }
    };
    Ok(value + elapsed)
}

pub enum Status { Ready(i64), NotYet }
#[co] fn probe(now: i64, at: i64) -> Status {
    tick("probe").await;
    if now >= at { Status::Ready(now * 100) } else { Status::NotYet }
}
