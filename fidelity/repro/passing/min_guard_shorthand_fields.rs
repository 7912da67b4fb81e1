// args:
// MIN (refusal): a struct pattern with shorthand fields `P2 { x, y }` in a match whose guard awaits:
// "this `match` with `.await` in a guard could not be rewritten (expected identifier or integer)".
fn f() -> i64 {
    match Some(P2 { x: 1, y: 2 }) {
        Some(P2 { x, y }) if ready("g", x).await > 0 => x + y,
        _ => 0,
    }
}
