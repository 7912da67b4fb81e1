// args: 1
// Option::insert / get_or_insert_with / replace / take on a Tracked slot with awaited values between.
fn f(k: i64) -> i64 {
    let mut slot: Option<Tracked> = None;
    let a = slot.get_or_insert_with(|| Tracked::new("lazy")).len();
    let old = slot.replace(ready("rep", Tracked::new("rep")).await);
    log(format!("old {:?}", old.as_ref().map(|t| t.name())));
    let b = slot.insert(Tracked::new("ins")).len() + ready("b", k).await;
    let taken = slot.take();
    tick("t").await;
    a + b + taken.map_or(0, |t| t.len()) + opt_len(&slot)
}
