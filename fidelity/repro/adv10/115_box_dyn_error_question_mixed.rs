// args: 3
// `Result<_, Box<dyn Error>>` with `?` on ParseIntError, a custom error, and a String via `.into()`, Tracked alive.
fn f(k: i64) -> Result<i64, Box<dyn std::error::Error>> {
    let t = Tracked::new("t");
    let a: i64 = ready("a", "42").await.parse()?;
    let b = step(k).await?;
    if b > 8 { return Err(format!("b={b}").into()); }
    let c: i64 = ready("c", if k == 2 { "x" } else { "1" }).await.parse()?;
    Ok(a + b + c + t.len())
}
#[derive(Debug)] pub struct StepErr(i64);
impl std::fmt::Display for StepErr { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "step {}", self.0) } }
impl std::error::Error for StepErr {}
#[co] fn step(k: i64) -> Result<i64, StepErr> { tick("step").await; if k == 1 { Err(StepErr(k)) } else { Ok(k * 3) } }
