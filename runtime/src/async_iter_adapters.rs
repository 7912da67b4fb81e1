//! Async comprehensions: adapters on [`AsyncIterator`]s (Python's
//! `[f(x) async for x in src if p(x)]` is
//! `src.filter(p).map(f).collect::<Vec<_>>().await`), and sources made from
//! ordinary iterators and `futures::Stream`s.

use crate::{AsyncIterator, Awaitable};
use std::pin::Pin;
use std::task::{Context, Poll};

/// [`AsyncIteratorExt::map`](crate::AsyncIteratorExt::map).
#[must_use = "async iterators do nothing unless iterated"]
pub struct Map<I, F> {
    pub(crate) source: I,
    pub(crate) f: F,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin, T, F: FnMut(I::Item) -> T + Unpin> AsyncIterator for Map<I, F> {
    type Item = T;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = self.get_mut();
        Pin::new(&mut this.source)
            .poll_next(cx)
            .map(|item| item.map(&mut this.f))
    }
    fn close(self: Pin<&mut Self>) {
        Pin::new(&mut self.get_mut().source).close()
    }
}

/// [`AsyncIteratorExt::filter`](crate::AsyncIteratorExt::filter).
#[must_use = "async iterators do nothing unless iterated"]
pub struct Filter<I, P> {
    pub(crate) source: I,
    pub(crate) predicate: P,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin, P: FnMut(&I::Item) -> bool + Unpin> AsyncIterator for Filter<I, P> {
    type Item = I::Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        let this = self.get_mut();
        loop {
            match Pin::new(&mut this.source).poll_next(cx) {
                Poll::Ready(Some(item)) if !(this.predicate)(&item) => continue,
                other => return other,
            }
        }
    }
    fn close(self: Pin<&mut Self>) {
        Pin::new(&mut self.get_mut().source).close()
    }
}

/// [`AsyncIteratorExt::take`](crate::AsyncIteratorExt::take).
#[must_use = "async iterators do nothing unless iterated"]
pub struct Take<I> {
    pub(crate) source: I,
    pub(crate) left: usize,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin> AsyncIterator for Take<I> {
    type Item = I::Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
        let this = self.get_mut();
        if this.left == 0 {
            // Like `Iterator::take`: the source is not polled again.
            return Poll::Ready(None);
        }
        let next = Pin::new(&mut this.source).poll_next(cx);
        if let Poll::Ready(Some(_)) = next {
            this.left -= 1;
        }
        next
    }
    fn close(self: Pin<&mut Self>) {
        Pin::new(&mut self.get_mut().source).close()
    }
}

/// [`AsyncIteratorExt::enumerate`](crate::AsyncIteratorExt::enumerate).
#[must_use = "async iterators do nothing unless iterated"]
pub struct Enumerate<I> {
    pub(crate) source: I,
    pub(crate) count: usize,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin> AsyncIterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<(usize, I::Item)>> {
        let this = self.get_mut();
        Pin::new(&mut this.source).poll_next(cx).map(|item| {
            item.map(|v| {
                this.count += 1;
                (this.count - 1, v)
            })
        })
    }
    fn close(self: Pin<&mut Self>) {
        Pin::new(&mut self.get_mut().source).close()
    }
}

/// [`AsyncIteratorExt::collect`](crate::AsyncIteratorExt::collect): an
/// awaitable of every remaining value, in order.
#[must_use = "awaitables do nothing unless awaited"]
pub struct Collect<I, C> {
    pub(crate) source: I,
    pub(crate) items: Option<C>,
}

#[diagnostic::do_not_recommend]
impl<I: AsyncIterator + Unpin, C: Default + Extend<I::Item> + Unpin> Awaitable for Collect<I, C> {
    type Output = C;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<C> {
        let this = self.get_mut();
        let items = this.items.get_or_insert_with(C::default);
        loop {
            match Pin::new(&mut this.source).poll_next(cx) {
                Poll::Ready(Some(item)) => items.extend(std::iter::once(item)),
                Poll::Ready(None) => {
                    return Poll::Ready(
                        this.items
                            .take()
                            .expect("a Collect is not resumed after it completed"),
                    );
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// An ordinary iterator as an [`AsyncIterator`] that is always ready
/// (Python's async iteration over a plain list through an async generator).
pub fn iter<I: IntoIterator>(items: I) -> Iter<I::IntoIter> {
    Iter {
        items: items.into_iter(),
    }
}

/// The async iterator returned by [`iter`].
#[must_use = "async iterators do nothing unless iterated"]
pub struct Iter<I> {
    items: I,
}

#[diagnostic::do_not_recommend]
impl<I: Iterator + Unpin> AsyncIterator for Iter<I> {
    type Item = I::Item;
    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<I::Item>> {
        Poll::Ready(self.get_mut().items.next())
    }
}

/// A `futures::Stream` as an [`AsyncIterator`] (feature `stream`): iterate
/// it with `async_for!`.
#[cfg(feature = "stream")]
pub fn from_stream<S: futures_core::Stream>(stream: S) -> FromStream<S> {
    FromStream {
        stream: Box::pin(stream),
    }
}

/// The async iterator returned by [`from_stream`].
#[cfg(feature = "stream")]
#[must_use = "async iterators do nothing unless iterated"]
pub struct FromStream<S> {
    stream: Pin<Box<S>>,
}

#[cfg(feature = "stream")]
#[diagnostic::do_not_recommend]
impl<S: futures_core::Stream> AsyncIterator for FromStream<S> {
    type Item = S::Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        self.get_mut().stream.as_mut().poll_next(cx)
    }
}
