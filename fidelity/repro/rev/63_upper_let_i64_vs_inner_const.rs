// args: 2
// A local `MAX` (i64, not used after the await); a later non-suspending block declares its own `const MAX` and reads it.
fn f(k: i64) -> i64 {
    #[allow(non_snake_case)]
    let MAX = 5i64;
    log_i(MAX);
    tick("a").await;
    let inner = { const MAX: i64 = 3; k + MAX };
    inner
}
