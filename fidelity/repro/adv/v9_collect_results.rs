// args: vec!["1", "2", "3"]
// collect::<Result<Vec<_>, _>>()? with awaits; closures with ? inside.
fn f(items: Vec<&'static str>) -> Result<i64, std::num::ParseIntError> {
    let nums = items.iter().map(|s| s.parse::<i64>()).collect::<Result<Vec<_>, _>>()?;
    tick("parsed").await;
    let check = |s: &str| -> Result<i64, std::num::ParseIntError> {
        let n: i64 = s.parse()?;
        Ok(n * 2)
    };
    let doubled = check(items[0])?;
    let mut acc = 0;
    for n in &nums {
        acc += ready("n", *n).await;
    }
    let more: Vec<i64> = ready("v", items.clone()).await.into_iter().map(|s| s.len() as i64).collect();
    Ok(acc + doubled + more.len() as i64)
}
