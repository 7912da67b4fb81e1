// args: 2
fn f(k: i64) -> i64 {
    let a = apply(|x| x + 1, k).await;
    a
}
#[co] fn apply<F: Fn(i64) -> i64 + Clone>(g: F, k: i64) -> i64 {
    let t = Tracked::new("t");
    let n = g.clone()(ready("a", k).await) + ready("b", t.len()).await;
    let m = wrap(g)(ready("c", 1).await);
    n + m
}
fn wrap<F: Fn(i64) -> i64>(g: F) -> impl Fn(i64) -> i64 { move |x| g(x) * 2 }
