// args: 2
// asyncio.gather port done sequentially: a Vec of (name, delay) tasks run one by one, results collected into a Vec<Result<..>>, errors counted.
fn f(k: i64) -> i64 {
    let tasks: Vec<(&'static str, u32)> = vec![("a", 1), ("b", 2), ("c", 0), ("d", k as u32)];
    let mut results: Vec<Result<i64, Tracked>> = Vec::with_capacity(tasks.len());
    for (name, delay) in &tasks {
        let r = ready_after(name, *delay, name.len() as i64 + *delay as i64).await;
        results.push(if r % 2 == 0 { Ok(r) } else { Err(Tracked::new(name)) });
    }
    tick("gathered").await;
    let ok: i64 = results.iter().filter_map(|r| r.as_ref().ok()).sum();
    let errs = results.iter().filter(|r| r.is_err()).count() as i64;
    ok * 10 + errs
}
