// args: 1
// Collecting Result<Vec<_>, _> from awaited items, partition of results, and early ? on the collected value.
fn f(bad: i64) -> Result<i64, String> {
    let mut results: Vec<Result<Tracked, String>> = Vec::new();
    for i in 0..3 {
        results.push(fetch(i, bad).await);
    }
    let (oks, errs): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    tick("partitioned").await;
    let oks: Vec<Tracked> = oks.into_iter().collect::<Result<Vec<_>, _>>()?;
    let errs: Vec<String> = errs.into_iter().filter_map(|r| r.err()).collect();
    let all: Result<Vec<i64>, String> = oks.iter().map(|t| if t.len() > 10 { Err("long".to_string()) } else { Ok(t.len()) }).collect();
    let lens = all?;
    tick("end").await;
    Ok(lens.iter().sum::<i64>() * 10 + errs.len() as i64)
}

#[co] fn fetch(i: i64, bad: i64) -> Result<Tracked, String> {
    tick("fetch").await;
    if i == bad { Err(format!("e{i}")) } else { Ok(Tracked::new("ok")) }
}
