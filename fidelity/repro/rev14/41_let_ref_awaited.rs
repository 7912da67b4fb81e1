// args: 2
fn f(k: i64) -> i64 {
    let ref r = ready("a", Tracked::new("a")).await;
    let ref q = (Tracked::new("q"), ready("b", k).await);
    tick("x").await;
    let ref mut z = ready("z", k).await;
    *z += 1;
    r.len() + q.1 + *z
}
