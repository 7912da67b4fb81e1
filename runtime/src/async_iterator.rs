//! Async iteration: Python's `async for`, over async generators (a
//! `#[coro::coroutine]` that yields) and other asynchronous sources.

use crate::Awaitable;
use crate::async_iter_adapters::{Collect, Enumerate, Filter, Map, Take};
use std::pin::Pin;
use std::task::{Context, Poll};

/// A source of values produced asynchronously: Python's async iterator.
///
/// Inside a coroutine iterate with `async_for!(x in source { .. })`; from
/// hand-written code, `source.next().await` (see [`AsyncIteratorExt`]).
/// After `Ready(None)` a source keeps returning `Ready(None)`.
#[must_use = "async iterators do nothing unless iterated"]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an async iterator",
    label = "`async_for!` needs an async iterator",
    note = "async generators (a #[coro::coroutine] returning `impl coro::AsyncIterator<Item = T>` that uses `yield_!`) and `coro::as_completed(..)` are async iterators; a plain `Iterator` is iterated with `for`"
)]
pub trait AsyncIterator {
    /// The values produced.
    type Item;

    /// The next value: `Ready(Some(v))`, `Ready(None)` at the end, or
    /// `Pending` (after arranging a wake-up).
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>;

    /// Closes the iterator (Python's `agen.aclose()`): an async generator
    /// drops its suspended body in place, so its destructors run now, and
    /// gives `Ready(None)` from then on. Cleanup cannot await here (a drop
    /// is synchronous). Closing twice, or after the end, does nothing.
    ///
    /// The default implementation does nothing: a hand-written iterator
    /// that holds resources overrides it, or is simply dropped (dropping is
    /// closing). The adapters (`map`, `filter`, ...) close their source.
    fn close(self: Pin<&mut Self>) {}
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> AsyncIterator for &mut I {
    type Item = I::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        I::poll_next(Pin::new(&mut **self), cx)
    }
    fn close(mut self: Pin<&mut Self>) {
        I::close(Pin::new(&mut **self))
    }
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> AsyncIterator for Box<I> {
    type Item = I::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        I::poll_next(Pin::new(&mut **self), cx)
    }
    fn close(mut self: Pin<&mut Self>) {
        I::close(Pin::new(&mut **self))
    }
}

/// A pinned pointer to an async iterator is one: `Box::pin(agen)` makes a
/// `!Unpin` async generator usable where `Unpin` is asked for
/// ([`AsyncIteratorExt`]).
#[diagnostic::do_not_recommend]
impl<P> AsyncIterator for Pin<P>
where
    P: std::ops::DerefMut + Unpin,
    P::Target: AsyncIterator,
{
    type Item = <P::Target as AsyncIterator>::Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // `Pin<P>` is `Unpin` when `P` is; `as_mut` re-pins the target.
        Pin::get_mut(self).as_mut().poll_next(cx)
    }
    fn close(self: Pin<&mut Self>) {
        Pin::get_mut(self).as_mut().close()
    }
}

/// Conveniences on every [`AsyncIterator`].
pub trait AsyncIteratorExt: AsyncIterator + Unpin {
    /// The next value, as an awaitable (Python's `anext()`). It borrows the
    /// iterator: inside a `#[coro::coroutine]`, iterate with `async_for!`.
    fn next(&mut self) -> Next<'_, Self> {
        Next { source: self }
    }

    /// Each value passed through `f` (`(f(x) async for x in self)`).
    fn map<T, F: FnMut(Self::Item) -> T>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
    {
        Map { source: self, f }
    }

    /// The values for which `predicate` holds (`(x async for x in self if p(x))`).
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
    {
        Filter {
            source: self,
            predicate,
        }
    }

    /// The first `n` values; the source is not polled after the `n`th.
    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take {
            source: self,
            left: n,
        }
    }

    /// Each value with its index, from 0.
    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate {
            source: self,
            count: 0,
        }
    }

    /// The next value, as an awaitable (Python's `agen.asend(value)`). A
    /// `yield_!` in an async generator evaluates to `()`, so the only value
    /// to send is `()`: `asend(())` is [`next`](AsyncIteratorExt::next).
    fn asend(&mut self, value: ()) -> Next<'_, Self> {
        let () = value;
        self.next()
    }

    /// Closes the iterator, as an awaitable (Python's `await agen.aclose()`):
    /// see [`AsyncIterator::close`]. It completes at its first resume; the
    /// body's cleanup runs synchronously (its destructors).
    fn aclose(&mut self) -> AClose<'_, Self> {
        AClose { source: self }
    }

    /// Python's `await agen.athrow(error)`, rendered for bodies that cannot
    /// catch: the error is raised at the pending `yield_!` and not caught,
    /// so the generator is closed (as by [`aclose`](AsyncIteratorExt::aclose))
    /// and the awaitable evaluates to `Err(error)`, as `athrow` re-raises an
    /// exception the generator does not handle.
    fn athrow<E>(&mut self, error: E) -> AThrow<'_, Self, E> {
        AThrow {
            source: self,
            error: Some(error),
        }
    }

    /// An awaitable of all the remaining values, collected into `C`
    /// (`[x async for x in self]` is `self.collect::<Vec<_>>().await`).
    fn collect<C: Default + Extend<Self::Item>>(self) -> Collect<Self, C>
    where
        Self: Sized,
    {
        Collect {
            source: self,
            items: None,
        }
    }
}

impl<I: AsyncIterator + Unpin + ?Sized> AsyncIteratorExt for I {}

/// The awaitable returned by [`AsyncIteratorExt::aclose`].
#[must_use = "awaitables do nothing unless awaited"]
pub struct AClose<'a, I: ?Sized> {
    source: &'a mut I,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> Awaitable for AClose<'_, I> {
    type Output = ();
    fn resume(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        Pin::new(&mut *self.get_mut().source).close();
        Poll::Ready(())
    }
}

/// The awaitable returned by [`AsyncIteratorExt::athrow`].
#[must_use = "awaitables do nothing unless awaited"]
pub struct AThrow<'a, I: ?Sized, E> {
    source: &'a mut I,
    error: Option<E>,
}

// The error is only moved, never pinned.
impl<I: ?Sized, E> Unpin for AThrow<'_, I, E> {}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized, E> Awaitable for AThrow<'_, I, E> {
    type Output = Result<std::convert::Infallible, E>;
    fn resume(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let error = this
            .error
            .take()
            .expect("coro: athrow resumed after completion");
        Pin::new(&mut *this.source).close();
        Poll::Ready(Err(error))
    }
}

/// The awaitable returned by [`AsyncIteratorExt::next`].
#[must_use = "awaitables do nothing unless awaited"]
pub struct Next<'a, I: ?Sized> {
    source: &'a mut I,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> Awaitable for Next<'_, I> {
    type Output = Option<I::Item>;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        Pin::new(&mut *self.get_mut().source).poll_next(cx)
    }
}

/// Adapts an [`AsyncIterator`] into a `futures::Stream` (feature `stream`).
#[cfg(feature = "stream")]
pub fn into_stream<I: AsyncIterator>(source: I) -> IntoStream<I> {
    IntoStream {
        source: Box::pin(source),
    }
}

/// The stream returned by [`into_stream`].
#[cfg(feature = "stream")]
#[must_use = "streams do nothing unless polled"]
pub struct IntoStream<I> {
    source: Pin<Box<I>>,
}

#[cfg(feature = "stream")]
impl<I: AsyncIterator> futures_core::Stream for IntoStream<I> {
    type Item = I::Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        self.get_mut().source.as_mut().poll_next(cx)
    }
}
