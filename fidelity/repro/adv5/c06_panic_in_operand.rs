// args: 1
// A panic in a later operand of a call after earlier operands made Tracked values and temporaries.
fn f(n: i64) -> i64 {
    let a = Tracked::new("a");
    let r = take2(Tracked::new("first"), checked(n).await);
    tick("between").await;
    let s = add3(Tracked::new("tmp").len(), checked(n + 1).await.len(), a.len());
    r + s
}

#[co] fn checked(n: i64) -> Tracked {
    tick("checked").await;
    if n == 2 {
        panic!("checked {n}");
    }
    Tracked::new("ok")
}
