// args:
// `slot.get_or_insert_with(|| Tracked::new(..))` and `Option::insert` returning `&mut` held across awaits; `replace`.
fn f() -> i64 {
    let mut slot: Option<Tracked> = None;
    let t = slot.get_or_insert_with(|| Tracked::new("lazy"));
    tick("a").await;
    let n = t.len();
    let u = slot.insert(Tracked::new("inserted"));
    tick("b").await;
    let m = u.len();
    let old = slot.replace(ready("r", Tracked::new("replaced")).await);
    tick("c").await;
    n * 100 + m * 10 + opt_len(&old)
}
