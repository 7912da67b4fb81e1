// args:
// class block-in-operand (and await-call-arg, await-condition, exit-in-operand): E0282 once, the join after the `if` was typed after its arm.
fn f() -> i64 {
        if let Some(t35) = Some(if 0 < 0 {
            tick("r31").await;
            Tracked::new("t32")
        } else {
            println!("{}", ready("r33", 0).await);
            Tracked::new("t34")
        }) {
            log(t35.name());
        }
    0
}
