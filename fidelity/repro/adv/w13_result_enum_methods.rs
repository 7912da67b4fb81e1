// args:
// An error enum with a Display impl and a source() chain; ? across nested coroutines with From.
fn f() -> Result<i64, TopError> {
    let a = layer1(2).await?;
    let b = match layer1(7).await {
        Ok(v) => v,
        Err(TopError::Low(e)) => {
            log(format!("recovered {e}"));
            tick("recover").await;
            0
        }
        Err(other) => return Err(other),
    };
    Ok(a + b)
}

#[derive(Debug)]
pub enum LowError { Bad(i64) }
impl std::fmt::Display for LowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self { LowError::Bad(n) => write!(f, "bad {n}") }
    }
}
#[derive(Debug)]
pub enum TopError { Low(LowError), Other }
impl From<LowError> for TopError {
    fn from(e: LowError) -> Self { TopError::Low(e) }
}
#[co] fn layer0(n: i64) -> Result<i64, LowError> {
    tick("l0").await;
    if n > 5 { Err(LowError::Bad(n)) } else { Ok(n) }
}
#[co] fn layer1(n: i64) -> Result<i64, TopError> {
    let _g = Tracked::new("l1");
    let v = layer0(n).await?;
    if v < 0 { return Err(TopError::Other); }
    Ok(v * 2)
}
