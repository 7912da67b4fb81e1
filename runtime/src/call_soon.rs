//! Callbacks on the loop: [`call_soon`], [`call_later`], [`call_at`]
//! (asyncio's `loop.call_soon` / `call_later` / `call_at`), and the
//! thread-safe entry points [`LoopHandle::call_soon_threadsafe`] and
//! [`run_coroutine_threadsafe`].
//!
//! A callback runs as a small task of its own: it is queued behind the tasks
//! already ready (FIFO, as asyncio's ready queue), a delayed one sleeps on
//! the loop's timers first, and cancelling its [`Handle`] cancels that task.
//! So a callback counts in [`all_tasks`](crate::all_tasks) until it has run,
//! and a panicking callback is reported like a panicking detached task
//! ("Task exception was never retrieved"; asyncio logs "Exception in
//! callback").
//!
//! From other threads, work reaches the loop through its [`Inbox`]: a
//! mutex-protected list of jobs plus a notify of the loop's poller. The loop
//! runs the jobs at the start of each tick (each job only spawns a task, so
//! no user code runs outside a task); when the loop is dropped the inbox is
//! closed and the jobs still in it are dropped, which completes their
//! [`ConcurrentFuture`]s as cancelled, so no thread blocks forever on a loop
//! that is gone.

use crate::Awaitable;
use crate::executor::{Executor, with_current, with_loop};
use crate::sleep::{Sleep, sleep_until};
use crate::task::{Task, TaskError};
use crate::waker::WakeQueue;
use std::cell::Cell;
use std::fmt;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// Runs `callback` on the running loop soon: after the tasks that are ready
/// now (asyncio's `loop.call_soon`). Callbacks run in the order they were
/// scheduled.
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn call_soon(callback: impl FnOnce() + 'static) -> Handle {
    let task = with_current("coro::call_soon()", |executor| {
        executor.spawn(None, Callback::new(callback))
    });
    Handle {
        task,
        cancelled: Cell::new(false),
    }
}

/// Runs `callback` on the running loop `delay` from now (asyncio's
/// `loop.call_later`); never early. Callbacks due at the same instant run in
/// the order they were scheduled.
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn call_later(delay: Duration, callback: impl FnOnce() + 'static) -> TimerHandle {
    let now = Instant::now();
    let when = now
        .checked_add(delay)
        .unwrap_or_else(|| now + Duration::from_secs(60 * 60 * 24 * 365 * 30));
    call_at(when, callback)
}

/// Runs `callback` on the running loop at `when`, an instant of the loop's
/// clock [`time`](crate::time) (asyncio's `loop.call_at`); never early. A
/// past `when` runs it as soon as [`call_soon`] would.
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn call_at(when: Instant, callback: impl FnOnce() + 'static) -> TimerHandle {
    let task = with_current("coro::call_at()", |executor| {
        executor.spawn(
            None,
            Delayed {
                sleep: sleep_until(when),
                callback: Callback::new(callback),
            },
        )
    });
    TimerHandle {
        handle: Handle {
            task,
            cancelled: Cell::new(false),
        },
        when,
    }
}

/// A scheduled callback (asyncio's `Handle`), from [`call_soon`].
///
/// Dropping it does not cancel the callback.
pub struct Handle {
    task: Task<()>,
    cancelled: Cell<bool>,
}

impl Handle {
    /// Cancels the callback if it has not run yet (asyncio's
    /// `Handle.cancel()`); a no-op otherwise.
    pub fn cancel(&self) {
        self.cancelled.set(true);
        self.task.cancel();
    }

    /// True once [`cancel`](Handle::cancel) was called (asyncio's
    /// `Handle.cancelled()`).
    pub fn cancelled(&self) -> bool {
        self.cancelled.get()
    }

    /// True once the callback has run (or panicked, or was cancelled).
    pub fn is_done(&self) -> bool {
        self.task.is_done()
    }
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Handle")
            .field("cancelled", &self.cancelled())
            .field("done", &self.is_done())
            .finish()
    }
}

/// A callback scheduled for a given time (asyncio's `TimerHandle`), from
/// [`call_later`] or [`call_at`]. Dereferences to [`Handle`] (`cancel`,
/// `cancelled`).
pub struct TimerHandle {
    handle: Handle,
    when: Instant,
}

impl TimerHandle {
    /// When the callback is scheduled (asyncio's `TimerHandle.when()`).
    pub fn when(&self) -> Instant {
        self.when
    }
}

impl std::ops::Deref for TimerHandle {
    type Target = Handle;
    fn deref(&self) -> &Handle {
        &self.handle
    }
}

impl fmt::Debug for TimerHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TimerHandle")
            .field("when", &self.when)
            .field("cancelled", &self.cancelled())
            .field("done", &self.is_done())
            .finish()
    }
}

