// args: 2
fn f(k: i64) -> i64 {
    g(Tracked::new("p"), k).await
}
#[co] fn g(t: Tracked, k: i64) -> i64 {
    let r = &t;
    tick("a").await;
    _ = t;
    let junk = Tracked::new("junk");
    tick("b").await;
    r.len() + k + junk.len()
}
