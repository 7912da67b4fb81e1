//! Deadlines: [`timeout`] / [`timeout_at`] scopes (asyncio 3.11's
//! `asyncio.timeout` / `asyncio.timeout_at`) and the loop's clock, [`time`].
//!
//! A [`Timeout`] wraps an awaitable. It resumes the awaitable first and only
//! then looks at the clock, so work that finishes at the deadline wins. Once
//! the deadline has passed with the work still pending, the work is cancelled
//! and the scope completes with `Err(TimeoutError)`, as `async with
//! asyncio.timeout(d):` cancels its body and raises `TimeoutError`. If a
//! cleanup scope ([`finally`](crate::finally)) is active inside the work,
//! cancelling is a request (`cancel.rs`): the innermost scope drops its body,
//! awaits its cleanup and gives `Err(Cancelled)`; once the work has returned
//! with that `Cancelled` in its output, the output is dropped and the scope
//! gives `Err(TimeoutError)` (asyncio converts the `CancelledError`). If the
//! work swallowed the cancellation, its value is returned, as in asyncio.
//! Without an active cleanup scope the work is dropped in place at its
//! suspension point (destructors run).
//!
//! The deadline lives in a shared cell that a [`TimeoutHandle`] (asyncio's
//! `Timeout` context-manager object) can move: `reschedule` wakes the scope,
//! which re-arms its timer for the new deadline on its next resume.

use crate::Awaitable;
use crate::cancel::Registration;
use crate::sleep::{Sleep, sleep};
use crate::wait_for::TimeoutError;
use std::cell::Cell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// The loop's clock (asyncio's `loop.time()`): the monotonic [`Instant`]
/// that timers, [`sleep_until`](crate::sleep_until), [`timeout_at`] and
/// [`call_at`](crate::call_at) use. Unlike asyncio it is an `Instant`, not
/// a float, and it can be read outside a running loop.
pub fn time() -> Instant {
    Instant::now()
}

/// The state a [`Timeout`] shares with its [`TimeoutHandle`]s.
struct Shared {
    /// The delay of a [`timeout`] scope not resumed yet.
    delay: Cell<Option<Duration>>,
    deadline: Cell<Option<Instant>>,
    /// Set when the scope cancelled its awaitable because of the deadline.
    expired: Cell<bool>,
    /// Set once the scope completed, either way.
    finished: Cell<bool>,
    /// The waker of the task awaiting the scope, so that `reschedule` can
    /// make it re-arm its timer.
    waker: Cell<Option<Waker>>,
}

/// Runs `awaitable` with a deadline `delay` from the first resume: `Ok(output)`
/// if it finished in time, else it is cancelled and the result is
/// `Err(TimeoutError)` (asyncio 3.11's `async with asyncio.timeout(delay):`).
///
/// The clock starts at the first resume, as a Python coroutine starts when
/// awaited. The awaitable is resumed before the clock is checked: if it
/// completes at the same resume the deadline passes, its output wins (as in
/// asyncio, where a body that finishes before the cancellation is delivered
/// is not a timeout). A zero delay still gives it one resume: it runs to its
/// first suspension, then is cancelled there.
///
/// The deadline can be moved while the scope runs through
/// [`Timeout::handle`] ([`TimeoutHandle::reschedule`]).
///
/// Compared with [`wait_for`](crate::wait_for): the same outcome, plus a
/// reschedulable deadline. As there, a [`Task`](crate::Task) handle timed
/// out is dropped, which cancels the task (it was awaited), as asyncio does;
/// wrap it in [`shield`](crate::shield) to keep it running.
///
/// # Panics
/// When awaited outside a running loop.
pub fn timeout<A: Awaitable>(delay: Duration, awaitable: A) -> Timeout<A> {
    Timeout::new(awaitable, Start::After(delay))
}

