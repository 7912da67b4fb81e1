// args:
// drop(x) and std::mem::drop before awaits; let _ = and let _x = with awaits.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    drop(a);
    tick("t1").await;
    let _ = ready("r", Tracked::new("ignored")).await;
    let _kept = ready("r2", Tracked::new("kept")).await;
    std::mem::drop(b);
    tick("t2").await;
    let c = Tracked::new("c");
    let n = c.len();
    let _ = c;
    tick("t3").await;
    n
}
