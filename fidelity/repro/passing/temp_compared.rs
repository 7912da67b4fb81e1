// args:
// class temp-compared: a temporary compared with an integer lives to the end of its statement (Rust borrows both operands of a comparison), and so do those inside `matches!`/`assert_eq!` in an operand, across a later await of the statement.
fn f() -> i64 {
    let a: i64 = i64::from(Tracked::new("c1") < ready("r1", 3).await) + ready("r2", 1).await;
    let b: i64 = i64::from(ready("r3", 2).await == Tracked::new("c2")) + ready("r4", 1).await;
    let c: i64 = i64::from(matches!(Tracked::new("c3").len(), 2)) + ready("r5", 1).await;
    let d: i64 = (assert_eq!(Tracked::new("c4").len(), 2), ready("r6", 4).await).1;
    if Tracked::new("c5") != ready("r7", 1).await {
        log_i(1);
    }
    a + b + c + d
}
