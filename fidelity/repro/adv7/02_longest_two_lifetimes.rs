// args:
// `fn longest<'a>(a: &'a str, b: &'a str) -> &'a str` as a #[co] helper; result held across further awaits beside a guard.
fn f() -> i64 {
    let a = String::from("short");
    let b = String::from("much longer");
    let g = Tracked::new("g");
    let l = longest(&a, &b).await;
    let l2 = longest(l, "mid-size-str").await;
    tick("after").await;
    log(format!("{l} {l2}"));
    l.ilen() * 100 + l2.ilen() + g.len()
}
#[co] fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let la = ready("la", a.len()).await;
    let lb = ready("lb", b.len()).await;
    if la >= lb { a } else { b }
}
