//! The [`Awaitable`] trait: what `.await` inside a `#[coro::coroutine]` accepts.

use std::pin::Pin;
use std::task::{Context, Poll};

/// A computation that can be suspended and resumed: Python's awaitable.
///
/// `#[coro::coroutine]` functions return an `impl Awaitable`; so do the
/// runtime's primitives (`sleep`, tasks, queues). Implement it by hand for a
/// leaf awaitable, as Python's `__await__` does: return [`Poll::Pending`] after
/// arranging for `cx.waker()` to be woken, or [`Poll::Ready`] with the result.
///
/// Contract: once `resume` returned `Ready`, it must not be called again
/// (coroutines panic with "`coroutine` resumed after completion").
///
/// The trait itself is not `#[must_use]`: each coroutine fn and each
/// runtime awaitable type is, with a message naming it, and a trait-level
/// attribute would add a second, anonymous warning for every unawaited
/// coroutine. A hand-written `fn f() -> impl Awaitable` should carry its own
/// `#[must_use]`.
#[diagnostic::on_unimplemented(
    message = "object `{Self}` can't be used in 'await' expression",
    label = "`{Self}` is not awaitable",
    note = "only `coro::Awaitable`s can be awaited: a called `#[coro::coroutine]` fn, a task, `coro::sleep(..)`, or a type implementing `Awaitable` by hand",
    note = "to await a std `Future`, wrap it: `coro::from_future(fut).await`",
    note = "an async generator is iterated, not awaited: `async_for!(x in agen {{ .. }})`"
)]
pub trait Awaitable {
    /// The value the `.await` evaluates to.
    type Output;

    /// Advances the computation as far as it can go without blocking.
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable + Unpin + ?Sized> Awaitable for &mut A {
    type Output = A::Output;
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<A::Output> {
        A::resume(Pin::new(&mut **self), cx)
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable + Unpin + ?Sized> Awaitable for Box<A> {
    type Output = A::Output;
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<A::Output> {
        A::resume(Pin::new(&mut **self), cx)
    }
}

#[diagnostic::do_not_recommend]
impl<P> Awaitable for Pin<P>
where
    P: std::ops::DerefMut + Unpin,
    P::Target: Awaitable,
{
    type Output = <P::Target as Awaitable>::Output;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::get_mut(self).as_mut().resume(cx)
    }
}

/// Adapts a std [`Future`](std::future::Future) into an [`Awaitable`]
/// (Python's `asyncio.wrap_future`): `coro::from_future(fut).await`.
pub fn from_future<F: std::future::Future>(future: F) -> FromFuture<F> {
    FromFuture {
        future: Box::pin(future),
    }
}

/// The awaitable returned by [`from_future`].
#[must_use = "futures do nothing unless awaited"]
pub struct FromFuture<F> {
    future: Pin<Box<F>>,
}

#[diagnostic::do_not_recommend]
impl<F: std::future::Future> Awaitable for FromFuture<F> {
    type Output = F::Output;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.get_mut().future.as_mut().poll(cx)
    }
}

/// Adapts an [`Awaitable`] into a std [`Future`](std::future::Future), so that
/// a coroutine can run on any executor: `coro::into_future(aw)` or `aw.into_future()` via [`AwaitableExt`].
pub fn into_future<A: Awaitable>(awaitable: A) -> IntoStdFuture<A> {
    IntoStdFuture {
        awaitable: Box::pin(awaitable),
    }
}

/// The std future returned by [`into_future`].
#[must_use = "futures do nothing unless awaited"]
pub struct IntoStdFuture<A> {
    awaitable: Pin<Box<A>>,
}

impl<A: Awaitable> std::future::Future for IntoStdFuture<A> {
    type Output = A::Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<A::Output> {
        self.get_mut().awaitable.as_mut().resume(cx)
    }
}

/// Conveniences on every [`Awaitable`].
pub trait AwaitableExt: Awaitable + Sized {
    /// Converts into a std future (see [`into_future`]).
    fn into_std_future(self) -> IntoStdFuture<Self> {
        into_future(self)
    }
}

impl<A: Awaitable> AwaitableExt for A {}
