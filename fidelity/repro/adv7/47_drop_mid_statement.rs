// args:
// `drop(x)` inside a block in an operand, mid-statement, with an await later in the same statement.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let n = { drop(a); 1 } + ready("r", 2).await + { let l = b.len(); drop(b); l };
    tick("after").await;
    let c = Tracked::new("c");
    let m = add3({ drop(c); 5 }, ready("s", 6).await, 7);
    n * 100 + m
}
