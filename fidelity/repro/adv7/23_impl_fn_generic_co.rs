// args:
// Generic #[co] fn with `T: Display + Clone` and `F: Fn(&T) -> i64` in a where clause; items cloned across awaits.
fn f() -> i64 {
    let names = vec![String::from("ann"), String::from("bob"), String::from("carol")];
    let a = score_all(&names, |s| s.ilen()).await;
    let nums = [3i64, 4];
    let b = score_all(&nums, |n| *n * 2).await;
    a * 100 + b
}
#[co] fn score_all<T, F>(items: &[T], score: F) -> i64
where
    T: std::fmt::Display + Clone,
    F: Fn(&T) -> i64,
{
    let mut best: Option<T> = None;
    let mut total = 0;
    for it in items {
        let copy = it.clone();
        let s = ready("score", score(&copy)).await;
        total += s;
        log(format!("item {copy} {s}"));
        best = Some(copy);
    }
    tick("done").await;
    if let Some(b) = best { log(format!("last {b}")); }
    total
}
