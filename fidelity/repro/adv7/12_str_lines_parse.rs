// args:
// Text parsing: `lines()` iterated with awaits inside, `split_once`, `parse::<i64>()` with `?` into a custom error with `From<ParseIntError>`.
fn f() -> i64 {
    let good = "a=1\nb=22\n\nc=3";
    let bad = "x=1\ny=zz";
    let r1 = sum_config(good).await;
    let r2 = sum_config(bad).await;
    log(format!("{r1:?} {r2:?}"));
    match (r1, r2) {
        (Ok(a), Err(e)) => a * 10 + e.code(),
        _ => -1,
    }
}
#[derive(Debug)]
pub enum ConfErr { Parse(std::num::ParseIntError), Missing(usize) }
impl ConfErr { fn code(&self) -> i64 { match self { ConfErr::Parse(_) => 1, ConfErr::Missing(n) => 2 + *n as i64 } } }
impl From<std::num::ParseIntError> for ConfErr { fn from(e: std::num::ParseIntError) -> Self { ConfErr::Parse(e) } }
#[co] fn sum_config(text: &str) -> Result<i64, ConfErr> {
    let _g = Tracked::new("parse");
    let mut total = 0;
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() { continue; }
        tick("line").await;
        let (_, v) = line.split_once('=').ok_or(ConfErr::Missing(i))?;
        total += v.parse::<i64>()?;
    }
    Ok(total)
}
