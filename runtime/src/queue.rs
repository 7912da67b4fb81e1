//! [`Queue`]: a FIFO queue between tasks (asyncio's `Queue`).

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct QueueState<T> {
    items: VecDeque<T>,
    /// 0 = unbounded.
    maxsize: usize,
    /// Tasks waiting in `get` for an item. Notification is a hint ("an item
    /// arrived"): one notified getter is woken per item put.
    getters: WaitList,
    /// Tasks waiting in `put` for room; one is notified per item taken.
    putters: WaitList,
    /// Items put and not yet marked done with `task_done`.
    unfinished: usize,
    /// Tasks waiting in `join`; all are notified when `unfinished` hits 0.
    joiners: WaitList,
}

impl<T> QueueState<T> {
    fn full(&self) -> bool {
        self.maxsize > 0 && self.items.len() >= self.maxsize
    }

    fn push(&mut self, value: T) {
        self.items.push_back(value);
        self.unfinished += 1;
        self.getters.notify_one();
    }

    fn pop(&mut self) -> Option<T> {
        let value = self.items.pop_front()?;
        self.putters.notify_one();
        Some(value)
    }
}

/// A first-in first-out queue for tasks of one loop (asyncio's `Queue`).
///
/// A cheap handle: clones share one queue, so give each producer and consumer
/// its own clone. `Queue::new(0)` is unbounded; with `maxsize > 0`,
/// [`put`](Queue::put) waits while the queue is full (backpressure).
/// [`task_done`](Queue::task_done) and [`join`](Queue::join) track whether
/// every item put has been processed.
pub struct Queue<T> {
    state: Rc<RefCell<QueueState<T>>>,
}

impl<T> Clone for Queue<T> {
    fn clone(&self) -> Self {
        Queue {
            state: self.state.clone(),
        }
    }
}

impl<T> fmt::Debug for Queue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Queue")
            .field("qsize", &self.qsize())
            .field("maxsize", &self.maxsize())
            .finish()
    }
}

/// The error of [`Queue::put_nowait`] on a full queue; holds the value back.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct QueueFull<T>(pub T);

impl<T> QueueFull<T> {
    /// The value that was not put.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for QueueFull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("QueueFull(..)")
    }
}

impl<T> fmt::Display for QueueFull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("queue is full")
    }
}

impl<T> std::error::Error for QueueFull<T> {}

/// The error of [`Queue::get_nowait`] on an empty queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueueEmpty;

impl fmt::Display for QueueEmpty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("queue is empty")
    }
}

impl std::error::Error for QueueEmpty {}

impl<T> Queue<T> {
    /// A queue holding at most `maxsize` items; 0 means unbounded.
    pub fn new(maxsize: usize) -> Self {
        Queue {
            state: Rc::new(RefCell::new(QueueState {
                items: VecDeque::new(),
                maxsize,
                getters: WaitList::default(),
                putters: WaitList::default(),
                unfinished: 0,
                joiners: WaitList::default(),
            })),
        }
    }

    /// Puts `value` at the back, waiting while the queue is full. Dropping
    /// the awaitable before it completed drops the value unput.
    pub fn put(&self, value: T) -> QueuePut<T> {
        QueuePut {
            queue: self.clone(),
            value: Some(value),
            waiter: None,
        }
    }

    /// Takes the item at the front, waiting while the queue is empty.
    pub fn get(&self) -> QueueGet<T> {
        QueueGet {
            queue: self.clone(),
            waiter: None,
        }
    }

    /// Puts `value` now, or gives it back in `Err(QueueFull(value))`.
    pub fn put_nowait(&self, value: T) -> Result<(), QueueFull<T>> {
        let mut state = self.state.borrow_mut();
        if state.full() {
            return Err(QueueFull(value));
        }
        state.push(value);
        Ok(())
    }

    /// Takes the front item now, or `Err(QueueEmpty)`.
    pub fn get_nowait(&self) -> Result<T, QueueEmpty> {
        self.state.borrow_mut().pop().ok_or(QueueEmpty)
    }

