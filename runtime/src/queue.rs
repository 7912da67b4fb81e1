//! [`Queue`]: a FIFO queue between tasks (asyncio's `Queue`), and its
//! [`LifoQueue`] and [`PriorityQueue`] variants.
//!
//! All three share one implementation: the state records the order items
//! come out in ([`Order`]), and only `push`/`pop` look at it. A priority
//! queue is a binary min-heap kept in the same `VecDeque` (Python's
//! `heapq`), its comparison captured as a function pointer when the queue is
//! made, so only the constructor needs `T: Ord`.
//!
//! [`Queue::shutdown`] follows Python 3.13: puts fail from then on, gets
//! drain what is left and then fail; every waiter is woken to see it.

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::VecDeque;
use std::fmt;
use std::ops::Deref;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// Which item `get` takes.
enum Order<T> {
    Fifo,
    Lifo,
    /// The smallest by this comparison (a min-heap).
    Priority(fn(&T, &T) -> Ordering),
}

struct QueueState<T> {
    items: VecDeque<T>,
    order: Order<T>,
    /// Set by [`Queue::shutdown`]; never cleared.
    shut_down: bool,
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
        if let Order::Priority(cmp) = self.order {
            sift_up(&mut self.items, cmp);
        }
        self.unfinished += 1;
        self.getters.notify_one();
    }

    fn pop(&mut self) -> Option<T> {
        let value = match self.order {
            Order::Fifo => self.items.pop_front()?,
            Order::Lifo => self.items.pop_back()?,
            Order::Priority(cmp) => {
                let last = self.items.len().checked_sub(1)?;
                self.items.swap(0, last);
                let value = self.items.pop_back()?;
                sift_down(&mut self.items, cmp);
                value
            }
        };
        self.putters.notify_one();
        Some(value)
    }
}

/// Restores the heap order after a push at the back.
fn sift_up<T>(heap: &mut VecDeque<T>, cmp: fn(&T, &T) -> Ordering) {
    let mut child = heap.len() - 1;
    while child > 0 {
        let parent = (child - 1) / 2;
        if cmp(&heap[child], &heap[parent]) != Ordering::Less {
            break;
        }
        heap.swap(child, parent);
        child = parent;
    }
}

/// Restores the heap order after the root was replaced.
fn sift_down<T>(heap: &mut VecDeque<T>, cmp: fn(&T, &T) -> Ordering) {
    let len = heap.len();
    let mut parent = 0;
    loop {
        let left = 2 * parent + 1;
        if left >= len {
            break;
        }
        let right = left + 1;
        let smaller = if right < len && cmp(&heap[right], &heap[left]) == Ordering::Less {
            right
        } else {
            left
        };
        if cmp(&heap[smaller], &heap[parent]) != Ordering::Less {
            break;
        }
        heap.swap(smaller, parent);
        parent = smaller;
    }
}

/// A first-in first-out queue for tasks of one loop (asyncio's `Queue`).
///
/// A cheap handle: clones share one queue, so give each producer and consumer
/// its own clone. `Queue::new(0)` is unbounded; with `maxsize > 0`,
/// [`put`](Queue::put) waits while the queue is full (backpressure).
/// [`task_done`](Queue::task_done) and [`join`](Queue::join) track whether
/// every item put has been processed. [`shutdown`](Queue::shutdown) ends the
/// queue's life (Python 3.13): `while let Ok(item) = q.get().await { .. }`
/// is a consumer loop that stops once the queue is shut down and drained.
///
/// [`LifoQueue`] and [`PriorityQueue`] are queues that hand out items in
/// another order; they dereference to `Queue`, which has every method.
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

/// The error of an operation on a queue that was shut down (Python 3.13's
/// `asyncio.QueueShutDown`): from [`Queue::put`], holding the value back, and
/// from [`Queue::get`] once the queue is also empty (`T = ()`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct QueueShutDown<T = ()>(pub T);

impl<T> QueueShutDown<T> {
    /// The value that was not put.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for QueueShutDown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("QueueShutDown(..)")
    }
}

impl<T> fmt::Display for QueueShutDown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("queue is shut down")
    }
}

impl<T> std::error::Error for QueueShutDown<T> {}

