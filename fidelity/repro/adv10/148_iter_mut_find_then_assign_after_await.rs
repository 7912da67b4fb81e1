// args: 2
// `if let Some(slot) = v.iter_mut().find(..)` then assigning through it after an await; `last_mut`, `first_mut`.
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    if let Some(slot) = v.iter_mut().find(|t| t.name().len() as i64 == k) {
        let new = ready("new", Tracked::new("found")).await;
        *slot = new;
    }
    if let Some(last) = v.last_mut() {
        tick("last").await;
        *last = Tracked::new("last");
    }
    let first = v.first_mut().unwrap();
    let old = std::mem::replace(first, ready("first", Tracked::new("first")).await);
    tick("end").await;
    old.len() * 10 + v.iter().map(|t| t.len()).sum::<i64>()
}
