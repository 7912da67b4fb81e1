// args:
// `#[allow(unused_variables)]` / `#[allow(unused_mut)]` on lets of bindings kept across awaits (guards, scratch).
fn f() -> i64 {
    #[allow(unused_variables)]
    let guard = Tracked::new("guard");
    #[allow(unused_mut)]
    let mut n = ready("n", 3).await;
    tick("a").await;
    n
}
