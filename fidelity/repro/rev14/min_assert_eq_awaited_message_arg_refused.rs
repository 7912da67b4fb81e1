// args: 2
// REFUSAL (pre-existing, same at 94607c7; in the area of afb043a lower/macro_args.rs). `assert_eq!(a.await, 1,
// "{}", m.await)` (an awaited operand in the message arguments) is E0505 "cannot move out of value because
// it is borrowed" + E0716 on `__CoroState`, pointing at the attribute. `assert_eq!(a.await, b.await)` passes.
fn f(k: i64) -> i64 {
    assert_eq!(ready("e", Tracked::new("e")).await, 1, "{}", ready("m", 0).await);
    tick("x").await;
    k
}
