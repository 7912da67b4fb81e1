// args: 1
// MIN (refusal, change 1 check/configured.rs; passed before): `#[cfg]` on a statement inside a closure, which the
// transform does not cut at suspensions and where the cfg'd `let` names no coroutine binding, is refused.
// error: `#[cfg]` on code in the body of `f` is not supported: ...
fn f(k: i64) -> i64 {
    let g = |x: i64| {
        #[cfg(debug_assertions)]
        let x = x + 1;
        x * 2
    };
    tick("a").await;
    g(k)
}