/// The task body of [`call_soon`]: calls the callback at its first resume.
struct Callback<F> {
    callback: Option<F>,
}

impl<F> Callback<F> {
    fn new(callback: F) -> Self {
        Callback {
            callback: Some(callback),
        }
    }
}

impl<F> Unpin for Callback<F> {}

impl<F: FnOnce()> Awaitable for Callback<F> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let callback = self
            .get_mut()
            .callback
            .take()
            .expect("coro: callback resumed after completion");
        callback();
        Poll::Ready(())
    }
}

/// The task body of [`call_at`]: sleeps, then calls the callback.
struct Delayed<F> {
    sleep: Sleep,
    callback: Callback<F>,
}

impl<F> Unpin for Delayed<F> {}

impl<F: FnOnce()> Awaitable for Delayed<F> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        std::task::ready!(Pin::new(&mut this.sleep).resume(cx));
        Pin::new(&mut this.callback).resume(cx)
    }
}

// ------------------------------------------------------------- threadsafe

/// Work sent to the loop from any thread; it runs on the loop's thread.
type Job = Box<dyn FnOnce(&Executor) + Send>;

struct InboxState {
    jobs: Vec<Job>,
    closed: bool,
}

/// A loop's queue of jobs from other threads (see the module docs).
pub(crate) struct Inbox {
    state: Mutex<InboxState>,
    /// Whether `jobs` may be non-empty: lets the loop skip the lock on the
    /// (usual) ticks with nothing submitted. Set under the lock after a push.
    pending: AtomicBool,
    /// To wake the loop from its poller.
    wake: Arc<WakeQueue>,
    loop_id: u64,
}

impl Inbox {
    pub(crate) fn new(wake: Arc<WakeQueue>, loop_id: u64) -> Self {
        Inbox {
            state: Mutex::new(InboxState {
                jobs: Vec::new(),
                closed: false,
            }),
            pending: AtomicBool::new(false),
            wake,
            loop_id,
        }
    }

    fn lock(&self) -> MutexGuard<'_, InboxState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues a job and wakes the loop; gives the job back if the loop is
    /// closed.
    fn submit(&self, job: Job) -> Result<(), Job> {
        let was_empty = {
            let mut state = self.lock();
            if state.closed {
                return Err(job);
            }
            state.jobs.push(job);
            self.pending.store(true, Ordering::Release);
            state.jobs.len() == 1
        };
        // As for injected wakes: if the list was not empty, an earlier
        // submitter notified and the loop has not drained it yet.
        if was_empty {
            self.wake.reactor.notify();
        }
        Ok(())
    }

    /// Runs the queued jobs (the loop calls this every tick).
    pub(crate) fn run(&self, executor: &Executor) {
        // A job pushed after this load sets the flag again and notifies the
        // poller, so the next tick sees it.
        if !self.pending.load(Ordering::Acquire) {
            return;
        }
        let jobs = {
            let mut state = self.lock();
            self.pending.store(false, Ordering::Relaxed);
            if state.jobs.is_empty() {
                return;
            }
            std::mem::take(&mut state.jobs)
        };
        for job in jobs {
            job(executor);
        }
    }

    /// Refuses further jobs and drops the queued ones (the loop is gone).
    pub(crate) fn close(&self) {
        let jobs = {
            let mut state = self.lock();
            state.closed = true;
            std::mem::take(&mut state.jobs)
        };
        drop(jobs); // outside the lock: dropping a job completes its future
    }

    fn is_closed(&self) -> bool {
        self.lock().closed
    }
}

/// The error of submitting work to a loop that has finished (asyncio's
/// `RuntimeError: Event loop is closed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoopClosed;

impl fmt::Display for LoopClosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("event loop is closed")
    }
}

impl std::error::Error for LoopClosed {}

/// A handle to a running loop that other threads can use to submit work to
/// it: asyncio's loop object as seen from another thread. `Send + Sync`,
/// cheap to clone; get it inside the loop with [`get_running_loop`].
#[derive(Clone)]
pub struct LoopHandle {
    inbox: Arc<Inbox>,
}

impl fmt::Debug for LoopHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoopHandle")
            .field("closed", &self.is_closed())
            .finish()
    }
}

/// A handle to the running loop (asyncio's `get_running_loop()`), to pass to
/// other threads.
///
/// # Panics
/// Outside a running loop (asyncio raises `RuntimeError: no running event
/// loop`).
#[track_caller]
pub fn get_running_loop() -> LoopHandle {
    with_current("coro::get_running_loop()", |executor| LoopHandle {
        inbox: executor.inbox.clone(),
    })
}

