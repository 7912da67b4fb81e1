// args: 1
// Labelled block whose `if` conditions await, breaking with values built from guards; a `matches!` in a `while` condition with an await.
fn f(c: i64) -> i64 {
    let _g = Tracked::new("outer");
    let v = 'blk: {
        let a = Tracked::new("a");
        if ready("c1", c == 0).await { break 'blk a.len(); }
        let b = Tracked::new("b");
        if ready("c2", c == 1).await { break 'blk a.len() + b.len() * 10; }
        tick("fall").await;
        0
    };
    let mut i = 0;
    while matches!(ready("w", i).await, 0..=1) { i += 1; }
    v * 10 + i
}
