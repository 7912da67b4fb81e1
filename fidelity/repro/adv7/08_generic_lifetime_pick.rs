// args:
// Generic #[co] fn with a lifetime and a bound: `fn pick<'a, T: std::fmt::Debug>(xs: &'a [T], pred: impl Fn(&T) -> bool) -> Vec<&'a T>`.
fn f() -> i64 {
    let v = vec![Tracked::new("x"), Tracked::new("yy"), Tracked::new("zzz"), Tracked::new("w")];
    let short = pick(&v, |t| t.name().len() < 2).await;
    let long = pick(&v, |t| t.name().len() >= 2).await;
    tick("done").await;
    log(format!("{short:?} {long:?}"));
    short.ilen() * 10 + long.ilen()
}
#[co] fn pick<'a, T: std::fmt::Debug>(xs: &'a [T], pred: impl Fn(&T) -> bool) -> Vec<&'a T> {
    let mut out = Vec::new();
    for x in xs.iter() {
        tick("look").await;
        if pred(x) {
            out.push(x);
        }
    }
    out
}
