// args:
// One name shadowed many times across nested blocks and awaits, each a Tracked (all dropped at their scopes' ends, in reverse).
fn f() -> i64 {
    let g = Tracked::new("g1");
    let n1 = g.len();
    let g = { tick("a").await; Tracked::new("g2") };
    {
        let g = Tracked::new("g3");
        tick("b").await;
        let g = ready("c", Tracked::new("g4")).await;
        log(g.name());
    }
    let n2 = g.len();
    let g = (g, Tracked::new("g5"));
    tick("d").await;
    n1 + n2 + g.1.len()
}
