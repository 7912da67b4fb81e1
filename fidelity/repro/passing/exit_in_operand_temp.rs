// args:
// class exit-in-operand: a `return` that awaits, in an operand after a hoisted operand with drop glue.
fn f() -> i64 {
    let v: Vec<Tracked> = vec![Tracked::new("t36"), { if true { return ready("r37", 0).await; } Tracked::new("t38") }];
    v.len() as i64
}
