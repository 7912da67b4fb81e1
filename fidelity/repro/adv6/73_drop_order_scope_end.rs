// args:
// Drop order at scope end with many locals declared before/after awaits, inner blocks, a moved-out one, and a reassigned one.
fn f() -> i64 {
    let a = Tracked::new("a");
    let mut b = Tracked::new("b");
    tick("1").await;
    let c = Tracked::new("c");
    {
        let d = Tracked::new("d");
        tick("2").await;
        let _e = Tracked::new("e");
        let _ = take(d);
    }
    b = Tracked::new("b2");
    tick("3").await;
    let f = (Tracked::new("f1"), Tracked::new("f2"));
    let n = take(c);
    tick("4").await;
    n + a.len() + b.len() + f.1.len()
}
