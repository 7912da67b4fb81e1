// The by-value lookup of prefix-named methods (`into_*`, `unwrap*`,
// `expect*`) with arguments, through a `Box`, and on a temporary receiver
// before a later suspension: std's methods taking `self` compile, without a
// warning, and run.
#![deny(warnings)]

fn fallback() -> String {
    String::from("fallback")
}

#[coro::coroutine]
fn ready(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn run(c: bool) -> usize {
    let o = if c { Some(String::from("o")) } else { None };
    let a = o.unwrap_or_else(fallback);
    let r: Result<String, String> = Ok(String::from("r"));
    let b = r.expect(&format!("{} is ok", "r"));
    let x = Box::new(Some(String::from("x")));
    let d = x.unwrap_or_default();
    ready(0).await;
    let n = "12".parse::<usize>().unwrap_or(0) + ready(1).await;
    let m = Some(String::from("abc")).unwrap_or_else(|| fallback()).len() + ready(2).await;
    a.len() + b.len() + d.len() + n + m
}

fn main() {
    assert_eq!(coro::run(run(true)), 1 + 1 + 1 + 13 + 5);
    assert_eq!(coro::run(run(false)), 8 + 1 + 1 + 13 + 5);
}
