// args: 2
// `take(a().await?) + take(b().await?) + c().await?` with early exits at each `?`, Tracked values in flight.
fn f(k: i64) -> Result<i64, String> {
    let keep = Tracked::new("keep");
    let n = take(get("a", k != 1).await?) + take(get("b", k != 2).await?) + get("c", k != 3).await?.len();
    Ok(n + keep.len())
}
#[co] fn get(name: &'static str, ok: bool) -> Result<Tracked, String> { tick(name).await; if ok { Ok(Tracked::new(name)) } else { Err(format!("no {name}")) } }
