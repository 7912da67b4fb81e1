// args:
// `Result<Tracked, Tracked>` from a #[co] helper with `?` propagating the Err(Tracked); the caller matches and awaits.
fn f() -> i64 {
    let mut out = 0;
    for n in [2, 3, 4] {
        match step2(n).await {
            Ok(t) => { tick("ok").await; out = out * 10 + t.len(); }
            Err(e) => { out = out * 10 + 9; log(format!("err {}", e.name())); }
        }
    }
    out
}
#[co] fn step1(n: i64) -> Result<Tracked, Tracked> {
    tick("s1").await;
    if n % 2 == 1 { Err(Tracked::new("odd")) } else { Ok(Tracked::new("even")) }
}
#[co] fn step2(n: i64) -> Result<Tracked, Tracked> {
    let _g = Tracked::new("s2");
    let a = step1(n).await?;
    let b = ready("b", n).await;
    if b > 3 { return Err(a); }
    Ok(a)
}
