// args:
// Generic #[co] fn with `I: IntoIterator<Item = T>, T: AsRef<str>` and an `impl Fn(&str) -> i64` scorer, called with Vec<String> and arrays.
fn f() -> i64 {
    let words = vec![String::from("apple"), String::from("kiwi"), String::from("fig")];
    let a = score_all(words.clone(), |w| w.ilen()).await;
    let b = score_all(["x", "yy"], |w| if w.starts_with('y') { 10 } else { 1 }).await;
    a * 100 + b + words.ilen()
}
#[co] fn score_all<I, T>(items: I, scorer: impl Fn(&str) -> i64) -> i64
where I: IntoIterator<Item = T>, T: AsRef<str> {
    let mut total = 0;
    for it in items {
        let s = scorer(it.as_ref());
        total += ready("score", s).await;
    }
    total
}
