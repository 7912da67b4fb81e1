// args: 2
// A #[co] helper that panics (`unwrap` on None) after an await, while the caller holds guards and a pending temporary.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let mut total = 0;
    for i in 0..=k {
        let _it = Tracked::new("iter");
        total += Tracked::new("arg").len() + parse_or_panic(i).await;
    }
    total
}
#[co] fn parse_or_panic(i: i64) -> i64 {
    let _h = Tracked::new("helper");
    tick("h").await;
    let o = if i < 2 { Some(i) } else { None };
    o.unwrap() + 1
}
