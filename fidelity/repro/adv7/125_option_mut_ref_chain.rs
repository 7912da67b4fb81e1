// args:
// `Option<&mut T>` produced by `iter_mut().find(..)`, `last_mut()`, `get_mut(i)` and written through after awaits.
fn f() -> i64 {
    let mut v = vec![P2 { x: 1, y: 1 }, P2 { x: 5, y: 0 }, P2 { x: 9, y: 2 }];
    let _g = Tracked::new("g");
    if let Some(p) = v.iter_mut().find(|p| p.x > 3) {
        p.y += ready("y", 10).await;
    }
    if let Some(last) = v.last_mut() {
        tick("last").await;
        last.x *= 2;
    }
    let k = ready("k", 0usize).await;
    match v.get_mut(k) {
        Some(p) => { p.x = ready("x", 100).await; }
        None => {}
    }
    v.iter().map(|p| p.sum()).sum()
}
