// args:
// Early `return Err(..)` from inside a for loop with awaits and live Tracked locals of the loop and of the function.
fn f() -> i64 {
    let a = process(&[1, 2, 3]).await;
    let b = process(&[1, 5, 2]).await;
    let c = process(&[]).await;
    show(&a) + show(&b) * 10 + show(&c) * 100
}
#[co] fn process(items: &[i64]) -> Result<i64, String> {
    let _conn = Tracked::new("conn");
    let mut sum = 0;
    for (i, it) in items.iter().enumerate() {
        let _row = Tracked::new("row");
        let v = ready("fetch", *it).await;
        if v > 4 {
            log(format!("bad at {i}"));
            return Err(format!("too big {v}"));
        }
        sum += v;
        tick("commit").await;
    }
    if sum == 0 { return Err("empty".into()); }
    Ok(sum)
}
