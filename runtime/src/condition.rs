//! [`Condition`]: wait for a notification while holding a [`Lock`]
//! (asyncio's `Condition`).
//!
//! The Rust shape is `std::sync::Condvar`'s: [`Condition::wait`] takes the
//! [`LockGuard`] (proof that the lock is held, which asyncio checks at run
//! time), releases the lock, waits to be notified, reacquires the lock and
//! gives the guard back.
//!
//! Waiters queue in a [`WaitList`]; a notification marks the oldest waiter not
//! yet notified. A waiter dropped (cancelled) after it was notified but before
//! it saw the notification passes it on to the next waiter, as asyncio 3.13
//! does, so `notify(1)` is never lost.

use crate::Awaitable;
use crate::lock::{Lock, LockAcquire, LockGuard};
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A condition variable for tasks (asyncio's `Condition`).
///
/// ```text
/// let mut guard = cond.acquire().await;      // async with cond:
/// guard = cond.wait_for(guard, || ready.get()).await; //   await cond.wait_for(pred)
/// ```
///
/// A cheap handle: clones share the condition and its lock.
#[derive(Clone)]
pub struct Condition {
    lock: Lock,
    waiters: Rc<RefCell<WaitList>>,
}

impl Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Condition")
            .field("locked", &self.locked())
            .finish_non_exhaustive()
    }
}

impl Condition {
    /// A condition with a new lock of its own (`asyncio.Condition()`).
    pub fn new() -> Self {
        Self::with_lock(Lock::new())
    }

    /// A condition over an existing lock (`asyncio.Condition(lock)`), for
    /// several conditions sharing one lock.
    pub fn with_lock(lock: Lock) -> Self {
        Condition {
            lock,
            waiters: Rc::default(),
        }
    }

    /// Acquires the underlying lock (`async with cond:` /
    /// `await cond.acquire()`); the guard releases it when dropped.
    pub fn acquire(&self) -> LockAcquire {
        self.lock.lock()
    }

    /// The underlying lock.
    pub fn lock(&self) -> &Lock {
        &self.lock
    }

    /// Whether the underlying lock is held (asyncio's `Condition.locked()`).
    pub fn locked(&self) -> bool {
        self.lock.locked()
    }

    /// Releases the lock, waits until notified, reacquires the lock and
    /// evaluates to the new guard (asyncio's `Condition.wait()`).
    ///
    /// The lock is released when the awaitable is first resumed. Dropping the
    /// awaitable (cancelling the waiting task) leaves the lock released:
    /// asyncio reacquires it before raising `CancelledError`, which a
    /// synchronous drop cannot do. A notification it had received but not
    /// seen yet passes to the next waiter.
    ///
    /// # Panics
    /// If `guard` holds another lock than this condition's (asyncio raises
    /// `RuntimeError` when the lock is not held).
    pub fn wait(&self, guard: LockGuard) -> ConditionWait {
        assert!(
            guard.lock().same_lock(&self.lock),
            "coro: Condition::wait() was given the guard of another lock"
        );
        ConditionWait {
            condition: self.clone(),
            state: WaitState::Start(Some(guard)),
        }
    }

    /// Waits until `predicate` is true (asyncio's `Condition.wait_for()`):
    /// checks it first, then after every notification, with the lock held
    /// each time. Evaluates to the guard.
    ///
    /// # Panics
    /// As [`wait`](Condition::wait).
    pub fn wait_for<P: FnMut() -> bool>(
        &self,
        guard: LockGuard,
        predicate: P,
    ) -> ConditionWaitFor<P> {
        assert!(
            guard.lock().same_lock(&self.lock),
            "coro: Condition::wait_for() was given the guard of another lock"
        );
        ConditionWaitFor {
            condition: self.clone(),
            guard: Some(guard),
            wait: None,
            predicate,
        }
    }

    /// Wakes up to `n` waiting tasks, oldest first (asyncio's
    /// `Condition.notify(n)`); a no-op if none waits. Each reacquires the
    /// lock before its `wait` completes, so they run after the notifier
    /// releases it.
    ///
    /// # Panics
    /// If the lock is not held (asyncio's `RuntimeError: cannot notify on
    /// un-acquired lock`).
    pub fn notify(&self, n: usize) {
        assert!(
            self.lock.locked(),
            "coro: Condition::notify() on an un-acquired lock"
        );
        let mut waiters = self.waiters.borrow_mut();
        for _ in 0..n {
            if !waiters.notify_one() {
                break;
            }
        }
    }

