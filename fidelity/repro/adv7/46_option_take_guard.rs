// args:
// A guard stored in `Option` and `take()`n mid-loop; `Option::replace`, `get_or_insert_with` across awaits.
fn f() -> i64 {
    let mut slot: Option<Tracked> = None;
    let mut total = 0;
    for i in 0..4 {
        if slot.is_none() {
            slot = Some(ready("fill", Tracked::new("filled")).await);
        }
        if i % 2 == 1 {
            let t = slot.take();
            tick("took").await;
            total += t.map_or(0, |t| t.len());
        }
    }
    let prev = slot.replace(Tracked::new("replacement"));
    tick("replaced").await;
    let r = slot.get_or_insert_with(|| Tracked::new("never")).len();
    total * 100 + r + prev.map_or(0, |t| t.len())
}
