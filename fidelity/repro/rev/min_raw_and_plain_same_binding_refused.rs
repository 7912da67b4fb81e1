// args:
// MIN (refusal; change 9 incomplete, refused before too (a panic then)): `r#n` and `n` are one identifier, but the
// transform keys bindings by text, so `n` after the suspension does not find the binding declared `r#n` (without a home it passes)
// (also 45: E0505/E0597; 59: `let v; let r#v;` homed gives a duplicate field `__coro_home_v`; 77: `r#x` of a plain `x`).
// error[E0425]: cannot find value `n` in this scope
fn f() -> i64 {
    let r#n = Tracked::new("a");
    let p = &r#n;
    tick("a").await;
    p.len() + n.len()
}
