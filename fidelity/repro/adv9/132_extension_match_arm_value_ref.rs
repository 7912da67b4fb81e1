// args: 2
// `let r = match k { 0 => &a(), _ => &b() };` (extension through match arms is NOT done by Rust: E0716 in both?)
// Here the arms borrow locals instead, which is valid: then awaits.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let r = match k { 0 => &a, _ => &b };
    tick("t").await;
    r.len()
}