impl LoopHandle {
    /// Runs `callback` on the loop's thread soon (asyncio's
    /// `loop.call_soon_threadsafe`), waking the loop if it sleeps. Callable
    /// from any thread, the loop's own included; callbacks from one thread
    /// run in the order they were submitted.
    ///
    /// `Err(LoopClosed)` if the loop has finished; the callback is dropped.
    pub fn call_soon_threadsafe(
        &self,
        callback: impl FnOnce() + Send + 'static,
    ) -> Result<(), LoopClosed> {
        self.inbox
            .submit(Box::new(move |executor: &Executor| {
                drop(executor.spawn(None, Callback::new(callback)));
            }))
            .map_err(|_| LoopClosed)
    }

    /// Submits `awaitable` to run as a task of the loop and returns a
    /// [`ConcurrentFuture`] for its result (asyncio's
    /// `run_coroutine_threadsafe(coro, loop)`); see
    /// [`run_coroutine_threadsafe`].
    pub fn run_coroutine_threadsafe<A>(&self, awaitable: A) -> ConcurrentFuture<A::Output>
    where
        A: Awaitable + Send + 'static,
        A::Output: Send + 'static,
    {
        let shared = Arc::new(Shared {
            state: Mutex::new(SharedState {
                result: None,
                taken: false,
                cancel_requested: false,
                loop_waker: None,
                waiters: Vec::new(),
            }),
            done: Condvar::new(),
        });
        let submission = Submission {
            awaitable: Some(awaitable),
            shared: shared.clone(),
        };
        // If the loop is closed the job comes back and is dropped here,
        // which completes the future as cancelled.
        let _ = self.inbox.submit(Box::new(move |executor: &Executor| {
            submission.start(executor);
        }));
        ConcurrentFuture {
            shared,
            loop_id: self.inbox.loop_id,
        }
    }

    /// True once the loop has finished: submissions then fail.
    pub fn is_closed(&self) -> bool {
        self.inbox.is_closed()
    }
}

/// Submits `awaitable` to run as a task of the loop behind `handle`, from
/// any thread, and returns a [`ConcurrentFuture`] for its result (asyncio's
/// `run_coroutine_threadsafe(coro, loop)`).
///
/// The result is `Ok(output)`, or `Err(`[`TaskError`]`)` if the task
/// panicked or was cancelled: by [`ConcurrentFuture::cancel`], by the loop
/// shutting down before it finished, or because the loop had already
/// finished when it was submitted.
pub fn run_coroutine_threadsafe<A>(awaitable: A, handle: &LoopHandle) -> ConcurrentFuture<A::Output>
where
    A: Awaitable + Send + 'static,
    A::Output: Send + 'static,
{
    handle.run_coroutine_threadsafe(awaitable)
}

struct SharedState<T> {
    result: Option<Result<T, TaskError>>,
    /// Set once the result was moved out (by `result()` or a poll).
    taken: bool,
    /// Set by [`ConcurrentFuture::cancel`]; the forwarder on the loop sees it
    /// and cancels the task.
    cancel_requested: bool,
    /// The forwarder's waker, to deliver a cancellation.
    loop_waker: Option<Waker>,
    /// Wakers of std futures awaiting the result.
    waiters: Vec<Waker>,
}

struct Shared<T> {
    state: Mutex<SharedState<T>>,
    done: Condvar,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, SharedState<T>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sets the result unless there is one already; wakes every waiter.
    fn complete(&self, result: Result<T, TaskError>) {
        let waiters = {
            let mut state = self.lock();
            if state.result.is_some() || state.taken {
                return;
            }
            state.result = Some(result);
            std::mem::take(&mut state.waiters)
        };
        self.done.notify_all();
        for waker in waiters {
            waker.wake();
        }
    }
}

/// A submitted awaitable on its way to the loop. Dropped unstarted (the loop
/// closed), it completes the future as cancelled.
struct Submission<A: Awaitable> {
    awaitable: Option<A>,
    shared: Arc<Shared<A::Output>>,
}

impl<A> Submission<A>
where
    A: Awaitable + 'static,
    A::Output: 'static,
{
    fn start(mut self, executor: &Executor) {
        let awaitable = self.awaitable.take().expect("started once");
        let task = executor.spawn(None, awaitable);
        let forward = Forward {
            task,
            shared: self.shared.clone(),
        };
        drop(executor.spawn(None, forward));
    }
}

impl<A: Awaitable> Drop for Submission<A> {
    fn drop(&mut self) {
        if self.awaitable.is_some() {
            self.shared.complete(Err(TaskError::Cancelled));
        }
    }
}

/// The loop-side half of a [`ConcurrentFuture`]: awaits the task and sends
/// its result over; cancels it when the future is cancelled.
struct Forward<T> {
    task: Task<T>,
    shared: Arc<Shared<T>>,
}

