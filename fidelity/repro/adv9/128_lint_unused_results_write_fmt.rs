// args: 2
// Lint check: an unused `fmt::Result` of `write!` and an unused `Option` from `pop()` after awaits.

fn f(k: i64) -> i64 {
    let mut s = String::new();
    let _ = std::fmt::Write::write_fmt(&mut s, format_args!( "{}", ready("w", k).await));
    let mut v = vec![Tracked::new("a")];
    tick("t").await;
    v.pop();
    s.len() as i64 + v.len() as i64
}
