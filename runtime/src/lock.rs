//! [`Lock`]: a mutual-exclusion lock for tasks (asyncio's `Lock`), strictly FIFO.

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct LockState {
    locked: bool,
    /// Tasks waiting for the lock, oldest first. A notified waiter has been
    /// *granted* the lock: `unlock` hands it over directly instead of setting
    /// `locked = false`, so no newcomer can overtake a waiter.
    waiters: WaitList,
}

/// A lock for tasks of one loop (asyncio's `Lock`): `let _guard =
/// lock.lock().await;` holds it until the guard is dropped.
///
/// Fair: waiters acquire the lock in the order they started waiting (FIFO),
/// and a task that asks while others wait queues behind them. The lock guards
/// no data (as in Python); pair it with a `RefCell` or use it to serialise
/// effects. A cheap handle: clones share the same lock.
#[derive(Clone)]
pub struct Lock {
    state: Rc<RefCell<LockState>>,
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Lock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lock")
            .field("locked", &self.locked())
            .finish()
    }
}

impl Lock {
    /// A new, unlocked lock.
    pub fn new() -> Self {
        Lock {
            state: Rc::new(RefCell::new(LockState {
                locked: false,
                waiters: WaitList::default(),
            })),
        }
    }

    /// Waits until the lock is free and takes it; the guard releases it on
    /// drop. Dropping the awaitable while waiting gives up the place in line.
    pub fn lock(&self) -> LockAcquire {
        LockAcquire {
            lock: self.clone(),
            waiter: None,
        }
    }

    /// Python's name for [`Lock::lock`]: `let _guard = lock.acquire().await;`
    /// (the guard releases the lock when dropped, like `async with lock:`).
    pub fn acquire(&self) -> LockAcquire {
        self.lock()
    }

    /// Takes the lock if it is free and nobody waits for it.
    pub fn try_lock(&self) -> Option<LockGuard> {
        let mut state = self.state.borrow_mut();
        if state.locked {
            return None;
        }
        state.locked = true;
        Some(LockGuard { lock: self.clone() })
    }

    /// Whether the lock is held.
    pub fn locked(&self) -> bool {
        self.state.borrow().locked
    }

    /// Whether `self` and `other` are handles to the same lock.
    pub(crate) fn same_lock(&self, other: &Lock) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }

    fn unlock(&self) {
        let mut state = self.state.borrow_mut();
        if !state.waiters.notify_one() {
            state.locked = false;
        }
    }
}

/// The awaitable returned by [`Lock::lock`].
#[must_use = "the lock is not taken unless the awaitable is awaited"]
pub struct LockAcquire {
    lock: Lock,
    waiter: Option<WaiterKey>,
}

#[diagnostic::do_not_recommend]
impl Awaitable for LockAcquire {
    type Output = LockGuard;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<LockGuard> {
        let this = self.get_mut();
        let mut state = this.lock.state.borrow_mut();
        let acquired = match this.waiter {
            Some(key) if state.waiters.is_notified(key) => {
                state.waiters.remove(key); // granted: `locked` stayed true
                this.waiter = None;
                true
            }
            Some(_) => false,
            None if !state.locked => {
                state.locked = true;
                true
            }
            None => false,
        };
        if acquired {
            drop(state);
            return Poll::Ready(LockGuard {
                lock: this.lock.clone(),
            });
        }
        state.waiters.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl Drop for LockAcquire {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            let granted = self.lock.state.borrow_mut().waiters.remove(key);
            if granted {
                self.lock.unlock(); // pass the lock on
            }
        }
    }
}

/// Holds a [`Lock`]; dropping it releases the lock to the oldest waiter.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct LockGuard {
    lock: Lock,
}

impl LockGuard {
    /// The lock this guard holds.
    pub(crate) fn lock(&self) -> &Lock {
        &self.lock
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        self.lock.unlock();
    }
}

impl fmt::Debug for LockGuard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LockGuard")
    }
}
