// args: String::from("  padded  "), Some(3)
// Parameters shadowed in the body (let s = s.trim();) and mut params modified across awaits.
fn f(s: String, mut limit: Option<i64>) -> i64 {
    let s = s.trim();
    tick("a").await;
    let s = s.to_uppercase();
    let mut count = 0;
    while let Some(l) = limit {
        if l == 0 {
            limit = None;
        } else {
            limit = Some(l - 1);
            count += ready("c", 1).await;
        }
    }
    s.len() as i64 + count
}
