// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): `&[n; 2]` borrowed by an awaited coroutine call. E0716 at the attribute.
fn f() -> i64 {
    let n = 1;
    count(&[n; 2]).await
}
#[co] fn count(s: &[i64]) -> i64 { tick("c").await; s.len() as i64 }
