// args:
// `let Some(t) = first(&v, ready(..).await) else { v.push(..); .await; return }`.
fn f() -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    let Some(t) = first(&v, ready("i", 0usize).await) else {
        v.push(Tracked::new("b"));
        tick("e").await;
        return v.len() as i64;
    };
    tick("t").await;
    t.len()
}
fn first(v: &[Tracked], i: usize) -> Option<&Tracked> { v.get(i) }
