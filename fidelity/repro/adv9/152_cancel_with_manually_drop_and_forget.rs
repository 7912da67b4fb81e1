// args: 1
// `ManuallyDrop` and `mem::forget` of Tracked values around awaits (a forgotten value never logs its drop).
fn f(k: i64) -> i64 {
    let md = std::mem::ManuallyDrop::new(Tracked::new("manual"));
    let t = Tracked::new("forgotten");
    tick("a").await;
    std::mem::forget(t);
    let keep = Tracked::new("keep");
    let n = ready("b", md.len() + k).await;
    let inner = std::mem::ManuallyDrop::into_inner(md);
    tick("c").await;
    n + inner.len() + keep.len()
}
