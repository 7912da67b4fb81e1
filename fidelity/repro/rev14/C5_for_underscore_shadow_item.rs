// args: 2
fn f(k: i64) -> i64 {
    let __coro_item = 5i64;
    let mut n = 0;
    for _ in bag("a", "b") {
        tick("body").await;
        n += __coro_item;
    }
    for _ in 0..k {
        let __coro_item = Tracked::new("user");
        tick("b2").await;
        n += __coro_item.len();
    }
    n
}
