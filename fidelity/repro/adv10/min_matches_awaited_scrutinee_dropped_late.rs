// args: 2
// NEW (silent). `matches!(x.await, P)` as a `let` value or inside `assert!`: Rust drops the awaited
// scrutinee (a temporary of the statement) at the statement's `;`, before `new a`. The coroutine keeps it
// to the next suspension of a later statement: coro log [.. "poll m", "new a", "drop m", "poll x" ..],
// async fn [.. "poll m", "drop m", "new a", "poll x" ..]. Same with `assert!(matches!(x.await, P))`
// (81); `if matches!(..)`, `while !matches!(..)`, `debug_assert!(matches!(..))` and the hand-written
// `match x.await { P => true, _ => false }` are right.
// Likely lower/temp_syntax.rs `macro_operands` ("matches" whose pattern binds nothing: At::Place), the operand held
// as a statement temporary that is not dropped at the statement end. Also `vec![matches!(..)]`, `1 + matches!(..) as i64`.
// Workaround: bind the value first (`let v = x.await; let b = matches!(v, P); drop(v);`) or write the `match`.
fn f(k: i64) -> i64 {
    let b = matches!(ready("m", opt_trk("m", k > 1)).await, Some(_));
    let a = Tracked::new("a");
    tick("x").await;
    b as i64 + a.len()
}
