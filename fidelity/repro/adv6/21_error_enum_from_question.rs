// args:
// A custom error enum with From<String> and From<Tracked>; `?` right after `.await` on both kinds, matched by the caller.
fn f() -> i64 {
    let mut total = 0;
    for n in [2, 6, 3, 13] {
        match step(n).await {
            Ok(v) => total += v,
            Err(AppError::Parse(s)) => { log(format!("parse {s}")); total += 100; }
            Err(AppError::Res(t)) => { total += 1000 * take(t); }
        }
    }
    total
}
#[derive(Debug)]
pub enum AppError { Parse(String), Res(Tracked) }
impl From<String> for AppError { fn from(s: String) -> Self { AppError::Parse(s) } }
impl From<Tracked> for AppError { fn from(t: Tracked) -> Self { AppError::Res(t) } }
#[co] fn step(n: i64) -> Result<i64, AppError> {
    let guard = Tracked::new("step-guard");
    let a = ok_if(ready("parse", n).await)?;
    let b = res_trk(ready("res", a + 1).await, "bad")?;
    log(format!("{} ok", guard.name()));
    Ok(a + b)
}
