// args:
// MIN (refusal, found by hborrow from e11): a temporary borrowed by an awaited call's argument
// (`measure(&String::from("xy")).await`) after an operand evaluated first (`v.len() as i64 + ..`):
// E0505 "cannot move out of value because it is borrowed" naming the state (the temporary is moved
// into the variant while the awaitee borrows it). Without the operand before it, it compiles.
fn f() -> i64 {
    let v = vec![1];
    v.len() as i64 + measure(&String::from("xy")).await
}
#[co] fn measure<S: AsRef<str>>(s: S) -> i64 {
    tick("measure").await;
    s.as_ref().len() as i64
}