/// Runs `awaitable` until the absolute `deadline` (asyncio 3.11's
/// `asyncio.timeout_at(when)`); `None` means no deadline until one is set
/// with [`TimeoutHandle::reschedule`] (`asyncio.timeout(None)`). Otherwise as
/// [`timeout`].
///
/// # Panics
/// When awaited outside a running loop.
pub fn timeout_at<A: Awaitable>(deadline: impl Into<Option<Instant>>, awaitable: A) -> Timeout<A> {
    Timeout::new(awaitable, Start::At(deadline.into()))
}

enum Start {
    /// Relative to the first resume.
    After(Duration),
    At(Option<Instant>),
}

pin_project_lite::pin_project! {
    /// The awaitable returned by [`timeout`] and [`timeout_at`]: resolves to
    /// `Result<A::Output, TimeoutError>`.
    ///
    /// `Unpin` exactly when the awaitable is: it is pinned in place inside.
    /// Dropping the scope drops the awaitable (cancelling it).
    #[must_use = "a timeout scope does nothing unless awaited"]
    pub struct Timeout<A> {
        // Dropped in place (set to `None`) on completion or expiry.
        #[pin]
        awaitable: Option<A>,
        timer: Sleep,
        // The deadline `timer` is armed for.
        armed_for: Option<Instant>,
        shared: Rc<Shared>,
        // A cancellation boundary (`cancel.rs`): cleanup scopes inside the
        // work are its children, so an expiry can cancel just them.
        registration: Option<Registration>,
        entered: bool,
        // The task's `cancelling()` at the first resume (asyncio's
        // `Timeout._cancelling`).
        cancelling_at_entry: u32,
        // Set while an expired scope waits for the work's cleanup scopes:
        // how many `Cancelled` of the task were alive before the request.
        expiring: Option<u32>,
    }
}

impl<A> Timeout<A> {
    fn new(awaitable: A, start: Start) -> Self {
        let (delay, deadline) = match start {
            Start::After(delay) => (Some(delay), None),
            Start::At(deadline) => (None, deadline),
        };
        Timeout {
            awaitable: Some(awaitable),
            timer: sleep(Duration::ZERO),
            armed_for: None,
            registration: None,
            entered: false,
            cancelling_at_entry: 0,
            expiring: None,
            shared: Rc::new(Shared {
                delay: Cell::new(delay),
                deadline: Cell::new(deadline),
                expired: Cell::new(false),
                finished: Cell::new(false),
                waker: Cell::new(None),
            }),
        }
    }

    /// A handle to this scope's deadline (asyncio's `Timeout` object, the
    /// `as cm` of `async with asyncio.timeout(d) as cm:`), for this task or
    /// another to read or move the deadline while the scope runs.
    pub fn handle(&self) -> TimeoutHandle {
        TimeoutHandle {
            shared: self.shared.clone(),
        }
    }
}

