// args: 4
// `?` on awaited results used as receiver and as arguments; error variant carries a Tracked.
fn f(k: i64) -> Result<i64, E> {
    let _g = Tracked::new("g");
    let a = fetch(k).await?.len();
    let b = add3(fetch(k + 2).await?.len(), parse(&format!("{}", k * 2))?, fetch(k + 1).await?.len());
    let c = parse(ready("s", "x9").await).unwrap_or(-1);
    Ok(a + b + c)
}
#[derive(Debug)]
pub enum E { Bad(Tracked), Parse(String) }
#[co] fn fetch(n: i64) -> Result<Tracked, E> {
    tick("fetch").await;
    if n % 2 == 0 { Ok(Tracked::new("ok")) } else if n == 5 { Ok(Tracked::new("five")) } else { Err(E::Bad(Tracked::new("bad"))) }
}
fn parse(s: &str) -> Result<i64, E> {
    s.parse::<i64>().map_err(|e| E::Parse(e.to_string()))
}
