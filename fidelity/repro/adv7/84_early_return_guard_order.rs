// args: 2
// Early returns at several depths with guards declared before and after nested awaits; return value built from guards.
fn f(mode: i64) -> i64 {
    let a = Tracked::new("a");
    let r1 = step(&a, mode, 0).await;
    let r2 = step(&a, mode, 1).await;
    let r3 = step(&a, mode, 2).await;
    r1 * 100 + r2 * 10 + r3
}
#[co] fn step(base: &Tracked, mode: i64, k: i64) -> i64 {
    let g1 = Tracked::new("g1");
    if k == 0 { return g1.len(); }
    let v = ready("v", k).await;
    let g2 = Tracked::new("g2");
    if v == mode {
        let g3 = Tracked::new("g3");
        tick("deep").await;
        return g3.len() + g2.len() + base.len();
    }
    tick("shallow").await;
    g1.len() + g2.len() * 2
}
