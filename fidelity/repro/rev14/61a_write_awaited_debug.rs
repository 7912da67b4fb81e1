// args: 2
fn f(k: i64) -> i64 {
    let mut s = String::new();
    write!(s, "{:?} {}", ready("a", Tracked::new("a")).await, ready("b", k).await).unwrap();
    tick("x").await;
    s.len() as i64
}
use std::fmt::Write;
