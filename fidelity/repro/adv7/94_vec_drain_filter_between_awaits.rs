// args:
// `drain(..2)` iterated with an await per item (the Drain held across awaits), then `extend` from an awaited Vec; `split_off`.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c"), Tracked::new("d")];
    let mut n = 0;
    for t in v.drain(..2) {
        n += ready("drained", t.len()).await;
    }
    tick("after-drain").await;
    v.extend(ready("more", vec![Tracked::new("e")]).await);
    let tail = v.split_off(1);
    tick("split").await;
    n * 100 + v.ilen() * 10 + tail.ilen()
}
