// args:
// Shadowing a Tracked binding several times across awaits (old ones stay alive to scope end), block expressions as values holding temporaries.
fn f() -> i64 {
    let x = Tracked::new("x1");
    let n = ready("a", x.len()).await;
    let x = Tracked::new("x22");
    let n = {
        let tmp = Tracked::new("tmp");
        let m = ready("b", tmp.len()).await;
        n + m + x.len()
    };
    let x = (x, Tracked::new("x3"));
    tick("c").await;
    let y = { let (p, q) = x; tick("d").await; take(q) + p.len() };
    n * 100 + y
}
