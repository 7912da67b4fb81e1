// args:
// `#[cfg(any())] println!("{}", take(t));` is compiled out: `t` is not moved, it drops at the scope's end after the await.
fn f() -> i64 {
    let t = Tracked::new("t");
    #[cfg(any())]
    println!("{}", take(t));
    tick("a").await;
    log("end");
    1
}