impl<T> Awaitable for Forward<T> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        {
            let mut state = this.shared.lock();
            if state.cancel_requested {
                drop(state);
                this.task.cancel();
                return Poll::Ready(());
            }
            match &state.loop_waker {
                Some(w) if w.will_wake(cx.waker()) => {}
                _ => state.loop_waker = Some(cx.waker().clone()),
            }
        }
        let result = std::task::ready!(Pin::new(&mut this.task).resume(cx));
        this.shared.complete(result);
        Poll::Ready(())
    }
}

impl<T> Drop for Forward<T> {
    fn drop(&mut self) {
        // Finished: a no-op. Dropped by the loop's shutdown: cancelled.
        self.shared.complete(Err(TaskError::Cancelled));
    }
}

/// The result of [`run_coroutine_threadsafe`], for another thread to wait
/// on (Python's `concurrent.futures.Future`). `Send + Sync` when `T: Send`.
///
/// Block on it with [`result`](ConcurrentFuture::result), poll it with
/// [`done`](ConcurrentFuture::done), or await it from another loop: it is
/// also a std `Future` (`coro::from_future(fut).await`, asyncio's
/// `wrap_future`). Dropping it does not cancel the task.
pub struct ConcurrentFuture<T> {
    shared: Arc<Shared<T>>,
    loop_id: u64,
}

impl<T> fmt::Debug for ConcurrentFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConcurrentFuture")
            .field("done", &self.done())
            .finish()
    }
}

impl<T> ConcurrentFuture<T> {
    /// Blocks this thread until the task has finished and returns its result
    /// (`concurrent.futures.Future.result()`).
    ///
    /// # Panics
    /// If called on the thread of the loop the task runs on, while that loop
    /// runs: it would wait for itself forever (asyncio deadlocks there).
    #[track_caller]
    pub fn result(self) -> Result<T, TaskError> {
        self.check_not_on_loop("result");
        let mut state = self.shared.lock();
        loop {
            if let Some(result) = state.result.take() {
                state.taken = true;
                return result;
            }
            assert!(!state.taken, "coro: ConcurrentFuture result already taken");
            state = self
                .shared
                .done
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Blocks until the task has finished or `timeout` has passed; true if
    /// it has finished (`concurrent.futures.wait([fut], timeout)`).
    ///
    /// # Panics
    /// As [`result`](ConcurrentFuture::result).
    #[track_caller]
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        self.check_not_on_loop("wait_timeout");
        let deadline = Instant::now().checked_add(timeout);
        let mut state = self.shared.lock();
        while state.result.is_none() && !state.taken {
            let left = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()),
                None => Duration::MAX,
            };
            if left.is_zero() {
                return false;
            }
            state = self
                .shared
                .done
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        true
    }

    /// True once the result is there (`Future.done()`).
    pub fn done(&self) -> bool {
        let state = self.shared.lock();
        state.result.is_some() || state.taken
    }

    /// Cancels the task (`Future.cancel()`, which asyncio forwards to the
    /// task): the future completes at once with
    /// [`TaskError::Cancelled`], and the task is cancelled on its loop soon
    /// after. Returns false if the result was already there.
    pub fn cancel(&self) -> bool {
        let waker = {
            let mut state = self.shared.lock();
            if state.result.is_some() || state.taken {
                return false;
            }
            state.cancel_requested = true;
            state.loop_waker.take()
        };
        self.shared.complete(Err(TaskError::Cancelled));
        if let Some(waker) = waker {
            waker.wake(); // the forwarder cancels the task
        }
        true
    }

    /// True if the future was cancelled ([`cancel`](ConcurrentFuture::cancel),
    /// or the loop shut down before the task finished) and its result was
    /// not taken yet.
    pub fn cancelled(&self) -> bool {
        matches!(self.shared.lock().result, Some(Err(TaskError::Cancelled)))
    }

    #[track_caller]
    fn check_not_on_loop(&self, what: &str) {
        if with_loop(self.loop_id, |_| ()).is_some() {
            panic!(
                "coro: ConcurrentFuture::{what}() called on the thread of the loop it waits for: it would block that loop forever"
            );
        }
    }
}

impl<T> std::future::Future for ConcurrentFuture<T> {
    type Output = Result<T, TaskError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.shared.lock();
        if let Some(result) = state.result.take() {
            state.taken = true;
            return Poll::Ready(result);
        }
        assert!(
            !state.taken,
            "coro: ConcurrentFuture polled after completion"
        );
        if !state.waiters.iter().any(|w| w.will_wake(cx.waker())) {
            state.waiters.push(cx.waker().clone());
        }
        Poll::Pending
    }
}
