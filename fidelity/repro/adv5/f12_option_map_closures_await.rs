// args: 2
// Awaited values used inside Option/iterator closures right after the await; results combined with temporaries.
fn f(n: i64) -> i64 {
    let limit = ready("limit", n).await;
    let names = load().await;
    let picked: Vec<&Tracked> = names.iter().filter(|t| t.len() > limit).collect();
    let first = names.first().map(|t| t.len()).unwrap_or(0);
    tick("mid").await;
    let total: i64 = picked.iter().map(|t| t.len()).sum();
    let maybe = if total > 0 { Some(ready("bonus", total).await) } else { None };
    first + maybe.unwrap_or(-1)
}

#[co] fn load() -> Vec<Tracked> {
    tick("load").await;
    vec![Tracked::new("a"), Tracked::new("bbb"), Tracked::new("cccc")]
}
