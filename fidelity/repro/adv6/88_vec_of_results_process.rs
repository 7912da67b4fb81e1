// args:
// `for r in results` over Vec<Result<Tracked, String>> with `match` arms both awaiting, `continue` on error, sum of successes.
fn f() -> i64 {
    let results: Vec<Result<Tracked, String>> = vec![Ok(Tracked::new("ok1")), Err("e1".into()), Ok(Tracked::new("okay2")), Err("e22".into())];
    let mut sum = 0;
    let mut errs = String::new();
    for r in results {
        let t = match r {
            Ok(t) => t,
            Err(e) => { errs.push_str(&ready("err", e).await); continue; }
        };
        sum += ready(t.name(), t.len()).await;
    }
    sum * 100 + errs.len() as i64
}
