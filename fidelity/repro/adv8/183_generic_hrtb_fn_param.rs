// args:
// A #[co] fn with `F: for<'a> Fn(&'a str) -> &'a str` applied to lines of an owned String across awaits (HRTB closure param).
fn f() -> i64 {
    let text = String::from("  alpha \n beta\ngamma  ");
    let a = total_len(&text, |s| s.trim()).await;
    let b = total_len(&text, |s| s.split_whitespace().next().unwrap_or("")).await;
    a * 100 + b
}
#[co] fn total_len<F>(text: &str, pick: F) -> i64 where F: for<'a> Fn(&'a str) -> &'a str {
    let mut n = 0;
    for line in text.lines() {
        let p = pick(line);
        tick("line").await;
        n += p.ilen();
    }
    n
}
