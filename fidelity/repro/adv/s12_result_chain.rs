// args: "42"
// Result chaining: map_err, and_then, ok_or, ? on Box<dyn Error>.
fn f(s: &'static str) -> Result<i64, Box<dyn std::error::Error>> {
    let g = Tracked::new("g");
    let n: i64 = ready("p", s.parse::<i64>()).await?;
    let m = ready("q", Some(n)).await.ok_or("missing")?;
    let k = ready("r", Ok::<i64, String>(m)).await.map_err(|e| e)?;
    let parsed = "7".parse::<i64>().map(|x| x + 1).and_then(|x| Ok(x * 2))?;
    tick("done").await;
    Ok(k + parsed + g.len())
}
