// args: 2
fn f(k: i64) -> Result<i64, String> {
    let o = Some(Tracked::new("o"));
    let m = matches!(o, Some(ref t) if ready("g", ok_if(t.len() - k)).await? > 5);
    tick("x").await;
    Ok(m as i64)
}
