// args: 1
// Choosing a target buffer: `let buf = if k == 0 { &mut fast } else { flush().await; &mut slow };` then pushes through it.
fn f(k: i64) -> i64 {
    let mut fast: Vec<Tracked> = Vec::new();
    let mut slow: Vec<Tracked> = vec![Tracked::new("old")];
    let buf = if k == 0 { &mut fast } else { tick("flush").await; &mut slow };
    buf.push(Tracked::new("msg"));
    let n = buf.len() as i64;
    tick("sent").await;
    n * 100 + fast.ilen() * 10 + slow.ilen()
}
