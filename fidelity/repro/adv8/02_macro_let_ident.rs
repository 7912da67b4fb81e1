// args:
// A `bind!(name = expr)` macro expanding to `let name = expr;`; the binding is used after a later `.await`.
fn f() -> i64 {
    macro_rules! bind { ($n:ident = $e:expr) => { let $n = $e; }; }
    bind!(conn = Tracked::new("conn"));
    tick("connect").await;
    let n = conn.len();
    let c = ready("count", n).await;
    bind!(count = c + 1);
    tick("after").await;
    count + conn.len()
}
