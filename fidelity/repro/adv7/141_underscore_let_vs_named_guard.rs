// args:
// `let _ = Tracked::new(..)` (dropped at once) vs `let _g = ..` (kept) vs `let _ = &x;` around awaits; `let _ = opt.take();`.
fn f() -> i64 {
    let _ = Tracked::new("underscore");
    let _g = Tracked::new("named");
    let x = Tracked::new("x");
    let _ = &x;
    tick("a").await;
    let mut opt = Some(Tracked::new("opt"));
    let _ = opt.take();
    tick("b").await;
    let _ = ready("c", Tracked::new("awaited")).await;
    tick("d").await;
    x.len() + opt.is_none() as i64
}
