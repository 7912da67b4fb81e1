// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): a range `&(0..n)` borrowed by an awaited coroutine call. E0505 "cannot move out of
// value because it is borrowed" at the attribute (the state holds `Range<i64>`). The same for `&match n { .. }`, `&loop { break vec![n]; }`,
// `&unsafe { vec![n] }` (E0505) and `&const { [1i64; 3] }` (E0716): `makes_temporaries`' fallback `_ => true`; `&{ vec![n] }` passes.
fn f() -> i64 {
    let n = 3i64;
    cnt(&(0..n)).await
}
#[co] fn cnt(r: &std::ops::Range<i64>) -> i64 { tick("c").await; r.end - r.start }