/// The error of [`Queue::put_nowait`]; holds the value back.
#[derive(Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PutNowaitError<T> {
    /// The queue is full (asyncio's `QueueFull`).
    Full(T),
    /// The queue was shut down (asyncio's `QueueShutDown`).
    ShutDown(T),
}

impl<T> PutNowaitError<T> {
    /// The value that was not put.
    pub fn into_inner(self) -> T {
        match self {
            PutNowaitError::Full(value) | PutNowaitError::ShutDown(value) => value,
        }
    }

    /// True for [`PutNowaitError::Full`].
    pub fn is_full(&self) -> bool {
        matches!(self, PutNowaitError::Full(_))
    }

    /// True for [`PutNowaitError::ShutDown`].
    pub fn is_shut_down(&self) -> bool {
        matches!(self, PutNowaitError::ShutDown(_))
    }
}

impl<T> fmt::Debug for PutNowaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PutNowaitError::Full(_) => f.write_str("Full(..)"),
            PutNowaitError::ShutDown(_) => f.write_str("ShutDown(..)"),
        }
    }
}

impl<T> fmt::Display for PutNowaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PutNowaitError::Full(_) => f.write_str("queue is full"),
            PutNowaitError::ShutDown(_) => f.write_str("queue is shut down"),
        }
    }
}

impl<T> std::error::Error for PutNowaitError<T> {}

/// The error of [`Queue::get_nowait`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum GetNowaitError {
    /// The queue is empty (asyncio's `QueueEmpty`).
    Empty,
    /// The queue is empty and was shut down (asyncio's `QueueShutDown`).
    ShutDown,
}

impl fmt::Display for GetNowaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GetNowaitError::Empty => f.write_str("queue is empty"),
            GetNowaitError::ShutDown => f.write_str("queue is shut down"),
        }
    }
}

impl std::error::Error for GetNowaitError {}

impl<T> Queue<T> {
    /// A queue holding at most `maxsize` items; 0 means unbounded.
    pub fn new(maxsize: usize) -> Self {
        Self::with_order(maxsize, Order::Fifo)
    }

    fn with_order(maxsize: usize, order: Order<T>) -> Self {
        Queue {
            state: Rc::new(RefCell::new(QueueState {
                items: VecDeque::new(),
                order,
                shut_down: false,
                maxsize,
                getters: WaitList::default(),
                putters: WaitList::default(),
                unfinished: 0,
                joiners: WaitList::default(),
            })),
        }
    }

    /// Puts `value` in, waiting while the queue is full. Dropping the
    /// awaitable before it completed drops the value unput.
    ///
    /// `Err(QueueShutDown(value))` if the queue is shut down, before or
    /// while waiting (asyncio 3.13 raises `QueueShutDown`).
    pub fn put(&self, value: T) -> QueuePut<T> {
        QueuePut {
            queue: self.clone(),
            value: Some(value),
            waiter: None,
        }
    }

    /// Takes the next item (the front one for a FIFO queue), waiting while
    /// the queue is empty.
    ///
    /// On a shut-down queue it still returns the items left, then
    /// `Err(QueueShutDown(()))`; a getter waiting when the queue is shut down
    /// is woken with that error (asyncio 3.13).
    pub fn get(&self) -> QueueGet<T> {
        QueueGet {
            queue: self.clone(),
            waiter: None,
        }
    }

    /// Puts `value` now, or gives it back in `Err(Full(value))` if the queue
    /// is full, `Err(ShutDown(value))` if it was shut down.
    pub fn put_nowait(&self, value: T) -> Result<(), PutNowaitError<T>> {
        let mut state = self.state.borrow_mut();
        if state.shut_down {
            return Err(PutNowaitError::ShutDown(value));
        }
        if state.full() {
            return Err(PutNowaitError::Full(value));
        }
        state.push(value);
        Ok(())
    }

    /// Takes the next item now, or `Err(Empty)`; `Err(ShutDown)` if the
    /// queue is empty and shut down.
    pub fn get_nowait(&self) -> Result<T, GetNowaitError> {
        let mut state = self.state.borrow_mut();
        match state.pop() {
            Some(value) => Ok(value),
            None if state.shut_down => Err(GetNowaitError::ShutDown),
            None => Err(GetNowaitError::Empty),
        }
    }

