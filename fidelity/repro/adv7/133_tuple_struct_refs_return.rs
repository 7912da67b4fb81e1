// args:
// A #[co] fn with two lifetimes `fn split<'a, 'b>(a: &'a str, b: &'b str) -> (&'a str, &'b str)` awaiting between; results used after awaits.
fn f() -> i64 {
    let x = String::from("key:value");
    let y = String::from("a,b,c");
    let (k, first) = split2(&x, &y).await;
    tick("after").await;
    log(format!("{k} {first}"));
    k.ilen() * 10 + first.ilen()
}
#[co] fn split2<'a, 'b>(a: &'a str, b: &'b str) -> (&'a str, &'b str) {
    let i = ready("i", a.find(':').unwrap_or(a.len())).await;
    let j = ready("j", b.find(',').unwrap_or(b.len())).await;
    (&a[..i], &b[..j])
}
