// args:
// A #[co] handler returning Result<i64, AppError> with `?` converting via `From<ParseIntError>`; error carries a Tracked.
fn f() -> i64 {
    let mut out = 0;
    for s in ["12", "x", "40"] {
        match handle(s).await {
            Ok(v) => out = out * 100 + v,
            Err(e) => { log(format!("err {}", e.0.name())); out = out * 100 + 99; }
        }
    }
    out
}
pub struct AppError(Tracked);
impl From<std::num::ParseIntError> for AppError { fn from(_: std::num::ParseIntError) -> Self { AppError(Tracked::new("parse-err")) } }
#[co] fn handle(s: &str) -> Result<i64, AppError> {
    let _req = Tracked::new("req");
    tick("recv").await;
    let n: i64 = s.parse()?;
    let m = ready("db", n / 2).await;
    if m > 15 { return Err(AppError(Tracked::new("too-big"))); }
    Ok(m)
}
