// args:
// A `&mut String` parameter reborrowed in a loop, passed to a #[co] fn, and appended to between awaits; returns its length.
fn f() -> i64 {
    let mut s = String::from("start");
    let n = append_n(&mut s, 3).await;
    log(format!("s={s}"));
    n + s.ilen()
}
#[co] fn append_n(s: &mut String, n: i64) -> i64 {
    let mut total = 0;
    for i in 0..n {
        let part = ready("part", format!("-{i}")).await;
        total += push_part(&mut *s, &part).await;
    }
    total
}
#[co] fn push_part(s: &mut String, part: &str) -> i64 {
    s.push_str(part);
    tick("pushed").await;
    s.ilen()
}
