// args: 2
// MIN (lint, change 3 syntax/pattern.rs; passed before): a let-bound `MAX` makes `MAX` a binding everywhere, so the
// nested block's own `const MAX` read is taken for it.  coro warns `5: unused variable MAX`, async fn does not.
fn f(k: i64) -> i64 {
    #[allow(non_snake_case)]
    let MAX = 5i64;
    log_i(MAX);
    tick("a").await;
    let inner = { const MAX: i64 = 3; k + MAX };
    inner
}
