// args:
// An expression macro whose expansion is a block with its own guard (`timed!(expr)` logs around it), result used after awaits.
fn f() -> i64 {
    macro_rules! timed { ($name:expr, $e:expr) => {{ let _t = Tracked::new($name); let v = $e; log("timed done"); v }}; }
    let x = timed!("t1", 4 + 5);
    tick("a").await;
    let y = timed!("t2", x * 2) + ready("r", 1).await;
    let s = Tracked::new("s");
    let z = timed!("t3", s.len());
    tick("b").await;
    x + y + z
}
