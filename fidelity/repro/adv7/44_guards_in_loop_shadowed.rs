// args:
// Guards created in a loop, shadowed in nested scopes within the iteration; drop order at scope ends and at `continue`.
fn f() -> i64 {
    let mut n = 0;
    for i in 0..3 {
        let g = Tracked::new("loop");
        {
            let g = Tracked::new("shadow1");
            tick("inner").await;
            let g = Tracked::new("shadow2");
            n += g.len();
        }
        if i == 1 {
            tick("skip").await;
            continue;
        }
        let g2 = ready("g2", Tracked::new("g2")).await;
        n += g.len() + g2.len();
    }
    n
}
