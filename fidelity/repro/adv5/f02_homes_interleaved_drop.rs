// args:
// Interleaved locals, some borrowed across awaits (homed) and some not, dropped at scope ends and on cancel.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    let n1 = weigh(&b, 1).await;
    let d = Tracked::new("d");
    {
        let e = Tracked::new("e");
        let f2 = Tracked::new("f");
        let n2 = weigh(&f2, 2).await;
        let g = Tracked::new("g");
        tick("inner").await;
        log(format!("{} {} {}", e.name(), g.name(), n2));
    }
    let h = Tracked::new("h");
    let n3 = weigh(&a, 3).await + weigh(&h, 4).await;
    tick("end").await;
    n1 + n3 + c.len() + d.len()
}
