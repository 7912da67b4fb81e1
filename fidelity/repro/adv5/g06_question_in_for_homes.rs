// args: 3
// `?` exiting a for loop over a borrowed Vec (iterator held across awaits) with homed locals alive.
fn f(bad: i64) -> Result<i64, String> {
    let items = vec![Tracked::new("i0"), Tracked::new("i1"), Tracked::new("i2"), Tracked::new("i3")];
    let guard = Tracked::new("guard");
    let mut sum = 0;
    for (i, t) in items.iter().enumerate() {
        let w = weigh(t, i as i64).await;
        let checked = validate(i as i64, bad).await?;
        sum += w + checked + weigh(&guard, 0).await;
    }
    Ok(sum)
}

#[co] fn validate(i: i64, bad: i64) -> Result<i64, String> {
    tick("validate").await;
    if i == bad { Err(format!("bad {i}")) } else { Ok(i) }
}
