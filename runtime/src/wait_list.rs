//! A FIFO of suspended waiters: the building block of [`Queue`](crate::Queue),
//! [`Event`](crate::Event), [`Lock`](crate::Lock) and
//! [`Semaphore`](crate::Semaphore).
//!
//! A waiter registers with a [`WaitList`] and gets a [`WaiterKey`]; it stays
//! in the list, in arrival order, until it removes itself (when it completes
//! or is dropped). [`notify_one`](WaitList::notify_one) marks the oldest
//! not-yet-notified waiter as notified and wakes it; the waiter sees the mark
//! when it resumes.
//!
//! What "notified" means is the primitive's choice:
//! - a *grant* (Lock, Semaphore): the resource was handed to that waiter
//!   directly, which gives strict FIFO fairness. A waiter dropped while
//!   granted must pass the resource on.
//! - a *hint* (Queue): "try again". A waiter that finds nothing keeps its
//!   place at the front; one dropped while notified passes the hint on, so a
//!   wake-up is never lost.
//!
//! Lookups are linear from the front; waiters that leave are usually at the
//! front, and lists are short.

use std::collections::VecDeque;
use std::task::Waker;

/// A registration in a [`WaitList`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WaiterKey(u64);

struct Waiter {
    key: WaiterKey,
    waker: Waker,
    notified: bool,
}

/// See the module docs.
#[derive(Default)]
pub(crate) struct WaitList {
    waiters: VecDeque<Waiter>,
    next_key: u64,
}

impl WaitList {
    /// Adds a waiter at the back, or updates the waker of an existing one.
    pub(crate) fn register(&mut self, key: &mut Option<WaiterKey>, waker: &Waker) {
        if let Some(k) = *key
            && let Some(w) = self.find(k)
        {
            if !w.waker.will_wake(waker) {
                w.waker = waker.clone();
            }
            return;
        }
        let k = WaiterKey(self.next_key);
        self.next_key += 1;
        self.waiters.push_back(Waiter {
            key: k,
            waker: waker.clone(),
            notified: false,
        });
        *key = Some(k);
    }

    /// Whether the waiter was notified. False for an unknown key.
    pub(crate) fn is_notified(&mut self, key: WaiterKey) -> bool {
        self.find(key).is_some_and(|w| w.notified)
    }

    /// Clears a waiter's notification (a hint that found nothing), keeping
    /// its place.
    pub(crate) fn clear_notified(&mut self, key: WaiterKey) {
        if let Some(w) = self.find(key) {
            w.notified = false;
        }
    }

    /// Removes a waiter; returns whether it had been notified.
    pub(crate) fn remove(&mut self, key: WaiterKey) -> bool {
        match self.waiters.iter().position(|w| w.key == key) {
            Some(i) => self.waiters.remove(i).is_some_and(|w| w.notified),
            None => false,
        }
    }

    /// Notifies the oldest waiter not notified yet; false if there is none.
    pub(crate) fn notify_one(&mut self) -> bool {
        match self.waiters.iter_mut().find(|w| !w.notified) {
            Some(w) => {
                w.notified = true;
                w.waker.wake_by_ref();
                true
            }
            None => false,
        }
    }

    /// Notifies every waiter.
    pub(crate) fn notify_all(&mut self) {
        for w in self.waiters.iter_mut().filter(|w| !w.notified) {
            w.notified = true;
            w.waker.wake_by_ref();
        }
    }

    /// Whether any waiter is not notified yet.
    pub(crate) fn has_unnotified(&self) -> bool {
        self.waiters.iter().any(|w| !w.notified)
    }

    fn find(&mut self, key: WaiterKey) -> Option<&mut Waiter> {
        self.waiters.iter_mut().find(|w| w.key == key)
    }
}
