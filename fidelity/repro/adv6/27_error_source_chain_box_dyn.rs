// args:
// Box<dyn std::error::Error> as the error type: `?` converts a custom error and a ParseIntError after awaits.
fn f() -> i64 {
    let a = parse_config("12").await.unwrap_or(-1);
    let b = parse_config("x").await.map_err(|e| e.to_string().len() as i64).unwrap_or_else(|n| n);
    let c = parse_config("99").await.map_err(|e| { log(format!("err {e}")); 0 }).unwrap_or(-7);
    a * 10000 + b * 100 + c
}
use std::fmt;
#[derive(Debug)]
pub struct TooBig(i64, Tracked);
impl fmt::Display for TooBig { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "too big {} {}", self.0, self.1.name()) } }
impl std::error::Error for TooBig {}
#[co] fn parse_config(s: &str) -> Result<i64, Box<dyn std::error::Error>> {
    let raw = ready("read", s.to_string()).await;
    let n: i64 = raw.parse()?;
    tick("parsed").await;
    if n > 50 { return Err(Box::new(TooBig(n, Tracked::new("ctx")))); }
    Ok(n)
}
