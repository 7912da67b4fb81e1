// args:
// MIN (refusal: the transform PANICS, NEW): `matches!` whose scrutinee is an expression with
// a struct literal (`P2 { x: 1, y: 2 }.sum()`) and whose guard or scrutinee awaits:
// `matches!(P2 { x: 1, y: 2 }.sum(), m if m < ready("r", 5).await)`, also
// `matches!(P2 { x: 1, y: ready("r", 2).await }.sum(), 3)`.
// coro: error: internal error of #[coro::coroutine] (a bug, please report this body): the
// transform panicked: expected `=>`; async fn: compiles, runs. Parenthesised,
// `matches!((P2 { x: 1, y: 2 }.sum()), m if ..)`, passes; without a suspension in it,
// passes. Likely transform file: macros/transform/src/guarded_matches.rs (writing
// `matches!(e, p)` as `match e { p => true, _ => false }` puts a struct literal in scrutinee
// position unparenthesised, which then does not parse: wrap the scrutinee in parentheses).
// Generator: --classes ci,format-await-arg,matches-struct-lit (class `matches-struct-lit`).
fn f() -> i64 {
    log_i(i64::from(matches!(P2 { x: 1, y: 2 }.sum(), m if m < ready("r", 5).await)));
    0
}
