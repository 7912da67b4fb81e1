// args:
// `Vec<Option<Tracked>>` slots: `iter_mut().find_map(|o| o.take())` between awaits; `position` then `swap_remove`.
fn f() -> i64 {
    let mut slots = vec![None, Some(Tracked::new("s1")), None, Some(Tracked::new("s3"))];
    let first = slots.iter_mut().find_map(|o| o.take());
    tick("a").await;
    let idx = slots.iter().position(|o| o.is_some());
    let n = ready("idx", idx.unwrap_or(99)).await as i64;
    let removed = slots.swap_remove(n as usize);
    tick("b").await;
    log(format!("{:?}", slots.iter().map(|o| o.as_ref().map(|t| t.name())).collect::<Vec<_>>()));
    n * 100 + first.map_or(0, |t| t.len()) * 10 + removed.map_or(0, |t| t.len())
}
