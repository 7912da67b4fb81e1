// args:
// A retry loop with backoff counter, errors matched by kind, a Tracked attempt guard per iteration.
fn f() -> Result<i64, String> {
    let mut attempt = 0;
    let mut delays = Vec::new();
    let value = loop {
        attempt += 1;
        let _guard = Tracked::new("attempt");
        match call(attempt).await {
            Ok(v) => break v,
            Err(Failure::Transient(d)) if attempt < 4 => {
                delays.push(d);
                tick("backoff").await;
                continue;
            }
            Err(Failure::Transient(_)) => return Err("gave up".into()),
            Err(Failure::Fatal(t)) => return Err(format!("fatal {}", t.name())),
        }
    };
    Ok(value * 100 + delays.iter().sum::<i64>())
}

pub enum Failure { Transient(i64), Fatal(Tracked) }
#[co] fn call(n: i64) -> Result<i64, Failure> {
    tick("call").await;
    if n < 3 { Err(Failure::Transient(n * 10)) } else { Ok(n) }
}