    /// Shuts the queue down (Python 3.13's `Queue.shutdown(immediate)`):
    /// from now on [`put`](Queue::put) and [`put_nowait`](Queue::put_nowait)
    /// fail, and [`get`](Queue::get) fails once the queue is empty. Every
    /// task waiting in `put` or `get` is woken to see it.
    ///
    /// With `immediate`, the items still queued are dropped (after the
    /// queue's state is released, so their destructors may use the queue),
    /// each counting as [`task_done`](Queue::task_done), so that
    /// [`join`](Queue::join) completes once the items already taken are done.
    /// Shutting down twice is harmless; a second call with `immediate` drains
    /// what the first left.
    pub fn shutdown(&self, immediate: bool) {
        let drained = {
            let mut state = self.state.borrow_mut();
            state.shut_down = true;
            let drained = if immediate {
                let drained = std::mem::take(&mut state.items);
                state.unfinished = state.unfinished.saturating_sub(drained.len());
                if state.unfinished == 0 {
                    state.joiners.notify_all();
                }
                drained
            } else {
                VecDeque::new()
            };
            state.getters.notify_all();
            state.putters.notify_all();
            drained
        };
        drop(drained); // no borrow held: destructors may use the queue
    }

    /// Whether [`shutdown`](Queue::shutdown) was called (asyncio keeps this
    /// private, as `_is_shutdown`).
    pub fn is_shut_down(&self) -> bool {
        self.state.borrow().shut_down
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
    type Output = Result<(), QueueShutDown<T>>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let mut state = this.queue.state.borrow_mut();
        if state.shut_down || !state.full() {
            if let Some(key) = this.waiter.take() {
                state.putters.remove(key);
            }
            let value = this
                .value
                .take()
                .expect("coro: QueuePut resumed after completion");
            if state.shut_down {
                return Poll::Ready(Err(QueueShutDown(value)));
            }
            state.push(value);
            return Poll::Ready(Ok(()));
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
            if state.putters.remove(key) && !state.full() && !state.shut_down {
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
    type Output = Result<T, QueueShutDown>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let mut state = this.queue.state.borrow_mut();
        let value = state.pop();
        if value.is_some() || state.shut_down {
            if let Some(key) = this.waiter.take() {
                state.getters.remove(key);
            }
            return Poll::Ready(value.ok_or(QueueShutDown(())));
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

/// A last-in first-out queue (asyncio's `LifoQueue`): [`get`](Queue::get)
/// takes the item put most recently. Everything else is as for [`Queue`],
/// which it dereferences to.
pub struct LifoQueue<T>(Queue<T>);

impl<T> LifoQueue<T> {
    /// A LIFO queue holding at most `maxsize` items; 0 means unbounded.
    pub fn new(maxsize: usize) -> Self {
        LifoQueue(Queue::with_order(maxsize, Order::Lifo))
    }

    /// The queue as a plain [`Queue`] handle (same queue, same order).
    pub fn into_queue(self) -> Queue<T> {
        self.0
    }
}

/// A queue that hands out its smallest item first (asyncio's
/// `PriorityQueue`, a `heapq` min-heap): put `(priority, value)` tuples, as
/// in Python, or any `Ord` type (`std::cmp::Reverse` for largest-first).
/// Items that compare equal come out in no particular order. Everything
/// else is as for [`Queue`], which it dereferences to.
pub struct PriorityQueue<T>(Queue<T>);

impl<T: Ord> PriorityQueue<T> {
    /// A priority queue holding at most `maxsize` items; 0 means unbounded.
    pub fn new(maxsize: usize) -> Self {
        PriorityQueue(Queue::with_order(maxsize, Order::Priority(T::cmp)))
    }
}

impl<T> PriorityQueue<T> {
    /// The queue as a plain [`Queue`] handle (same queue, same order).
    pub fn into_queue(self) -> Queue<T> {
        self.0
    }
}

macro_rules! queue_variant {
    ($name:ident) => {
        impl<T> Deref for $name<T> {
            type Target = Queue<T>;
            fn deref(&self) -> &Queue<T> {
                &self.0
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
        }

        impl<T> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("qsize", &self.qsize())
                    .field("maxsize", &self.maxsize())
                    .finish()
            }
        }

        impl<T> From<$name<T>> for Queue<T> {
            fn from(queue: $name<T>) -> Queue<T> {
                queue.0
            }
        }
    };
}

queue_variant!(LifoQueue);
queue_variant!(PriorityQueue);