impl<A> fmt::Debug for Timeout<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Timeout")
            .field("when", &self.shared.deadline.get())
            .field("expired", &self.shared.expired.get())
            .finish_non_exhaustive()
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for Timeout<A> {
    type Output = Result<A::Output, TimeoutError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        if let Some(delay) = this.shared.delay.take() {
            // Beyond the clock's range (`None`) is as good as no deadline.
            this.shared.deadline.set(Instant::now().checked_add(delay));
        }
        if !*this.entered {
            *this.entered = true;
            *this.registration = Registration::enter(false);
            *this.cancelling_at_entry = this.registration.as_ref().map_or(0, |r| r.cancelling());
        }
        let Some(running) = this.awaitable.as_mut().as_pin_mut() else {
            panic!("coro: Timeout resumed after completion");
        };
        let polled = match this.registration.as_ref() {
            Some(registration) => registration.inside(|| running.resume(cx)),
            None => running.resume(cx),
        };
        if let Poll::Ready(output) = polled {
            this.awaitable.set(None);
            this.shared.finished.set(true);
            this.shared.waker.take();
            let registration = this.registration.take();
            if let (Some(in_flight_before), Some(registration)) =
                (this.expiring.take(), registration)
            {
                // asyncio's `Timeout.__aexit__`: uncancel, and turn the
                // CancelledError into TimeoutError unless the task was
                // cancelled from outside too, or the work swallowed it.
                let left = registration.withdraw_inner();
                let escaped = registration.in_flight() > in_flight_before;
                drop(registration);
                if escaped && left <= *this.cancelling_at_entry {
                    drop(output); // the `Cancelled` in it becomes the TimeoutError
                    return Poll::Ready(Err(TimeoutError));
                }
            }
            return Poll::Ready(Ok(output));
        }
        if this.expiring.is_some() {
            // Waiting for the work's cleanup after the deadline.
            if let Some(registration) = this.registration.as_ref() {
                registration.park(cx);
            }
            return Poll::Pending;
        }
        let expire = match this.shared.deadline.get() {
            None => {
                if this.armed_for.take().is_some() {
                    *this.timer = sleep(Duration::ZERO); // disarms the old timer
                }
                false
            }
            Some(deadline) => {
                if *this.armed_for != Some(deadline) {
                    this.timer.reset(deadline);
                    *this.armed_for = Some(deadline);
                }
                Pin::new(&mut *this.timer).resume(cx).is_ready()
            }
        };
        if expire
            && let Some(registration) = this.registration.as_ref()
            && registration.has_inner_scopes()
        {
            // Cleanup scopes are active inside the work: cancel them (they
            // deliver at their next resume, which this wakes) and wait for
            // the work to finish its cleanup.
            *this.expiring = Some(registration.in_flight());
            this.shared.expired.set(true);
            registration.request_inner();
            registration.park(cx);
            return Poll::Pending;
        }
        if expire {
            this.awaitable.set(None); // cancel: drop at its suspension point, in place
            this.shared.expired.set(true);
            this.shared.finished.set(true);
            this.shared.waker.take();
            return Poll::Ready(Err(TimeoutError));
        }
        let waker = match this.shared.waker.take() {
            Some(w) if w.will_wake(cx.waker()) => w,
            _ => cx.waker().clone(),
        };
        this.shared.waker.set(Some(waker));
        Poll::Pending
    }
}

/// Reads and moves the deadline of a [`Timeout`] scope: asyncio's
/// `asyncio.Timeout` (`when()`, `reschedule()`, `expired()`).
///
/// A cheap handle: clones share the scope. It may outlive the scope.
#[derive(Clone)]
pub struct TimeoutHandle {
    shared: Rc<Shared>,
}

impl TimeoutHandle {
    /// The current deadline, `None` if there is none (asyncio's
    /// `Timeout.when()`). For a [`timeout`] scope not yet awaited it is
    /// `None`: the deadline is fixed at the first resume.
    pub fn when(&self) -> Option<Instant> {
        self.shared.deadline.get()
    }

    /// Moves the deadline to `when` (earlier or later), or removes it with
    /// `None` (asyncio's `Timeout.reschedule()`). A deadline already passed
    /// expires the scope at its next resume, which this call arranges.
    ///
    /// Has no effect once the scope has completed (asyncio raises
    /// `RuntimeError` there). On a [`timeout`] scope not yet awaited it
    /// replaces the relative delay.
    pub fn reschedule(&self, when: Option<Instant>) {
        if self.shared.finished.get() {
            return;
        }
        self.shared.delay.set(None);
        self.shared.deadline.set(when);
        if let Some(waker) = self.shared.waker.take() {
            waker.wake(); // the scope re-arms on its next resume
        }
    }

    /// True if the scope hit its deadline and cancelled its awaitable
    /// (asyncio's `Timeout.expired()`).
    pub fn expired(&self) -> bool {
        self.shared.expired.get()
    }
}

impl fmt::Debug for TimeoutHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TimeoutHandle")
            .field("when", &self.when())
            .field("expired", &self.expired())
            .finish()
    }
}
