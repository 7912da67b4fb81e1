// args: 2
// `return Ok(x?)`, `Ok(f().await?)` as tail, `Err(e)?` with From, nested Result<Result<..>> flattening by `??`.
fn f(k: i64) -> Result<i64, E2> {
    let t = Tracked::new("t");
    if k == 0 { return Ok(inner(k).await?); }
    if k == 3 { Err(E1(Tracked::new("explicit")))?; }
    let nested: Result<Result<i64, E1>, E2> = Ok(inner(k).await);
    let v = nested??;
    Ok(t.len() + v + outer(k).await?)
}
#[derive(Debug)] pub struct E1(Tracked);
#[derive(Debug)] pub struct E2(String);
impl From<E1> for E2 { fn from(e: E1) -> E2 { log("e1->e2"); E2(e.0.name().to_string()) } }
#[co] fn inner(k: i64) -> Result<i64, E1> { tick("inner").await; if k == 1 { Err(E1(Tracked::new("e1"))) } else { Ok(k) } }
#[co] fn outer(k: i64) -> Result<i64, E2> { Ok(inner(k + 1).await? * 2) }
