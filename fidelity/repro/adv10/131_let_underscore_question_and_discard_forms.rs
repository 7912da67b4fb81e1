// args: 3
// `let _ = f().await?;`, `f().await?;` as a statement, `drop(f().await)`, `std::mem::drop(..)`, `let _unused = ..`.
fn f(k: i64) -> Result<i64, String> {
    let _ = get(k, "g1").await?;
    get(k - 1, "g2").await?;
    drop(get(1, "g3").await);
    let _unused = get(2, "g4").await?;
    std::mem::drop(ready("d", Tracked::new("d")).await);
    let t = Tracked::new("t");
    tick("end").await;
    Ok(t.len() + k)
}
#[co] fn get(n: i64, name: &'static str) -> Result<Tracked, String> {
    tick(name).await;
    if n == 0 { Err(format!("zero at {name}")) } else { Ok(Tracked::new(name)) }
}
