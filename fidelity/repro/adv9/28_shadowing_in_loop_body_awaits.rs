// args: 2
// Repeated shadowing of a Tracked binding in a loop body with awaits between; shadowed values drop at body end.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..k {
        let x = Tracked::new("x1");
        let x = (x, ready("a", i).await);
        let x = Tracked::new(if x.1 > 0 { "x2" } else { "x3" });
        tick("b").await;
        let x = x.len();
        s += x;
    }
    s
}
