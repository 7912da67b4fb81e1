// args: 3
// Run jobs sequentially collecting Result<T, E> with Tracked errors, then partition, unzip, and error summary.
fn f(k: i64) -> i64 {
    let mut results = Vec::new();
    for j in 0..k + 2 { results.push(job(j).await); }
    let (oks, errs): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    tick("partitioned").await;
    let oks: Vec<i64> = oks.into_iter().map(Result::unwrap).collect();
    let errs: Vec<Tracked> = errs.into_iter().filter_map(Result::err).collect();
    let (evens, odds): (Vec<i64>, Vec<i64>) = oks.iter().partition(|&&x| x % 2 == 0);
    let (names, lens): (Vec<&str>, Vec<i64>) = errs.iter().map(|t| (t.name(), t.len())).unzip();
    tick("end").await;
    evens.len() as i64 * 1000 + odds.len() as i64 * 100 + names.len() as i64 * 10 + lens.iter().sum::<i64>()
}
#[co] fn job(j: i64) -> Result<i64, Tracked> { let v = ready("job", j).await; if v % 3 == 2 { Err(Tracked::new("jerr")) } else { Ok(v) } }
