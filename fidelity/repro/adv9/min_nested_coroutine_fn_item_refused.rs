// args: 2
// REFUSAL: a `#[coro::coroutine] fn` item declared inside a coroutine's body (the async twin: a nested `async fn`)
// is refused: "'await' outside async function: this `.await` is in a nested fn, which is not part of coroutine `f`",
// with the help "mark the nested fn #[coro::coroutine] too, and await its call" although it is marked. The same for
// a #[coro::coroutine] method in an `impl` block inside the body ("nested `impl` item"). The async fn compiles.
fn f(k: i64) -> i64 {
    #[co] fn helper(n: i64) -> i64 {
        tick("helper").await;
        n * 3
    }
    helper(k).await
}
