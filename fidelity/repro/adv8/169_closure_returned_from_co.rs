// args:
// A #[co] fn returning `impl Fn(i64) -> i64` capturing its (moved) parameters and an awaited value; called after more awaits.
fn f() -> i64 {
    let scale = make_scaler(Tracked::new("cfg"), 3).await;
    tick("a").await;
    let x = scale(2);
    tick("b").await;
    x + scale(1)
}
#[co] fn make_scaler(cfg: Tracked, base: i64) -> impl Fn(i64) -> i64 {
    let m = ready("m", base * 2).await;
    move |x| x * m + cfg.len()
}
