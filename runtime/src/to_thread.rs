//! [`to_thread`]: run blocking work on a thread pool and await its result
//! (asyncio's `to_thread`).
//!
//! A [`ThreadPool`] starts lazily: the first job spawns the first worker, and
//! a worker is added whenever more jobs are queued than workers are idle, up
//! to the pool's limit. Idle workers exit after a minute (at once when the
//! pool was dropped and its queue is empty). A finished job stores its
//! result and wakes the awaiting task through its ordinary `Waker` (the
//! cross-thread injection path).
//!
//! The default pool (what [`to_thread`] uses) is process-wide, and its limit
//! is [`DEFAULT_TO_THREAD_LIMIT`], not asyncio's `min(32, cores + 4)`: with
//! a small limit, blocking calls that wait for each other (ten blocking
//! socket reads whose peers are served by other blocking calls, on a 2-core
//! machine) take every worker, and the jobs queued behind them never start.
//! Threads are only made while jobs wait and no worker is idle, so the high
//! limit costs nothing for programs that block little.

use crate::Awaitable;
use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

type Job = Box<dyn FnOnce() + Send>;

/// How long an idle worker waits for a job before it exits.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// The default pool's limit on threads running at once (tokio's for its
/// blocking pool). See the module documentation for why it is not asyncio's.
pub const DEFAULT_TO_THREAD_LIMIT: usize = 512;

struct Pool {
    state: Mutex<PoolState>,
    job_ready: Condvar,
    /// The most workers at once (see [`set_to_thread_limit`]).
    max_threads: AtomicUsize,
    /// Live [`ThreadPool`] handles.
    handles: AtomicUsize,
}

struct PoolState {
    jobs: VecDeque<Job>,
    idle: usize,
    threads: usize,
    /// The last [`ThreadPool`] handle was dropped: workers leave once the
    /// queue is empty.
    closed: bool,
}

/// A pool of threads for blocking work (Python's
/// `concurrent.futures.ThreadPoolExecutor`, used with
/// `loop.run_in_executor(pool, f)`): `pool.run(f).await`.
///
/// [`to_thread`] uses a process-wide default pool; make your own to bound
/// one kind of blocking work separately (say, at most 4 database calls at
/// once) without touching the rest.
///
/// ```
/// let pool = coro_runtime::ThreadPool::new(2);
/// let sum = coro_runtime::run(pool.run(|| (1..=10u32).sum::<u32>()));
/// assert_eq!(sum, 55);
/// ```
///
/// Dropping the pool lets its workers finish the queued jobs and exit; it
/// does not wait for them (awaitables already made keep the pool alive).
/// Cloning gives another handle to the same pool.
pub struct ThreadPool {
    pool: Arc<Pool>,
}

impl ThreadPool {
    /// A pool running at most `max_threads` jobs at once.
    ///
    /// # Panics
    /// If `max_threads` is 0.
    pub fn new(max_threads: usize) -> ThreadPool {
        assert!(
            max_threads > 0,
            "coro::ThreadPool::new: the pool needs at least one thread"
        );
        ThreadPool {
            pool: Arc::new(Pool {
                state: Mutex::new(PoolState {
                    jobs: VecDeque::new(),
                    idle: 0,
                    threads: 0,
                    closed: false,
                }),
                job_ready: Condvar::new(),
                max_threads: AtomicUsize::new(max_threads),
                handles: AtomicUsize::new(1),
            }),
        }
    }

    /// Runs `f` on this pool and awaits its result, as [`to_thread`] does on
    /// the default pool (Python's `await loop.run_in_executor(pool, f)`).
    pub fn run<F, R>(&self, f: F) -> ToThread<F, R>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static,
    {
        ToThread {
            f: Some(f),
            pool: self.pool.clone(),
            outcome: None,
        }
    }

    /// The limit this pool was made with (or last set to).
    pub fn max_threads(&self) -> usize {
        self.pool.max_threads.load(Ordering::Relaxed)
    }
}

impl Clone for ThreadPool {
    fn clone(&self) -> Self {
        self.pool.handles.fetch_add(1, Ordering::Relaxed);
        ThreadPool {
            pool: self.pool.clone(),
        }
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        // Workers and awaitables hold the `Arc` too, so handles are counted
        // on their own; the last one closes the pool.
        if self.pool.handles.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.pool.close();
        }
    }
}

impl std::fmt::Debug for ThreadPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadPool")
            .field("max_threads", &self.max_threads())
            .finish_non_exhaustive()
    }
}

/// Sets how many threads [`to_thread`] may run at once (asyncio's
/// `loop.set_default_executor(ThreadPoolExecutor(max_workers=n))`); the
/// default is [`DEFAULT_TO_THREAD_LIMIT`]. Takes effect for the jobs
/// submitted after it; workers already running stay until idle.
///
/// # Panics
/// If `n` is 0.
pub fn set_to_thread_limit(n: usize) {
    assert!(
        n > 0,
        "coro::set_to_thread_limit: the pool needs at least one thread"
    );
    default_pool().pool.max_threads.store(n, Ordering::Relaxed);
}

