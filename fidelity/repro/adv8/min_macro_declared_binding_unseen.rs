// args:
// MIN (refusal E0425): a binding declared by a statement macro's expansion (`bind!(x = e)` -> `let x = e;`) and used
// after a later `.await`: "cannot find value `x` in this scope". Found by 02_macro_let_ident.rs.
fn f() -> i64 {
    macro_rules! bind { ($n:ident = $e:expr) => { let $n = $e; }; }
    bind!(x = 5);
    tick("a").await;
    x
}
