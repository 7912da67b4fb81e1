// args:
// MIN (refusal): a binding borrowed across an `.await` (held by the machine) passed to a user macro's `$v:ident` matcher:
// "no rules expected `(`" (the input's `v` is rewritten to an expression). Found by 135_homed_binding_as_macro_ident.rs. Also: a homed `x` in a struct shorthand inside a macro input,
// `m!(P2 { x, y: 5 })`: "expected identifier, found `(`".
fn f() -> i64 {
    macro_rules! bump { ($v:ident) => { $v.push(1); }; }
    let mut v = vec![1i64];
    let r = &v;
    tick("a").await;
    let first = r[0];
    bump!(v);
    first + v.ilen()
}
