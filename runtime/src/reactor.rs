//! The reactor: the one [`Poller`] the event loop sleeps on.
//!
//! The loop parks in [`Reactor::wait`] when no task is ready, with the next
//! timer's deadline as timeout. Two things end the wait early:
//! - [`Reactor::notify`], called by a waker fired on another thread after it
//!   pushed onto the injection queue (see [`crate::waker`]);
//! - readiness of an IO source registered with [`Reactor::poller`] (sockets, a
//!   later issue: they add their fds to the same poller under keys of their
//!   choosing; the loop's `park` is where their events get dispatched to the
//!   wakers of the tasks waiting on them. Once sources exist, the loop should
//!   also poll with a zero timeout on ticks that have ready work, so IO is
//!   not starved by busy tasks.)
//!
//! Invariant: the loop never busy-polls. It only calls `wait` with a zero
//! timeout when it also has ready work; an idle loop blocks in `epoll_wait`
//! (or the platform's equivalent) until a timer is due or someone notifies.

use polling::{Events, Poller};
use std::cell::RefCell;
use std::io;
use std::time::Duration;

/// The poller shared by the loop and the wakers of its tasks.
///
/// `Send + Sync`: any thread may [`notify`](Reactor::notify); only the loop's
/// thread calls [`wait`](Reactor::wait).
#[doc(hidden)]
pub struct Reactor {
    poller: Poller,
}

impl Reactor {
    /// Creates the OS poller (an epoll/kqueue/IOCP instance).
    pub(crate) fn new() -> io::Result<Self> {
        Ok(Reactor {
            poller: Poller::new()?,
        })
    }

    /// The underlying poller, for IO sources to register with
    /// (`poller().add(&socket, Event::readable(key))`).
    pub fn poller(&self) -> &Poller {
        &self.poller
    }

    /// Wakes the loop if it is blocked in [`wait`](Reactor::wait), or makes its
    /// next `wait` return at once. Cheap when repeated: the poller coalesces.
    pub fn notify(&self) {
        // A failed notify would leave the loop asleep with work queued; the
        // only failure modes are resource exhaustion at the OS level.
        self.poller
            .notify()
            .expect("coro: failed to notify the event loop's poller");
    }

    /// Blocks until an IO event, a notify, or `timeout` (None = no timeout),
    /// filling `events` with what became ready.
    pub(crate) fn wait(&self, events: &RefCell<Events>, timeout: Option<Duration>) {
        let mut events = events.borrow_mut();
        events.clear();
        if let Err(e) = self.poller.wait(&mut events, timeout) {
            panic!("coro: the event loop's poller failed: {e}");
        }
    }
}
