// args: 3
// NEW (refusal; the async fn compiles; a ledger gap, the README lists `?` on `Result`/`Option`). `?` on
// `std::ops::ControlFlow` (stable `Try` type, used by visitor APIs, `try_for_each`) in a coroutine returning
// `ControlFlow` is E0277 "the trait bound `ControlFlow<Tracked, i64>: coro::__private::Branch` is not
// satisfied" and "`..: coro::__private::FromResidual<_>` is not satisfied", at the attribute, naming private
// traits. The lowering of `?` goes through coro's own `Branch`/`FromResidual`, implemented for `Result` and
// `Option` only (runtime/src/machine.rs; the `?` lowering in macros/transform/src/lower/). `Poll<Result<..>>`
// is the other std `Try` type. Workaround: `match visit(..).await { ControlFlow::Break(b) => return
// ControlFlow::Break(b), ControlFlow::Continue(v) => v }`.
fn f(k: i64) -> ControlFlow<Tracked, i64> {
    let v = visit(k).await?;
    ControlFlow::Continue(v + 1)
}
use std::ops::ControlFlow;
#[co] fn visit(k: i64) -> ControlFlow<Tracked, i64> {
    tick("visit").await;
    if k == 1 { ControlFlow::Break(Tracked::new("stop")) } else { ControlFlow::Continue(k * 10) }
}
