// args: 4
// Retry with exponential backoff: attempts return Result with a custom error enum; From conversion in `?`.
fn f(k: i64) -> Result<i64, AppError> {
    let guard = Tracked::new("guard");
    let mut delay = 1;
    let v = 'retry: {
        for attempt in 0..k {
            match fetch(attempt).await {
                Ok(v) => break 'retry v,
                Err(NetError::Transient(t)) => {
                    log(format!("transient {} delay {delay}", t.name()));
                    ready("sleep", ()).await;
                    delay *= 2;
                    continue;
                }
                Err(e) => return Err(e.into()),
            }
        }
        return Err(AppError::GaveUp(delay));
    };
    let parsed = parse(v).await?;
    drop(guard);
    Ok(parsed + delay)
}
#[derive(Debug)]
pub enum NetError { Transient(Tracked), Fatal(i64) }
#[derive(Debug)]
pub enum AppError { Net(i64), Parse(Tracked), GaveUp(i64) }
impl From<NetError> for AppError {
    fn from(e: NetError) -> Self {
        log("from net");
        match e { NetError::Transient(_) => AppError::Net(0), NetError::Fatal(n) => AppError::Net(n) }
    }
}
#[co] fn fetch(attempt: i64) -> Result<i64, NetError> {
    let n = ready("fetch", attempt).await;
    if n < 2 { Err(NetError::Transient(Tracked::new("tr"))) } else if n == 5 { Err(NetError::Fatal(n)) } else { Ok(n * 7) }
}
#[co] fn parse(v: i64) -> Result<i64, AppError> {
    tick("parse").await;
    if v % 2 == 1 { Err(AppError::Parse(Tracked::new("bad"))) } else { Ok(v / 2) }
}
