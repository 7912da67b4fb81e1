// args:
// `if let Some(Some(t)) = slot.take()` with awaits in both branches, `Option<Option<Tracked>>` refilled; `while let Some(t) = stack.pop()` with pushes.
fn f() -> i64 {
    let mut slot: Option<Option<Tracked>> = Some(Some(Tracked::new("inner")));
    let mut n = 0;
    for i in 0..3 {
        if let Some(Some(t)) = slot.take() {
            n += ready(t.name(), t.len()).await;
        } else {
            tick("refill").await;
            slot = Some(if i == 1 { None } else { Some(Tracked::new("again")) });
        }
    }
    let mut stack = vec![Tracked::new("s1")];
    while let Some(t) = stack.pop() {
        if t.len() < 4 { stack.push(Tracked::new("s222")); }
        tick(t.name()).await;
        n += 1;
    }
    n
}
