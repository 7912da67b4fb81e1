// args: 2
// A closure shadowing a closure of the same name and calling the previous one (`let g = |x| g(x) + 1;`), across
// awaits; and a binding shadowed by an expression that reads the previous binding after an await.
fn f(k: i64) -> i64 {
    let g = |x: i64| x * 2;
    let g = move |x: i64| g(x) + 1;
    tick("a").await;
    let g = move |x: i64| g(x) * 10;
    let t = Tracked::new("t1");
    let t = (t, ready("b", k).await);
    let t = Tracked::new(if t.1 > 1 { "big" } else { "small" }).len() + t.0.len();
    tick("c").await;
    g(k) + t
}
