//! [`Semaphore`]: a counter of permits for tasks (asyncio's `Semaphore`), FIFO.

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct SemaphoreState {
    permits: usize,
    /// Tasks waiting for a permit, oldest first. A notified waiter has been
    /// *granted* a permit already (it is not counted in `permits`).
    waiters: WaitList,
}

/// Limits how many tasks hold a permit at once (asyncio's `Semaphore`):
/// `let _permit = sem.acquire().await;` holds one until dropped.
///
/// Fair: permits go to waiters in arrival order, and a newcomer never takes a
/// permit while others wait. A cheap handle: clones share the same permits.
#[derive(Clone)]
pub struct Semaphore {
    state: Rc<RefCell<SemaphoreState>>,
}

impl fmt::Debug for Semaphore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Semaphore")
            .field("available_permits", &self.available_permits())
            .finish()
    }
}

impl Semaphore {
    /// A semaphore with `permits` permits.
    pub fn new(permits: usize) -> Self {
        Semaphore {
            state: Rc::new(RefCell::new(SemaphoreState {
                permits,
                waiters: WaitList::default(),
            })),
        }
    }

    /// Waits for a permit; the returned guard gives it back on drop.
    pub fn acquire(&self) -> SemaphoreAcquire {
        SemaphoreAcquire {
            semaphore: self.clone(),
            waiter: None,
        }
    }

    /// Takes a permit if one is free and nobody waits.
    pub fn try_acquire(&self) -> Option<SemaphorePermit> {
        let mut state = self.state.borrow_mut();
        if state.permits == 0 || state.waiters.has_unnotified() {
            return None;
        }
        state.permits -= 1;
        Some(SemaphorePermit {
            semaphore: self.clone(),
        })
    }

    /// Permits free right now.
    pub fn available_permits(&self) -> usize {
        self.state.borrow().permits
    }

    /// True if no permit is free (asyncio's `locked()`).
    pub fn locked(&self) -> bool {
        self.available_permits() == 0
    }

    fn release(&self) {
        let mut state = self.state.borrow_mut();
        if !state.waiters.notify_one() {
            state.permits += 1;
        }
    }
}

/// The awaitable returned by [`Semaphore::acquire`].
#[must_use = "no permit is taken unless the awaitable is awaited"]
pub struct SemaphoreAcquire {
    semaphore: Semaphore,
    waiter: Option<WaiterKey>,
}

#[diagnostic::do_not_recommend]
impl Awaitable for SemaphoreAcquire {
    type Output = SemaphorePermit;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<SemaphorePermit> {
        let this = self.get_mut();
        let mut state = this.semaphore.state.borrow_mut();
        let acquired = match this.waiter {
            Some(key) if state.waiters.is_notified(key) => {
                state.waiters.remove(key); // granted by `release`
                this.waiter = None;
                true
            }
            Some(_) => false,
            None if state.permits > 0 && !state.waiters.has_unnotified() => {
                state.permits -= 1;
                true
            }
            None => false,
        };
        if acquired {
            drop(state);
            return Poll::Ready(SemaphorePermit {
                semaphore: this.semaphore.clone(),
            });
        }
        state.waiters.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl Drop for SemaphoreAcquire {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            let granted = self.semaphore.state.borrow_mut().waiters.remove(key);
            if granted {
                self.semaphore.release(); // pass the permit on
            }
        }
    }
}

/// One permit of a [`Semaphore`], given back on drop.
#[must_use = "the permit is given back as soon as it is dropped"]
pub struct SemaphorePermit {
    semaphore: Semaphore,
}

impl Drop for SemaphorePermit {
    fn drop(&mut self) {
        self.semaphore.release();
    }
}

impl fmt::Debug for SemaphorePermit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SemaphorePermit")
    }
}
