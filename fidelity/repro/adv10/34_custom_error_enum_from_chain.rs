// args: 3
// A three-level error hierarchy with From impls; `?` in loops and in expressions with other operands alive.
fn f(k: i64) -> Result<i64, TopErr> {
    let mut total = 0;
    for i in 0..k {
        let t = Tracked::new("iter");
        total += t.len() + level2(i).await? + ready("after", 1).await;
    }
    let extra = Tracked::new("extra").len() + level1(k * 10).await.map_err(MidErr::from)?;
    Ok(total + extra)
}
#[derive(Debug)] pub struct LowErr(i64);
#[derive(Debug)] pub enum MidErr { Low(LowErr), Other }
#[derive(Debug)] pub enum TopErr { Mid(MidErr), Msg(String) }
impl From<LowErr> for MidErr { fn from(e: LowErr) -> Self { log(format!("low->mid {}", e.0)); MidErr::Low(e) } }
impl From<MidErr> for TopErr { fn from(e: MidErr) -> Self { log("mid->top"); TopErr::Mid(e) } }
#[co] fn level1(n: i64) -> Result<i64, LowErr> {
    if ready("l1", n).await % 4 == 2 { Err(LowErr(n)) } else { Ok(n) }
}
#[co] fn level2(n: i64) -> Result<i64, MidErr> {
    let _t = Tracked::new("l2");
    let v = level1(n).await?;
    if v == 7 { return Err(MidErr::Other); }
    Ok(v * 2)
}
