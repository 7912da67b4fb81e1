// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): `&mut [0u8, 0]`, a mutable borrow of an array of literals, as an argument of an awaited coroutine call.
// E0716 "temporary value dropped while borrowed" at the `&mut [..]`. Guess: syntax/expr.rs `is_constant` takes an array of literals to be promoted to a
// `static` ("Rust may promote a reference to one"), which holds for `&[..]` but never for `&mut [..]`, so the temporary is not bound before the statement.
fn f() -> i64 {
    fill(&mut [0u8, 0]).await
}
#[co] fn fill(buf: &mut [u8]) -> i64 {
    tick("fill").await;
    buf[0] = 7;
    buf.len() as i64
}
