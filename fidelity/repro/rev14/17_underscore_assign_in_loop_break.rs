// args: 2
fn f(k: i64) -> i64 {
    let mut n = 0;
    loop {
        let t = Tracked::new("t");
        _ = t;
        _ = ready("v", Tracked::new("v")).await;
        n += 1;
        if n > k { break; }
        tick("x").await;
    }
    n
}
