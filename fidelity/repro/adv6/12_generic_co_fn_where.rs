// args:
// A generic #[co] fn with a where clause (T: Display + Clone) and an `impl Trait` argument, called with several types.
fn f() -> i64 {
    let a = render_twice(5i64, "num").await;
    let b = render_twice(String::from("abc"), "str").await;
    let c = total_len(vec!["x", "yy", "zzz"].into_iter()).await;
    let d = total_len(["q"; 4].iter().copied()).await;
    a + b * 10 + c * 100 + d * 1000
}
use std::fmt::Display;
#[co] fn render_twice<T>(x: T, tag: &'static str) -> i64 where T: Display + Clone {
    let y = x.clone();
    tick(tag).await;
    let s = format!("{x}{y}");
    log(format!("render {s}"));
    s.len() as i64
}
#[co] fn total_len<'a>(it: impl Iterator<Item = &'a str>) -> i64 {
    let mut n = 0;
    for s in it {
        n += ready("s", s.len() as i64).await;
    }
    n
}
