// args:
// Assignments whose right side awaits: the old value drops after the await (`x = f().await`, `v[i] = ..`, `s.f = ..`, `*r = ..`, `opt = None`).
fn f() -> i64 {
    let mut x = Tracked::new("x0");
    x = ready("x", Tracked::new("x1")).await;
    let mut v = vec![Tracked::new("v0"), Tracked::new("v1")];
    v[1] = ready("v", Tracked::new("v1b")).await;
    let mut p = Pair { a: Tracked::new("pa"), b: Tracked::new("pb") };
    p.b = ready("p", Tracked::new("pb2")).await;
    let mut slot = Tracked::new("slot0");
    {
        let r = &mut slot;
        *r = ready("r", Tracked::new("slot1")).await;
    }
    let mut opt = Some(Tracked::new("opt"));
    tick("before-none").await;
    opt = None;
    tick("after-none").await;
    x.len() + v[1].len() + p.b.len() + slot.len() + opt.is_none() as i64
}
