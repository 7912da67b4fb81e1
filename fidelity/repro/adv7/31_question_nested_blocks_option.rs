// args:
// `?` on Option inside nested blocks (no closures) after awaits, in a #[co] fn returning Option; guards dropped on the early exit.
fn f() -> i64 {
    let m = vec![("a", 1), ("b", 2)];
    let x = lookup2(&m, "a", "b").await;
    let y = lookup2(&m, "a", "z").await;
    log(format!("{x:?} {y:?}"));
    x.unwrap_or(-1) * 100 + y.unwrap_or(-1)
}
#[co] fn lookup2(m: &[(&str, i64)], k1: &str, k2: &str) -> Option<i64> {
    let _g = Tracked::new("lookup");
    let a = {
        let _inner = Tracked::new("inner");
        let v = m.iter().find(|(k, _)| *k == k1)?.1;
        ready("a", v).await
    };
    let b = {
        tick("b").await;
        let _inner2 = Tracked::new("inner2");
        m.iter().find(|(k, _)| *k == k2).map(|p| p.1)?
    };
    Some(a * 10 + b)
}
