//! Task wakers: how a `Waker::wake` becomes "this task is ready again".
//!
//! Every task owns exactly one [`TaskWaker`], allocated when the task is
//! spawned and reused for every poll, so polling allocates nothing. A
//! `TaskWaker` is the task's [`TaskKey`] plus an `Arc` of the loop's
//! [`WakeQueue`]; it is `Send + Sync` even though the task itself may be
//! `!Send`, because waking only moves the key, never the task.
//!
//! Two paths lead back to the loop:
//! - on the loop's own thread (the common case: timers, queues, locks), the
//!   key goes onto the loop's local ready queue, a plain `VecDeque`;
//! - on any other thread, the key goes onto the mutex-protected injection
//!   queue and, if that queue was empty, the reactor is notified so a sleeping
//!   loop wakes up. The loop drains the whole injection queue at once, so one
//!   notify per batch suffices.
//!
//! The `scheduled` flag makes waking idempotent: a task is in the ready queues
//! at most once. It is set by the first wake and cleared by the loop right
//! before it polls the task (so a wake during the poll schedules it again).
//! Once a task has finished, the flag stays set forever and stale wakers are
//! no-ops.

use crate::reactor::Reactor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Wake;

/// Where a task lives in the loop's task slab: slot index plus the slot's
/// generation, so a key outliving its task never reaches a newer occupant.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct TaskKey {
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

/// The part of a loop that wakers on any thread can reach.
pub(crate) struct WakeQueue {
    /// Keys woken from other threads, drained by the loop each tick.
    injected: Mutex<Vec<TaskKey>>,
    /// The poller the loop sleeps on, notified after an injection.
    pub(crate) reactor: Reactor,
}

impl WakeQueue {
    pub(crate) fn new(reactor: Reactor) -> Self {
        WakeQueue {
            injected: Mutex::new(Vec::new()),
            reactor,
        }
    }

    /// Pushes a key woken from a foreign thread and wakes the loop.
    fn inject(&self, key: TaskKey) {
        let was_empty = {
            let mut injected = self.injected.lock().unwrap_or_else(|e| e.into_inner());
            injected.push(key);
            injected.len() == 1
        };
        // If the queue was not empty, an earlier injector already notified and
        // the loop has not drained yet, so it will see this key too.
        if was_empty {
            self.reactor.notify();
        }
    }

    /// Moves every injected key into `into` (keeps both allocations).
    pub(crate) fn drain_into(&self, into: &mut Vec<TaskKey>) {
        let mut injected = self.injected.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::swap(&mut *injected, into);
    }
}

/// The data behind a task's `Waker` (see the module docs).
pub(crate) struct TaskWaker {
    pub(crate) key: TaskKey,
    /// True while the key sits in a ready queue, and forever after the task
    /// finished.
    pub(crate) scheduled: AtomicBool,
    pub(crate) queue: Arc<WakeQueue>,
}

impl TaskWaker {
    /// Called by the loop right before polling: wakes from now on count.
    pub(crate) fn clear_scheduled(&self) {
        self.scheduled.store(false, Ordering::Release);
    }

    /// Called by the loop when the task is gone: all later wakes are no-ops.
    pub(crate) fn retire(&self) {
        self.scheduled.store(true, Ordering::Release);
    }
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        if self.scheduled.swap(true, Ordering::AcqRel) {
            return; // already queued (or finished)
        }
        if !crate::executor::try_schedule_local(&self.queue, self.key) {
            self.queue.inject(self.key);
        }
    }
}
