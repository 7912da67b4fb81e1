// args: 3
// `?` inside a for loop over a Vec of Tracked, with a cleanup guard struct (Drop logs) declared before the loop.
fn f(k: i64) -> Result<i64, Tracked> {
    let _cleanup = Cleanup("outer");
    let items = vec![Tracked::new("i0"), Tracked::new("i1"), Tracked::new("i2")];
    let mut acc = 0;
    for (i, it) in items.iter().enumerate() {
        let _c = Cleanup("iter");
        acc += check_item(it, i as i64 == k).await?;
    }
    let last = items.into_iter().last().ok_or_else(|| Tracked::new("empty"))?;
    tick("end").await;
    Ok(acc + last.len())
}
pub struct Cleanup(&'static str);
impl Drop for Cleanup { fn drop(&mut self) { log(format!("cleanup {}", self.0)); } }
#[co] fn check_item(t: &Tracked, fail: bool) -> Result<i64, Tracked> { tick(t.name()).await; if fail { Err(Tracked::new("bad")) } else { Ok(t.len()) } }
