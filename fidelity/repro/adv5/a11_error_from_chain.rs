// args: 2
// Custom error with two From impls; `?` on awaited results, map_err, ok_or, and a match with awaits in arms.
fn f(mode: i64) -> Result<i64, ApiError> {
    let conn = Tracked::new("conn");
    let raw = get(mode).await?;
    let n: i64 = raw.trim().parse()?;
    let doubled = check(n).await.map_err(|e| ApiError::Check(e.len() as i64))?;
    let item = lookup(doubled).await.ok_or(ApiError::Missing)?;
    let extra = match refine(&item).await {
        Ok(v) => v + ready("ok", 1).await,
        Err(ApiError::Missing) => 0,
        Err(e) => {
            log(format!("refine {e:?}"));
            tick("recover").await;
            -1
        }
    };
    Ok(conn.len() + item.len() + extra)
}

#[derive(Debug)]
pub enum ApiError {
    Io(String),
    Parse(std::num::ParseIntError),
    Check(i64),
    Missing,
}
impl From<std::num::ParseIntError> for ApiError {
    fn from(e: std::num::ParseIntError) -> Self { ApiError::Parse(e) }
}
impl From<String> for ApiError {
    fn from(e: String) -> Self { ApiError::Io(e) }
}
#[co] fn get(mode: i64) -> Result<String, String> {
    tick("get").await;
    if mode == 9 { Err("down".to_string()) } else { Ok(format!(" {} ", mode + 1)) }
}
#[co] fn check(n: i64) -> Result<i64, String> {
    tick("check").await;
    if n > 5 { Err("too big".into()) } else { Ok(n * 2) }
}
#[co] fn lookup(n: i64) -> Option<Tracked> {
    tick("lookup").await;
    if n == 6 { Some(Tracked::new("item")) } else { None }
}
#[co] fn refine(t: &Tracked) -> Result<i64, ApiError> {
    tick("refine").await;
    if t.len() > 3 { Err(ApiError::Check(t.len())) } else { Ok(1) }
}
