// args:
// Validation across a list with `for` + `?` on awaited results inside a #[co] fn returning Result<Vec<Tracked>, String>; caller maps errors.
fn f() -> i64 {
    let a = validate(&[2, 4]).await.map(|v| v.len() as i64).unwrap_or(-1);
    let b = validate(&[2, 6, 4]).await.map(|v| v.len() as i64).unwrap_or_else(|e| e.len() as i64);
    a * 100 + b
}
#[co] fn validate(xs: &[i64]) -> Result<Vec<Tracked>, String> {
    let mut out = Vec::new();
    for x in xs {
        let t = Tracked::new("valid");
        let v = ok_if(ready("v", *x).await)?;
        if v > 100 { return Err("huge".into()); }
        out.push(t);
    }
    tick("validated").await;
    Ok(out)
}
