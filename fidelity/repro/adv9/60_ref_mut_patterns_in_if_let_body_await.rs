// args: 3
// `if let Some(ref mut x)`, `let ref mut`, and `match` with `ref mut` bindings updated with awaited values.
fn f(k: i64) -> i64 {
    let mut slot = Some(Tracked::new("old"));
    if let Some(ref mut t) = slot {
        *t = ready("new", Tracked::new("new")).await;
        log(format!("now {}", t.name()));
    }
    let mut counts = (0i64, 0i64);
    let (ref mut a, ref mut b) = counts;
    *a += ready("a", k).await;
    *b += 2;
    match slot {
        Some(ref mut t) if t.len() == 3 => { tick("arm").await; *t = Tracked::new("arm"); }
        _ => {}
    }
    counts.0 * 10 + counts.1 + opt_len(&slot)
}
