//! [`wait_for`]: await with a timeout (asyncio's `wait_for`).

use crate::Awaitable;
use crate::sleep::{Sleep, sleep};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// The error of a [`wait_for`] whose awaitable did not finish in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeoutError;

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("timed out")
    }
}

impl std::error::Error for TimeoutError {}

/// Awaits `awaitable` for at most `timeout`: `Ok(output)` if it finished in
/// time, else `Err(TimeoutError)` (asyncio's `wait_for`).
///
/// On timeout the awaitable is cancelled, that is dropped at its current
/// suspension point, before `wait_for` completes. The awaitable is resumed
/// before the clock is checked, so one that is ready at once wins even with a
/// zero timeout. The clock starts at the first resume.
///
/// A [`Task`](crate::Task) given by value is cancelled on timeout, as
/// asyncio's `wait_for` cancels the task (its awaited handle is dropped, and
/// dropping an awaited handle cancels the task). To keep it running, pass
/// [`shield(task)`](crate::shield) (asyncio's `wait_for(shield(task), d)`), or
/// `&mut task`: the borrowed handle is not dropped, so the task runs on and
/// can be awaited again; it is cancelled if the handle is dropped while the
/// task still runs, unless [`detach`](crate::Task::detach)ed.
pub fn wait_for<A: Awaitable>(awaitable: A, timeout: Duration) -> WaitFor<A> {
    WaitFor {
        awaitable: Some(awaitable),
        timer: sleep(timeout),
    }
}

/// The awaitable returned by [`wait_for`].
///
/// `Unpin` exactly when the awaitable is: it is pinned in place inside.
#[must_use = "wait_for does nothing unless awaited"]
pub struct WaitFor<A> {
    /// Pinned structurally: never moved out of the `Option`, only resumed in
    /// place and dropped in place (set to `None`) on completion or timeout.
    awaitable: Option<A>,
    /// Not pinned (`Sleep` is `Unpin`).
    timer: Sleep,
}

impl<A> WaitFor<A> {
    fn project(self: Pin<&mut Self>) -> (Pin<&mut Option<A>>, &mut Sleep) {
        // SAFETY: structural pinning of `awaitable` only: `WaitFor` never
        // moves it out (it is only resumed through this projection and
        // dropped in place with `Pin::set(None)`) and has no `Drop` impl;
        // `timer` is treated as unpinned and handed out as `&mut`.
        unsafe {
            let this = self.get_unchecked_mut();
            (Pin::new_unchecked(&mut this.awaitable), &mut this.timer)
        }
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for WaitFor<A> {
    type Output = Result<A::Output, TimeoutError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let (mut awaitable, timer) = self.project();
        let Some(running) = awaitable.as_mut().as_pin_mut() else {
            panic!("coro: wait_for resumed after completion");
        };
        if let Poll::Ready(output) = running.resume(cx) {
            awaitable.set(None);
            return Poll::Ready(Ok(output));
        }
        if timer.is_zero() {
            // A zero timeout: the awaitable had its one chance.
            awaitable.set(None);
            return Poll::Ready(Err(TimeoutError));
        }
        match Pin::new(timer).resume(cx) {
            Poll::Ready(()) => {
                awaitable.set(None); // cancel: drop at its suspension point, in place
                Poll::Ready(Err(TimeoutError))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}
