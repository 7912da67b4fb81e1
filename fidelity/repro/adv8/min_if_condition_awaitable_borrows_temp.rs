// args:
// MIN (refusal E0505): an `if` condition (or an `else if`, or a `match` arm's non-block expression) awaiting an
// awaitable that borrows a temporary: `if weigh(&Tracked::new("c"), 1).await > 4 { .. }`: "cannot move out of value
// because it is borrowed .. `&mut __CoroState<..>`" (the same in a block tail or `let` passes). Found by
// 134_else_if_chain_awaited_conditions.rs (variants: `match i { 5 => 1, _ => weigh(&Tracked::new("c"), 1).await }`, `while weigh(..).await < 7`,
// a guard `Some(n) if weigh(&Tracked::new("w"), n).await > 3 =>`, `if c && weigh(&Tracked::new("w"), 1).await > 2`).
fn f() -> i64 {
    let mut n = 0;
    if weigh(&Tracked::new("c"), 1).await > 4 { n += 2; }
    n
}
