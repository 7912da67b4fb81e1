// args:
// A coroutine returning impl Debug, unit with bare return, lifetimes.
fn f() -> impl std::fmt::Debug {
    let a = pick("left", "right-side", true).await;
    side_effect(2).await;
    side_effect(0).await;
    (a.len(), a)
}

#[co] fn pick<'a>(x: &'a str, y: &'a str, first: bool) -> &'a str {
    tick("pick").await;
    if first { x } else { y }
}
#[co] fn side_effect(n: i64) {
    let _t = Tracked::new("se");
    if n == 0 {
        return;
    }
    tick("se").await;
    log(format!("did {n}"));
}
