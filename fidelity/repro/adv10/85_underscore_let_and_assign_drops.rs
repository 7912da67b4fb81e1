// args: 2
// `let _ = x.await;` drops at once, `let _g = ..` keeps, `_ = f().await;` assignment, `let _ = t;` of a binding.
fn f(k: i64) -> i64 {
    let _ = ready("a", Tracked::new("a")).await;
    let _g = ready("g", Tracked::new("g")).await;
    _ = ready("b", Tracked::new("b")).await;
    let t = Tracked::new("t");
    let _ = t;
    tick("mid").await;
    let (_, x) = ready("pair", (Tracked::new("p0"), Tracked::new("p1"))).await;
    tick("end").await;
    let _ = Tracked::new("plain");
    t.len() + x.len() + k
}
