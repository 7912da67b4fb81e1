// args: 1
// Three levels of #[co] calls, each with a guard, a borrowed argument and a temporary beside the awaited call; cancelled at every poll.
fn f(k: i64) -> i64 {
    let _top = Tracked::new("top");
    let data = vec![Tracked::new("d0"), Tracked::new("d1")];
    let r = Tracked::new("tmp-top").len() + level1(&data, k).await;
    tick("top-end").await;
    r
}
#[co] fn level1(d: &[Tracked], k: i64) -> i64 {
    let _g1 = Tracked::new("g1");
    let x = level2(&d[0], k).await;
    x + Tracked::new("tmp1").len() + level2(&d[1], k + 1).await
}
#[co] fn level2(t: &Tracked, k: i64) -> i64 {
    let _g2 = Tracked::new("g2");
    tick(t.name()).await;
    let w = weigh(t, k).await;
    if k > 1 { return w * 10; }
    w
}
