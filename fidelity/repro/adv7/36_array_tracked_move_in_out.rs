// args:
// `[Tracked; 3]` moved into a #[co] fn and returned rearranged; destructured `let [a, b, c] = arr;` then awaited between uses.
fn f() -> i64 {
    let arr = [Tracked::new("x"), Tracked::new("yy"), Tracked::new("zzz")];
    let rotated = rotate(arr).await;
    tick("back").await;
    let [a, b, c] = rotated;
    let n = ready("a", a.len()).await;
    drop(b);
    tick("dropped b").await;
    n * 100 + c.len()
}
#[co] fn rotate(arr: [Tracked; 3]) -> [Tracked; 3] {
    let [p, q, r] = arr;
    tick("rot").await;
    log(format!("rot {} {} {}", p.name(), q.name(), r.name()));
    [q, r, p]
}
