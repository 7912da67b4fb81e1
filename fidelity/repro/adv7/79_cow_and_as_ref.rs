// args:
// `Cow<str>` values borrowed from a local or owned after awaits; `AsRef<str>` generic #[co] fn.
fn f() -> i64 {
    use std::borrow::Cow;
    let base = String::from("Hello World");
    let mut outs: Vec<Cow<str>> = Vec::new();
    for w in base.split(' ') {
        let up = ready("up", w.starts_with('W')).await;
        outs.push(if up { Cow::Owned(w.to_uppercase()) } else { Cow::Borrowed(w) });
    }
    let n = measure(&outs[0]).await + measure(String::from("xyz")).await;
    n * 100 + outs.iter().map(|c| c.ilen()).sum::<i64>()
}
#[co] fn measure<S: AsRef<str>>(s: S) -> i64 {
    tick("measure").await;
    s.as_ref().ilen()
}
