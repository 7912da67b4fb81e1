// args: 3
// `Result<_, Box<dyn Error>>` with `?` converting ParseIntError, a custom error and a String error, across awaits.
fn f(k: i64) -> Result<i64, Box<dyn std::error::Error>> {
    let _g = Tracked::new("g");
    let a: i64 = ready("a", "12").await.parse()?;
    let b = check(a + k).await?;
    if b > 100 { return Err("too big".into()); }
    let c: i64 = ready("c", if k > 2 { "x" } else { "3" }).await.parse()?;
    Ok(a + b + c)
}
#[derive(Debug)]
pub struct Neg(Tracked);
impl std::fmt::Display for Neg { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "neg {}", self.0.name()) } }
impl std::error::Error for Neg {}
#[co] fn check(n: i64) -> Result<i64, Neg> {
    tick("check").await;
    if n < 0 { Err(Neg(Tracked::new("neg"))) } else { Ok(n * 2) }
}
