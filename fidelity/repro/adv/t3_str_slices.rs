// args: String::from("hello brave new world")
// String slices and split_whitespace iteration across awaits.
fn f(text: String) -> i64 {
    let head = &text[0..5];
    tick("a").await;
    let mut n = head.len() as i64;
    for (i, w) in text.split_whitespace().enumerate() {
        tick("w").await;
        if w.starts_with('b') {
            continue;
        }
        n += (i as i64) * w.len() as i64;
    }
    let upper: String = text.chars().rev().filter(|c| !c.is_whitespace()).collect();
    n + upper.len() as i64 + ready("c", text.matches('o').count() as i64).await
}
