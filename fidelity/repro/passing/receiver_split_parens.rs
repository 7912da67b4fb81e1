// args: Tracked::new("arg0"), Tracked::new("arg1")
// the receiver rule's split of a temporary receiver (`P2 { .. }.sum()`, a user `&self` method named like a consumer) in a parenthesised `match` scrutinee, an operand after an await: the user's parentheses were `unused_parens` only in the coroutine (program seed 15448682530226062800); the split drops them with the struct literal.
fn f(a0: Tracked, mut a1: Tracked) -> i64 {
    let p24: Pair = Pair { a: ready("r1", if ready("r2", true).await {
        let h3 = || take(a0);
        let tv4: Tracked = a1;
        tv4
    } else {
        ready("r5", Tracked::new("t6")).await
    }).await, b: if Tracked::new("tmp7") >= ready("r8", 5).await {
        log_i(1);
        ready("r9", ready("r10", ready("r11", ready("r12", ready("r13", Tracked::new("t14")).await).await).await).await).await
    } else {
        let tv23: Tracked = ready("r18", ready("r19", ready("r20", ready("r21", Tracked::new("t22")).await).await).await).await;
        tv23
    } };
    let tv33: i64 = i64::from(ready_after("r27", 2, 9).await == Tracked::new("tmp26")) + match (P2 { x: p24.b.len(), y: 5 }.sum()) { 2 => {
        Tracked::new("tmp28").plus(ready("r29", 1).await)
    }, m30 if m30 > take(Tracked::new("t31")) => {
        0
    }, _ => {
        0
    } };
    log_pair(&p24);
    tv33
}
