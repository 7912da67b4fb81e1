// args: 2
// A panic after awaits (unwrap on None) with Tracked locals alive: unwind drop order.
fn f(n: i64) -> i64 {
    let a = Tracked::new("a");
    let v: Vec<Tracked> = vec![Tracked::new("v0")];
    tick("t").await;
    let b = Tracked::new("b");
    let o: Option<i64> = if n > 1 { None } else { Some(1) };
    let k = ready("k", o).await.unwrap();
    a.len() + b.len() + k + v.len() as i64
}
