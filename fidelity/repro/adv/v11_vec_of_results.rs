// args:
// Gathering results of several sub-coroutines into a Vec, then partitioning.
fn f() -> i64 {
    let mut results = Vec::new();
    for i in 0..5i64 {
        results.push(work(i).await);
    }
    let (ok, err): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    let s: i64 = ok.into_iter().map(Result::unwrap).sum();
    let e: Vec<String> = err.into_iter().filter_map(|r| r.err()).collect();
    tick("done").await;
    s * 100 + e.len() as i64
}

#[co] fn work(i: i64) -> Result<i64, String> {
    let _t = Tracked::new("work");
    tick("w").await;
    if i % 2 == 0 { Ok(i) } else { Err(format!("odd {i}")) }
}
