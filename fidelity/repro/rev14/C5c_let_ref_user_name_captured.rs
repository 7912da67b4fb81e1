// args: 2
fn f(k: i64) -> i64 {
    let __coro_extended1 = Tracked::new("user");
    let ref r = Tracked::new("ext");
    tick("x").await;
    r.len() + __coro_extended1.len() + k
}
