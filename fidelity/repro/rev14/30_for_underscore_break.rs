// args: 2
fn f(k: i64) -> i64 {
    let mut n = 0;
    for _ in [Tracked::new("a"), Tracked::new("b"), Tracked::new("c")] {
        n += 1;
        if n == k { break; }
        tick("body").await;
        if n == 1 { continue; }
        tick("after").await;
    }
    n
}
