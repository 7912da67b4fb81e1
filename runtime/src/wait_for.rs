//! [`wait_for`]: await with a timeout (asyncio's `wait_for`).

use crate::Awaitable;
use crate::timeout::Timeout;
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
/// On timeout the awaitable is cancelled before `wait_for` completes: dropped
/// at its current suspension point or, if a cleanup scope
/// ([`finally`](crate::finally)) is active inside it, cancelled through that
/// scope, whose cleanup is awaited first (asyncio 3.12's `wait_for`, which is
/// `async with timeout(..)`). The awaitable is resumed before the clock is
/// checked, so one that is ready at once wins even with a zero timeout. The
/// clock starts at the first resume. It is [`timeout`](crate::timeout)
/// without the handle.
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
        inner: crate::timeout(timeout, awaitable),
    }
}

pin_project_lite::pin_project! {
    /// The awaitable returned by [`wait_for`].
    ///
    /// `Unpin` exactly when the awaitable is: it is pinned in place inside.
    #[must_use = "wait_for does nothing unless awaited"]
    pub struct WaitFor<A> {
        #[pin]
        inner: Timeout<A>,
    }
}

impl<A> fmt::Debug for WaitFor<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitFor").finish_non_exhaustive()
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for WaitFor<A> {
    type Output = Result<A::Output, TimeoutError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.project().inner.resume(cx)
    }
}
