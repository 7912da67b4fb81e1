// args:
// #[co] fns returning `impl Fn() -> usize + 'a` (capturing a borrowed param), `Option<impl Iterator>` and `Box<dyn Fn + '_>` after awaits.
fn f() -> i64 {
    let s = String::from("abcd");
    let c = g(&s).await;
    let it = h(3).await;
    let b = k(&s).await;
    c() as i64 + it.map_or(0, |i| i.sum::<i64>()) + b()
}
#[co] fn g<'a>(s: &'a str) -> impl Fn() -> usize + 'a {
    tick("g").await;
    move || s.len()
}
#[co] fn h(n: i64) -> Option<impl Iterator<Item = i64>> {
    tick("h").await;
    if n > 0 { Some((0..n).map(|x| x * 2)) } else { None }
}
#[co] fn k(s: &str) -> Box<dyn Fn() -> i64 + '_> {
    let m = ready("m", 2).await;
    Box::new(move || s.ilen() * m)
}
