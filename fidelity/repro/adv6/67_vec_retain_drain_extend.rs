// args:
// Vec of Tracked: `retain` with a non-awaiting closure, `drain(1..)` into another Vec across an await, `extend` from an awaited Vec, `split_off`.
fn f() -> i64 {
    let mut v: Vec<Tracked> = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c"), Tracked::new("dd")];
    v.retain(|t| t.len() > 1);
    tick("retained").await;
    v.extend(ready("more", vec![Tracked::new("e"), Tracked::new("ff")]).await);
    let drained: Vec<Tracked> = v.drain(1..).collect();
    tick("drained").await;
    let mut rest = drained;
    let tail = rest.split_off(1);
    ready("sum", v.len() as i64 * 100 + rest.len() as i64 * 10 + tail.len() as i64).await
}
