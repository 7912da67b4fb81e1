// args:
// Variant of 72 without an else and with a ref binding used only before the await.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a")];
    if let Some(t) = first(&v, ready("i", 0usize).await) {
        log(t.name());
        tick("t").await;
        v.push(Tracked::new("b"));
    }
    v.len() as i64
}
fn first(v: &[Tracked], i: usize) -> Option<&Tracked> { v.get(i) }
