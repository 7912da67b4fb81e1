// args:
// MIN (refusal, NEW; same cause as min_array_repeat_temp_borrowed.rs): `&[n; 2]` borrowed by an awaited coroutine call. E0716 at the attribute.
fn f() -> i64 {
    let n = 1;
    count(&[n; 2]).await
}
#[co] fn count(s: &[i64]) -> i64 { tick("c").await; s.len() as i64 }
