// args: 1
// Retries with ? inside the loop, continue on transient errors, return on fatal.
fn f(seed: i64) -> Result<i64, Failure> {
    let mut tries = 0;
    loop {
        tries += 1;
        let _attempt = Tracked::new("attempt");
        let r = call(seed + tries).await;
        match r {
            Err(Failure::Transient(why)) if tries < 4 => {
                log(format!("transient {why}"));
                tick("backoff").await;
                continue;
            }
            other => {
                let v = other?;
                return Ok(v * 10 + tries);
            }
        }
    }
}

#[derive(Debug)]
pub enum Failure { Transient(String), Fatal(i64) }
#[co] fn call(n: i64) -> Result<i64, Failure> {
    tick("call").await;
    match n % 4 {
        0 => Ok(n),
        3 => Err(Failure::Fatal(n)),
        _ => Err(Failure::Transient(format!("n={n}"))),
    }
}
