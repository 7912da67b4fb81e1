// args:
// `match x { ref mut v => { v.push(..); f().await } }` and `if let Some(ref mut b) = opt` mutated around awaits.
fn f() -> i64 {
    let mut x = vec![Tracked::new("x0")];
    let n = match x {
        ref mut v => { v.push(Tracked::new("x1")); ready("len", v.len()).await }
    };
    let mut opt = Some(vec![1, 2]);
    if let Some(ref mut b) = opt {
        b.push(ready("push", 3).await);
        tick("pushed").await;
        b.push(4);
    }
    n as i64 * 10 + opt.map_or(0, |b| b.len() as i64)
}
