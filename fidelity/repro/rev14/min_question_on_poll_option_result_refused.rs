// args: 2
// REFUSAL (gap in a26f22a, runtime/src/machine.rs). `?` on `Poll<Option<Result<T, E>>>` (std's Try, used by
// Stream::poll_next code) inside a coroutine is E0277 "the trait bound `Poll<Option<Result<i64, String>>>:
// coro::__private::Branch` is not satisfied", naming coro's private trait; `Poll<Result<..>>` and ControlFlow
// now work. Needs Branch for Poll<Option<Result<T, E>>> and FromResidual for Poll<Option<Result<T, F>>>.
fn f(k: i64) -> Result<i64, String> {
    let c: std::task::Poll<Option<i64>> = po(k)?;
    tick("x").await;
    Ok(match c { std::task::Poll::Ready(Some(y)) => y, _ => 0 })
}
fn po(n: i64) -> std::task::Poll<Option<Result<i64, String>>> {
    if n < 0 { std::task::Poll::Ready(Some(Err(format!("neg {n}")))) } else { std::task::Poll::Ready(Some(Ok(n))) }
}
