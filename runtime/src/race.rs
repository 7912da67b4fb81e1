//! [`race`]: the first of two awaitables of different types to finish
//! (what `asyncio.wait(.., return_when=FIRST_COMPLETED)` does for two,
//! with the result typed).

use crate::Awaitable;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One of two values: which of [`race`]'s awaitables finished first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Either<L, R> {
    /// The first awaitable finished first.
    Left(L),
    /// The second awaitable finished first.
    Right(R),
}

/// Awaits `left` and `right` concurrently; the first to finish gives the
/// result, and the other is cancelled (dropped in place) before `race`
/// completes. Each resume polls `left` first, so if both are ready `left`
/// wins. A losing [`Task`](crate::Task) is cancelled too (an awaited handle
/// that is dropped cancels its task); [`shield`](crate::shield) it to keep
/// it running. Dropping the race drops (and so cancels) both.
pub fn race<L: Awaitable, R: Awaitable>(left: L, right: R) -> Race<L, R> {
    Race {
        left: Some(left),
        right: Some(right),
    }
}

pin_project_lite::pin_project! {
    /// The awaitable returned by [`race`]: `Unpin` exactly when both are.
    #[must_use = "race does nothing unless awaited"]
    pub struct Race<L, R> {
        #[pin]
        left: Option<L>,
        #[pin]
        right: Option<R>,
    }
}

#[diagnostic::do_not_recommend]
impl<L: Awaitable, R: Awaitable> Awaitable for Race<L, R> {
    type Output = Either<L::Output, R::Output>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let left = match this.left.as_mut().as_pin_mut() {
            Some(left) => left.resume(cx).map(Either::Left),
            None => panic!("coro: race resumed after it completed"),
        };
        let ready = match left {
            Poll::Ready(v) => v,
            Poll::Pending => match this.right.as_mut().as_pin_mut() {
                Some(right) => match right.resume(cx) {
                    Poll::Ready(v) => Either::Right(v),
                    Poll::Pending => return Poll::Pending,
                },
                None => panic!("coro: race resumed after it completed"),
            },
        };
        // The loser is cancelled, in place (its destructors run now).
        this.left.set(None);
        this.right.set(None);
        Poll::Ready(ready)
    }
}
