// args:
// Nested awaits: f(g().await).await, awaiting a returned awaitable, ? chains.
fn f() -> Result<i64, String> {
    let a = twice(twice(1).await).await;
    let inner = make_later(5).await;
    let b = inner.await;
    let c = parse(&ready("s", String::from("7")).await).await?.checked_add(1).ok_or("overflow")?;
    let d = Some(parse("8").await?).map(|x| x + 1).unwrap_or(0);
    Ok(a + b + c + d)
}

#[co] fn twice(n: i64) -> i64 {
    tick("tw").await;
    n * 2
}
#[co] fn make_later(n: i64) -> Ready<i64> {
    tick("mk").await;
    ready("later", n)
}
#[co] fn parse(s: &str) -> Result<i64, String> {
    tick("p").await;
    s.parse::<i64>().map_err(|e| e.to_string())
}
