// args: 3
// Custom error enum, `?` with From conversion, nested coroutine returning Result.
fn f(n: i64) -> Result<i64, AppError> {
    let guard = Tracked::new("guard");
    let a = fetch(n).await?;
    let b = fetch(a + 2).await.map_err(|e| AppError::Wrapped(Box::new(e)))?;
    let parsed: i64 = format!("{}", b).parse()?;
    log(format!("guard {}", guard.name()));
    Ok(parsed + a)
}

#[derive(Debug)]
pub enum AppError {
    Fetch(i64),
    Parse(String),
    Wrapped(Box<AppError>),
}
impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e.to_string())
    }
}
#[co] fn fetch(n: i64) -> Result<i64, AppError> {
    let _t = Tracked::new("fetch");
    tick("net").await;
    if n % 5 == 0 { Err(AppError::Fetch(n)) } else { Ok(n * 2) }
}
