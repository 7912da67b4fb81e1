// args: 1
// A #[co] fn returning `Result<Vec<&'a str>, ParseErr<'a>>` where the error borrows the input; `?` in the caller
// converts via map_err to an owned error.
fn f(k: i64) -> Result<i64, String> {
    let input = if k == 0 { String::from("a,b,,c") } else { String::from("a,b,c") };
    let fields = split_fields(&input).await.map_err(|e| format!("bad at {} near {:?}", e.pos, e.near))?;
    let _t = Tracked::new("t");
    tick("t").await;
    Ok(fields.len() as i64 * 10 + fields.iter().map(|s| s.len() as i64).sum::<i64>())
}
pub struct ParseErr<'a> { pos: usize, near: &'a str }
#[co] fn split_fields<'a>(s: &'a str) -> Result<Vec<&'a str>, ParseErr<'a>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for part in s.split(',') {
        tick("field").await;
        if part.is_empty() { return Err(ParseErr { pos, near: &s[pos.saturating_sub(1)..] }); }
        out.push(part);
        pos += part.len() + 1;
    }
    Ok(out)
}
