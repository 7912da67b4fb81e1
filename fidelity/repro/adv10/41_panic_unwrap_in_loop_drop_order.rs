// args: 2
// A panic (unwrap on None) mid-loop after awaits, with Tracked locals at several scope levels: unwinding drop order.
fn f(k: i64) -> i64 {
    let outer = Tracked::new("outer");
    let mut n = 0;
    for i in 0..3 {
        let lvl = Tracked::new("lvl");
        let v = ready("v", if i == k { None } else { Some(i) }).await;
        let tmp = Tracked::new("tmp");
        n += v.unwrap() + tmp.len() + lvl.len();
    }
    n + outer.len()
}
