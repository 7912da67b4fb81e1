// args: 1
// `?` early exits in a later operand after awaited operands holding Tracked values, in calls, tuples and vec!.
fn f(k: i64) -> Result<i64, Tracked> {
    let _g = Tracked::new("g");
    let a = take2(ready("a", Tracked::new("a1")).await, { res_trk(k + 1, "e1")?; Tracked::new("a2") });
    let t = (ready("t", Tracked::new("t0")).await, Tracked::new("t1"), res_trk(k, "e2")?, ready("t3", 1).await);
    let v = vec![ready("v", Tracked::new("v0")).await, { res_trk(k * 3, "e3")?; Tracked::new("v1") }];
    Ok(a + t.2 + t.3 + v.len() as i64)
}
