// args: false
// let patterns over awaited values with ?, match values and tuples leaving parts.
fn f(fail: bool) -> Result<i64, String> {
    let (a, _) = fetch_pair(fail).await?;
    let Pair { a: b, .. } = ready("p", Pair { a: Tracked::new("pa"), b: Tracked::new("pb") }).await;
    let (c, _d) = ready("q", (Tracked::new("c"), Tracked::new("d"))).await;
    let [e, _, f2] = ready("arr", [Tracked::new("e"), Tracked::new("mid"), Tracked::new("f")]).await;
    tick("t").await;
    Ok(a.len() + b.len() + c.len() + e.len() + f2.len())
}

#[co] fn fetch_pair(fail: bool) -> Result<(Tracked, Tracked), String> {
    tick("fp").await;
    if fail { Err("nope".into()) } else { Ok((Tracked::new("x"), Tracked::new("y"))) }
}
