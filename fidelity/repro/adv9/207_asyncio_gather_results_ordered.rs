// args: 3
// asyncio.gather-like sequential port: a Vec of boxed #[co] awaitables (`Pin<Box<dyn Awaitable>>` in the coroutine
// twin is not expressible in both, so plain `Ready` values), results collected in order with errors as values.
fn f(k: i64) -> i64 {
    let jobs: Vec<Ready<Result<i64, String>>> = (0..k + 1).map(|i| ready("job", if i == 1 { Err(format!("job {i} failed")) } else { Ok(i * 10) })).collect();
    let mut results = Vec::with_capacity(jobs.len());
    for j in jobs {
        let _slot = Tracked::new("slot");
        results.push(j.await);
    }
    let (ok, err): (Vec<_>, Vec<_>) = results.iter().partition(|r| r.is_ok());
    for e in &err { log(format!("{:?}", e)); }
    ok.iter().map(|r| r.as_ref().unwrap()).sum::<i64>() * 10 + err.len() as i64
}
