// args:
// MIN (refusal, change 7 signature.rs; passed before): `x: &impl ILen` in a coroutine with homes becomes
// `&impl ILen + '__coro_h` without parentheses (also `&mut impl Iterator<..>`, `Option<&impl ..>`, 35, 61).
// error: ambiguous `+` in a type
fn f() -> i64 {
    let s = String::from("abc");
    g(&s).await
}
#[co] fn g(x: &impl ILen) -> i64 {
    let n = 1i64;
    let r = &n;
    tick("a").await;
    x.ilen() + *r
}
