// args: 2
// NEW (silent; limit 2 says the operands of `format!` and the print family drop inside the macro). An awaited
// value that is itself a format argument (`println!("{:?}", fetch().await)`, `format!("{:?}", x.await)`, a
// named argument `format!("{m:?}", m = x.await)`, `print!`, `log(format!(..))`, `write!(s, "{:?}", x.await)`,
// `writeln!`, `eprintln!`, `format_args!`, and `assert_eq!(x.await, 1)` / `assert_ne!` as in tests) is dropped at the next suspension
// of a later statement instead of when the macro's statement ends: coro ["new m", "poll m", "poll m", "new a",
// "drop m", "poll x" ..], async fn ["new m", "poll m", "poll m", "drop m", "new a", "poll x" ..]; in
// `log(format!("{:?}", x.await))` the call `log` even runs before the drop (in Rust after). A method call on the
// awaited value (`format!("{}", x.await.name())`), `&x.await` and field `x.await.0` are right. Ports of asyncio
// programs print awaited results like this all the time.
// Probably the mechanism of min_matches_awaited_scrutinee_dropped_late.rs (an awaited value as a std macro's
// operand); the same operands as plain code (`consume(&x.await, 1)`, `x.await == 1`, `show(&x.await)`) are right.
// Likely lower/macro_args.rs (`own_temporary_scope` operands: an awaited operand is a value bound for the
// format_args borrow, but not dropped at the end of the macro's own statement).
// Workaround: bind it (`let r = fetch().await; println!("{:?}", r);`) or `println!("{:?}", &fetch().await)`.
fn f(k: i64) -> i64 {
    println!("{:?}", ready("m", Tracked::new("m")).await);
    let a = Tracked::new("a");
    tick("x").await;
    a.len() + k
}
