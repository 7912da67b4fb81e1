// args: 2
// A Vec<Box<dyn FnMut(i64) -> i64>> of callbacks capturing Tracked, invoked with awaited arguments.
fn f(k: i64) -> i64 {
    let mut cbs: Vec<Box<dyn FnMut(i64) -> i64>> = Vec::new();
    let t = Tracked::new("cap");
    cbs.push(Box::new(move |x| x + t.len()));
    let mut count = 0;
    cbs.push(Box::new(move |x| { count += 1; x * count }));
    let mut out = 0;
    for round in 0..k {
        for cb in cbs.iter_mut() {
            out += cb(ready("arg", round).await);
        }
        tick("round").await;
    }
    let last = cbs.pop().map(|mut c| c(100)).unwrap_or(0);
    tick("popped").await;
    out * 1000 + last + cbs.len() as i64
}
