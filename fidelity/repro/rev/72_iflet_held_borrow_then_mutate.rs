// args:
// `if let Some(_) = first(&v, ready(..).await) { .await; v.push(..) }`: the held Option<&Tracked> has no drop glue, so
// Rust lets the then branch mutate `v`.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a")];
    if let Some(_) = first(&v, ready("i", 0usize).await) {
        tick("t").await;
        v.push(Tracked::new("b"));
    } else {
        tick("e").await;
    }
    v.len() as i64
}
fn first(v: &[Tracked], i: usize) -> Option<&Tracked> { v.get(i) }
