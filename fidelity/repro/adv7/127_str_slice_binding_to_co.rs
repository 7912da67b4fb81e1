// args:
// Realistic: `let line = text.as_str();` / `let first = &items[0];` / `let word = &text[..3];` bound and passed to #[co] fns, not used after.
fn f() -> i64 {
    let text = String::from("hello world");
    let items = vec![Tracked::new("first"), Tracked::new("second")];
    let line = text.as_str();
    let a = count_words(line).await;
    let first = &items[0];
    let b = weigh_one(first).await;
    let word = &text[..3];
    let c = count_words(word).await;
    a * 100 + b * 10 + c + items.ilen()
}
#[co] fn count_words(s: &str) -> i64 { tick("count").await; s.split(' ').count() as i64 }
#[co] fn weigh_one(t: &Tracked) -> i64 { ready("w", t.len()).await }