    /// Wakes every waiting task (asyncio's `Condition.notify_all()`).
    ///
    /// # Panics
    /// If the lock is not held, as [`notify`](Condition::notify).
    pub fn notify_all(&self) {
        assert!(
            self.lock.locked(),
            "coro: Condition::notify_all() on an un-acquired lock"
        );
        self.waiters.borrow_mut().notify_all();
    }
}

enum WaitState {
    /// Not resumed yet: still holds the lock.
    Start(Option<LockGuard>),
    /// Lock released, in the wait list.
    Waiting(WaiterKey),
    /// Notified: reacquiring the lock.
    Acquiring(LockAcquire),
    Done,
}

/// The awaitable returned by [`Condition::wait`].
#[must_use = "waiting does nothing unless awaited"]
pub struct ConditionWait {
    condition: Condition,
    state: WaitState,
}

impl fmt::Debug for ConditionWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ConditionWait")
    }
}

#[diagnostic::do_not_recommend]
impl Awaitable for ConditionWait {
    type Output = LockGuard;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<LockGuard> {
        let this = self.get_mut();
        loop {
            match &mut this.state {
                WaitState::Start(guard) => {
                    let guard = guard.take();
                    let mut key = None;
                    this.condition
                        .waiters
                        .borrow_mut()
                        .register(&mut key, cx.waker());
                    this.state = WaitState::Waiting(key.expect("registered"));
                    drop(guard); // release the lock, with no borrow held
                    return Poll::Pending;
                }
                WaitState::Waiting(key) => {
                    let key = *key;
                    let mut waiters = this.condition.waiters.borrow_mut();
                    if !waiters.is_notified(key) {
                        let mut registered = Some(key);
                        waiters.register(&mut registered, cx.waker()); // update the waker
                        drop(waiters);
                        this.state = WaitState::Waiting(registered.expect("registered"));
                        return Poll::Pending;
                    }
                    waiters.remove(key);
                    drop(waiters);
                    this.state = WaitState::Acquiring(this.condition.lock.lock());
                }
                WaitState::Acquiring(acquire) => {
                    let guard = std::task::ready!(Pin::new(acquire).resume(cx));
                    this.state = WaitState::Done;
                    return Poll::Ready(guard);
                }
                WaitState::Done => panic!("coro: ConditionWait resumed after completion"),
            }
        }
    }
}

impl Drop for ConditionWait {
    fn drop(&mut self) {
        if let WaitState::Waiting(key) = self.state {
            let mut waiters = self.condition.waiters.borrow_mut();
            if waiters.remove(key) {
                waiters.notify_one(); // pass the unseen notification on
            }
        }
    }
}

/// The awaitable returned by [`Condition::wait_for`].
#[must_use = "waiting does nothing unless awaited"]
pub struct ConditionWaitFor<P> {
    condition: Condition,
    /// Held while checking the predicate.
    guard: Option<LockGuard>,
    wait: Option<ConditionWait>,
    predicate: P,
}

// Nothing is pinned structurally: the inner wait is `Unpin`.
impl<P> Unpin for ConditionWaitFor<P> {}

impl<P> fmt::Debug for ConditionWaitFor<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ConditionWaitFor")
    }
}

#[diagnostic::do_not_recommend]
impl<P: FnMut() -> bool> Awaitable for ConditionWaitFor<P> {
    type Output = LockGuard;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<LockGuard> {
        let this = self.get_mut();
        loop {
            if let Some(wait) = &mut this.wait {
                let guard = std::task::ready!(Pin::new(wait).resume(cx));
                this.wait = None;
                this.guard = Some(guard);
            }
            let guard = this
                .guard
                .take()
                .expect("coro: ConditionWaitFor resumed after completion");
            if (this.predicate)() {
                return Poll::Ready(guard);
            }
            this.wait = Some(this.condition.wait(guard));
        }
    }
}
