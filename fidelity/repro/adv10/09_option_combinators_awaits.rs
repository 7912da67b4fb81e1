// args: 2
// Option/Result combinators with Tracked payloads, awaits in arguments and after.
fn f(k: i64) -> i64 {
    let mut slot: Option<Tracked> = None;
    let a = slot.get_or_insert_with(|| Tracked::new("lazy")).len() + ready("a", 1).await;
    let taken = slot.take();
    tick("after_take").await;
    let b = taken.as_ref().map(|t| t.len()).unwrap_or(0) + ready("b", k).await;
    let c = taken.filter(|t| t.name().len() > 10).map_or(-1, |t| t.len());
    let r: Result<i64, Tracked> = if k > 1 { Ok(ready("r", 4).await) } else { Err(Tracked::new("e")) };
    let d = r.as_ref().map(|v| v * 2).unwrap_or_else(|e| e.len());
    let o = r.ok().and_then(|v| if v > 3 { Some(Tracked::new("big")) } else { None });
    tick("end").await;
    let e = o.ok_or_else(|| Tracked::new("none")).map(|t| t.len()).unwrap_or(0);
    a * 10000 + b * 1000 + c * 100 + d * 10 + e
}
