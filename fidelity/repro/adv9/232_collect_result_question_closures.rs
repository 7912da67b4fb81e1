// args: 1
// `iter().map(|s| s.parse::<i64>()).collect::<Result<Vec<_>, _>>()?` and `try_fold` with `?` inside closures,
// mixed with awaits and a custom error conversion via `From`.
fn f(k: i64) -> Result<i64, AppErr> {
    let raw = ready("raw", if k == 0 { vec!["1", "x", "3"] } else { vec!["1", "2", "3"] }).await;
    let nums = raw.iter().map(|s| s.parse::<i64>()).collect::<Result<Vec<_>, _>>()?;
    let _g = Tracked::new("g");
    let total = nums.iter().try_fold(0i64, |acc, n| acc.checked_add(*n).ok_or(AppErr::Overflow))?;
    let extra = ready("extra", total).await;
    Ok(extra + nums.len() as i64)
}
#[derive(Debug)]
pub enum AppErr { Parse(String), Overflow }
impl From<std::num::ParseIntError> for AppErr { fn from(e: std::num::ParseIntError) -> Self { AppErr::Parse(e.to_string()) } }
