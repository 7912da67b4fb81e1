//! [`Event`]: a flag tasks can wait for (asyncio's `Event`).

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct EventState {
    is_set: bool,
    waiters: WaitList,
}

/// A flag that tasks wait for (asyncio's `Event`): [`set`](Event::set) wakes
/// every waiter; [`wait`](Event::wait) completes at once while it is set.
///
/// A waiter woken by `set` completes even if the event is cleared again before
/// it resumes. A cheap handle: clones share the same flag.
#[derive(Clone)]
pub struct Event {
    state: Rc<RefCell<EventState>>,
}

impl Default for Event {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("is_set", &self.is_set())
            .finish()
    }
}

impl Event {
    /// A new, unset event.
    pub fn new() -> Self {
        Event {
            state: Rc::new(RefCell::new(EventState {
                is_set: false,
                waiters: WaitList::default(),
            })),
        }
    }

    /// Sets the flag and wakes every waiter.
    pub fn set(&self) {
        let mut state = self.state.borrow_mut();
        state.is_set = true;
        state.waiters.notify_all();
    }

    /// Clears the flag; later waits block until the next `set`.
    pub fn clear(&self) {
        self.state.borrow_mut().is_set = false;
    }

    /// Whether the flag is set.
    pub fn is_set(&self) -> bool {
        self.state.borrow().is_set
    }

    /// Waits until the flag is set.
    pub fn wait(&self) -> EventWait {
        EventWait {
            event: self.clone(),
            waiter: None,
        }
    }
}

/// The awaitable returned by [`Event::wait`].
#[must_use = "waiting does nothing unless awaited"]
pub struct EventWait {
    event: Event,
    waiter: Option<WaiterKey>,
}

#[diagnostic::do_not_recommend]
impl Awaitable for EventWait {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let mut state = this.event.state.borrow_mut();
        let woken = this
            .waiter
            .is_some_and(|key| state.waiters.is_notified(key));
        if woken || state.is_set {
            if let Some(key) = this.waiter.take() {
                state.waiters.remove(key);
            }
            return Poll::Ready(());
        }
        state.waiters.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl Drop for EventWait {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            self.event.state.borrow_mut().waiters.remove(key);
        }
    }
}
