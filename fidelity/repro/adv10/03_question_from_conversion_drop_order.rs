// args: 1
// `?` converting with a logging From impl while Tracked locals are alive: From runs before the locals drop.
fn f(k: i64) -> Result<i64, Outer> {
    let a = Tracked::new("a");
    let v = step(k).await?;
    let b = Tracked::new("b");
    let w = step(v + 1).await.map_err(|e| { log("map_err"); Outer::Wrapped(e) })?;
    let c = Tracked::new("c");
    let x = step(w).await?;
    Ok(x + a.len() + b.len() + c.len())
}
#[derive(Debug)]
pub struct Inner(Tracked);
#[derive(Debug)]
pub enum Outer { Conv(Tracked), Wrapped(Inner) }
impl From<Inner> for Outer {
    fn from(i: Inner) -> Outer { log(format!("from {}", i.0.name())); Outer::Conv(Tracked::new("outer")) }
}
#[co] fn step(n: i64) -> Result<i64, Inner> {
    let r = ready("step", n).await;
    if r % 2 == 0 { Err(Inner(Tracked::new("inner"))) } else { Ok(r + 2) }
}