/// The process-wide pool of [`to_thread`]; never dropped.
fn default_pool() -> &'static ThreadPool {
    static POOL: OnceLock<ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| ThreadPool::new(DEFAULT_TO_THREAD_LIMIT))
}

impl Pool {
    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        self.job_ready.notify_all();
    }

    fn submit(self: &Arc<Self>, job: Job) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.jobs.push_back(job);
        let max_threads = self.max_threads.load(Ordering::Relaxed);
        if state.jobs.len() > state.idle && state.threads < max_threads {
            state.threads += 1;
            let pool = self.clone();
            let spawned = thread::Builder::new()
                .name("coro-to-thread".into())
                .spawn(move || pool.work());
            if spawned.is_err() {
                state.threads -= 1; // the queued job waits for a busy worker
            }
        }
        drop(state);
        self.job_ready.notify_one();
    }

    fn work(&self) {
        // Gives the thread's place in the pool back if it ever unwinds (the
        // loop below catches every panic a job lets out, so only a bug
        // could), so the pool never counts a worker that is gone.
        struct Leave<'p>(&'p Pool);
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                let mut state = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
                state.threads -= 1;
            }
        }
        let leave = Leave(self);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(job) = state.jobs.pop_front() {
                drop(state);
                run_job(job);
                state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                continue;
            }
            if state.closed {
                drop(state);
                drop(leave);
                return;
            }
            state.idle += 1;
            let (next, timeout) = self
                .job_ready
                .wait_timeout(state, IDLE_TIMEOUT)
                .unwrap_or_else(|e| e.into_inner());
            state = next;
            state.idle -= 1;
            if (timeout.timed_out() || state.closed) && state.jobs.is_empty() {
                drop(state);
                drop(leave); // `threads -= 1`
                return;
            }
        }
    }
}

/// Runs one job on a worker. The user's function cannot unwind out of it
/// (its panic is caught and delivered to the awaiting task), but what comes
/// after can: waking a foreign waker, or dropping the result when the
/// awaitable was dropped first (timeout, cancel), so this worker holds the
/// last reference. Such a panic was already reported by the panic hook and
/// has nobody else to go to; the worker goes on with the next job.
fn run_job(job: Job) {
    if let Err(payload) = catch_unwind(AssertUnwindSafe(job)) {
        // The payload's own destructor may panic too; that one is lost.
        if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
            std::mem::forget(again);
        }
    }
}

/// Where a job leaves its result for the awaiting task.
struct Outcome<R> {
    result: Option<thread::Result<R>>,
    waker: Option<Waker>,
}

/// Runs `f` on the runtime's default thread pool (see [`ThreadPool`] for
/// others) and awaits its result, so blocking
/// work (file IO, CPU-heavy code, blocking libraries) does not stall the loop.
///
/// `f` starts when the awaitable is first resumed. If `f` panics, the panic
/// resumes in the awaiting task (so in a spawned task it becomes
/// [`TaskError::Panicked`](crate::TaskError::Panicked)). Dropping the
/// awaitable does not stop `f`; its result is discarded.
pub fn to_thread<F, R>(f: F) -> ToThread<F, R>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    default_pool().run(f)
}

/// The awaitable returned by [`to_thread`].
#[must_use = "the function does not run unless the awaitable is awaited"]
pub struct ToThread<F, R> {
    f: Option<F>,
    pool: Arc<Pool>,
    outcome: Option<Arc<Mutex<Outcome<R>>>>,
}

// Neither the closure nor the result is ever pinned.
impl<F, R> Unpin for ToThread<F, R> {}

#[diagnostic::do_not_recommend]
impl<F, R> Awaitable for ToThread<F, R>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    type Output = R;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R> {
        let this = self.get_mut();
        if let Some(f) = this.f.take() {
            let outcome = Arc::new(Mutex::new(Outcome {
                result: None,
                waker: Some(cx.waker().clone()),
            }));
            let shared = outcome.clone();
            this.pool.submit(Box::new(move || {
                let result = catch_unwind(AssertUnwindSafe(f));
                let waker = {
                    let mut outcome = shared.lock().unwrap_or_else(|e| e.into_inner());
                    outcome.result = Some(result);
                    outcome.waker.take()
                };
                if let Some(waker) = waker {
                    waker.wake();
                }
            }));
            this.outcome = Some(outcome);
            return Poll::Pending;
        }
        let outcome = this
            .outcome
            .as_ref()
            .expect("coro: ToThread resumed after completion");
        let mut outcome = outcome.lock().unwrap_or_else(|e| e.into_inner());
        match outcome.result.take() {
            Some(Ok(value)) => {
                drop(outcome);
                this.outcome = None;
                Poll::Ready(value)
            }
            Some(Err(payload)) => {
                drop(outcome);
                this.outcome = None;
                resume_unwind(payload)
            }
            None => {
                match &outcome.waker {
                    Some(w) if w.will_wake(cx.waker()) => {}
                    _ => outcome.waker = Some(cx.waker().clone()),
                }
                Poll::Pending
            }
        }
    }
}
