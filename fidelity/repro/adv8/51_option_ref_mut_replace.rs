// args:
// `if let Some(ref mut t) = slot` replacing the Tracked through it after an await (old value dropped at the assignment).
fn f() -> i64 {
    let mut slot = Some(Tracked::new("old"));
    if let Some(ref mut t) = slot {
        tick("a").await;
        *t = Tracked::new("new");
        tick("b").await;
    }
    let mut p = pair_of("pa", "pb");
    p.a = ready("ra", Tracked::new("pa2")).await;
    tick("c").await;
    opt_len(&slot) + p.a.len() + p.b.len()
}
