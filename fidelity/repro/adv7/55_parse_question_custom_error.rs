// args:
// `?` with a custom error enum and Display, `map_err` with closures, `parse::<i64>()` in a #[co] fn over `&str` fields; errors carry Tracked.
fn f() -> i64 {
    let a = parse_record("7,alice,3").await;
    let b = parse_record("x,bob,1").await;
    let c = parse_record("1,carl").await;
    log(format!("{:?} {} {}", a.as_ref().ok(), b.as_ref().err().map_or(String::new(), |e| e.to_string()), c.is_err()));
    a.unwrap_or(0) * 100 + b.map_or_else(|e| e.code(), |v| v) * 10 + c.map_or_else(|e| e.code(), |v| v)
}
#[derive(Debug)]
pub enum RecErr { Num(String, Tracked), Fields(usize) }
impl std::fmt::Display for RecErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self { RecErr::Num(s, _) => write!(f, "bad number {s}"), RecErr::Fields(n) => write!(f, "fields {n}") }
    }
}
impl RecErr { fn code(&self) -> i64 { match self { RecErr::Num(..) => 1, RecErr::Fields(n) => *n as i64 } } }
#[co] fn parse_record(line: &str) -> Result<i64, RecErr> {
    let parts: Vec<&str> = line.split(',').collect();
    tick("split").await;
    if parts.len() != 3 { return Err(RecErr::Fields(parts.len())); }
    let id = parts[0].parse::<i64>().map_err(|_| RecErr::Num(parts[0].to_string(), Tracked::new("err")))?;
    let name = ready("name", parts[1]).await;
    let n: i64 = parts[2].trim().parse().map_err(|_| RecErr::Num(parts[2].into(), Tracked::new("err2")))?;
    Ok(id * n + name.ilen())
}
