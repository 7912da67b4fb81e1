// args: 4
// Result<Option<T>, E> handling: transpose, ?, match on nested, and_then across awaits.
fn f(n: i64) -> Result<i64, String> {
    let mut sum = 0;
    for i in 0..n {
        let item: Option<Tracked> = query(i).await?;
        let Some(t) = item else {
            tick("none").await;
            continue;
        };
        let parsed: Option<i64> = t.name().strip_prefix("n").map(|s| s.parse::<i64>()).transpose().map_err(|e| e.to_string())?;
        sum += match parsed {
            Some(v) => v + ready("v", 0).await,
            None => t.len(),
        };
    }
    Ok(sum)
}

#[co] fn query(i: i64) -> Result<Option<Tracked>, String> {
    tick("q").await;
    match i {
        0 => Ok(Some(Tracked::new("n12"))),
        1 => Ok(None),
        2 => Ok(Some(Tracked::new("plain"))),
        _ => Err(format!("q{i}")),
    }
}
