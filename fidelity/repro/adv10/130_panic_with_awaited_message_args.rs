// args: 2
// panic!/unreachable!/expect with messages that await, inside arms, with Tracked locals alive (unwinding order).
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let v = match ready("v", k).await {
        0 => unreachable!("zero {}", a.name()),
        1 => 10,
        2 => { let b = Tracked::new("b"); panic!("two {} {}", b.name(), ready("msg", 7).await) }
        n => n,
    };
    let o: Option<i64> = if v > 5 { Some(v) } else { None };
    o.expect("none") + a.len()
}
