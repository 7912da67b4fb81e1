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
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> AsyncIterator for &mut I {
    type Item = I::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        I::poll_next(Pin::new(&mut **self), cx)
    }
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin + ?Sized> AsyncIterator for Box<I> {
    type Item = I::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        I::poll_next(Pin::new(&mut **self), cx)
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