    /// Marks one item taken with `get` as processed. When every item put so
    /// far is processed, [`join`](Queue::join) completes.
    ///
    /// # Panics
    /// If called more times than items were put ("task_done() called too
    /// many times", asyncio's `ValueError`).
    pub fn task_done(&self) {
        let mut state = self.state.borrow_mut();
        assert!(
            state.unfinished > 0,
            "coro: Queue::task_done() called too many times"
        );
        state.unfinished -= 1;
        if state.unfinished == 0 {
            state.joiners.notify_all();
        }
    }

    /// Waits until every item put has been marked done with
    /// [`task_done`](Queue::task_done).
    pub fn join(&self) -> QueueJoin<T> {
        QueueJoin {
            queue: self.clone(),
            waiter: None,
        }
    }

    /// Number of items in the queue.
    pub fn qsize(&self) -> usize {
        self.state.borrow().items.len()
    }

    /// The capacity given to [`new`](Queue::new); 0 = unbounded.
    pub fn maxsize(&self) -> usize {
        self.state.borrow().maxsize
    }

    /// True if the queue holds no item.
    pub fn empty(&self) -> bool {
        self.state.borrow().items.is_empty()
    }

    /// True if the queue is bounded and holds `maxsize` items.
    pub fn full(&self) -> bool {
        self.state.borrow().full()
    }
}

/// The awaitable returned by [`Queue::put`].
#[must_use = "the value is not put unless the awaitable is awaited"]
pub struct QueuePut<T> {
    queue: Queue<T>,
    value: Option<T>,
    waiter: Option<WaiterKey>,
}

// The value is only ever moved, never pinned.
impl<T> Unpin for QueuePut<T> {}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for QueuePut<T> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let mut state = this.queue.state.borrow_mut();
        if !state.full() {
            if let Some(key) = this.waiter.take() {
                state.putters.remove(key);
            }
            let value = this
                .value
                .take()
                .expect("coro: QueuePut resumed after completion");
            state.push(value);
            return Poll::Ready(());
        }
        if let Some(key) = this.waiter {
            state.putters.clear_notified(key); // someone else took the room
        }
        state.putters.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl<T> Drop for QueuePut<T> {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            let mut state = self.queue.state.borrow_mut();
            if state.putters.remove(key) && !state.full() {
                state.putters.notify_one(); // pass the unused wake-up on
            }
        }
    }
}

/// The awaitable returned by [`Queue::get`].
#[must_use = "no item is taken unless the awaitable is awaited"]
pub struct QueueGet<T> {
    queue: Queue<T>,
    waiter: Option<WaiterKey>,
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for QueueGet<T> {
    type Output = T;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let this = self.get_mut();
        let mut state = this.queue.state.borrow_mut();
        if let Some(value) = state.pop() {
            if let Some(key) = this.waiter.take() {
                state.getters.remove(key);
            }
            return Poll::Ready(value);
        }
        if let Some(key) = this.waiter {
            state.getters.clear_notified(key); // someone else took the item
        }
        state.getters.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl<T> Drop for QueueGet<T> {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            let mut state = self.queue.state.borrow_mut();
            if state.getters.remove(key) && !state.items.is_empty() {
                state.getters.notify_one(); // pass the unused wake-up on
            }
        }
    }
}

/// The awaitable returned by [`Queue::join`].
#[must_use = "join does nothing unless awaited"]
pub struct QueueJoin<T> {
    queue: Queue<T>,
    waiter: Option<WaiterKey>,
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for QueueJoin<T> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let mut state = this.queue.state.borrow_mut();
        let woken = this
            .waiter
            .is_some_and(|key| state.joiners.is_notified(key));
        if woken || state.unfinished == 0 {
            if let Some(key) = this.waiter.take() {
                state.joiners.remove(key);
            }
            return Poll::Ready(());
        }
        state.joiners.register(&mut this.waiter, cx.waker());
        Poll::Pending
    }
}

impl<T> Drop for QueueJoin<T> {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            self.queue.state.borrow_mut().joiners.remove(key);
        }
    }
}
