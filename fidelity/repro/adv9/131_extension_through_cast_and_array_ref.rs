// args: 1
// Extension through a cast to `&dyn Debug` and `&[make(), make()]` of non-promotable elements, used after awaits.
fn f(k: i64) -> i64 {
    let d = &Tracked::new("dyn") as &dyn std::fmt::Debug;
    let s = &[Tracked::new("s0"), Tracked::new("s1")];
    tick("t").await;
    show(&d) + s.len() as i64 + k
}
