// args:
// A #[co] loader returning `Result<i64, Box<dyn std::error::Error>>` using `?` on ParseIntError and on a custom error type.
fn f() -> i64 {
    let mut out = 0;
    for s in ["7", "x", "-3"] {
        match load(s).await {
            Ok(v) => out = out * 10 + v,
            Err(e) => { log(format!("error: {e}")); out = out * 10 + 9; }
        }
    }
    out
}
#[derive(Debug)]
pub struct Negative(i64);
impl std::fmt::Display for Negative { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, "negative {}", self.0) } }
impl std::error::Error for Negative {}
#[co] fn load(s: &str) -> Result<i64, Box<dyn std::error::Error>> {
    let _g = Tracked::new("load");
    let n: i64 = ready("read", s).await.parse()?;
    tick("validate").await;
    if n < 0 { Err(Negative(n))? }
    Ok(n)
}
