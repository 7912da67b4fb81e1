//! [`to_thread`]: run blocking work on a thread pool and await its result
//! (asyncio's `to_thread`).
//!
//! The pool is process-wide and starts lazily: the first job spawns the first
//! worker, and a worker is added whenever more jobs are queued than workers
//! are idle, up to `min(32, cores + 4)` (Python's default). Idle workers exit
//! after a minute. A finished job stores its result and wakes the awaiting
//! task through its ordinary `Waker` (the cross-thread injection path).

use crate::Awaitable;
use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

type Job = Box<dyn FnOnce() + Send>;

/// How long an idle worker waits for a job before it exits.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

struct Pool {
    state: Mutex<PoolState>,
    job_ready: Condvar,
    /// The most workers at once (see [`set_to_thread_limit`]).
    max_threads: std::sync::atomic::AtomicUsize,
}

struct PoolState {
    jobs: VecDeque<Job>,
    idle: usize,
    threads: usize,
}

/// asyncio's default: `min(32, cores + 4)` workers.
fn default_limit(cores: usize) -> usize {
    (cores + 4).min(32)
}

/// Sets how many threads [`to_thread`] may run at once (asyncio's
/// `loop.set_default_executor(ThreadPoolExecutor(max_workers=n))`); the
/// default is asyncio's, `min(32, cores + 4)`. Raise it when more blocking
/// calls than that may wait at the same time (ten blocking socket reads on
/// a 2-core machine would otherwise take every worker). Takes effect for
/// the jobs submitted after it; workers already running stay until idle.
///
/// # Panics
/// If `n` is 0.
pub fn set_to_thread_limit(n: usize) {
    assert!(
        n > 0,
        "coro::set_to_thread_limit: the pool needs at least one thread"
    );
    pool()
        .max_threads
        .store(n, std::sync::atomic::Ordering::Relaxed);
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let cores = thread::available_parallelism().map_or(1, |n| n.get());
        Pool {
            state: Mutex::new(PoolState {
                jobs: VecDeque::new(),
                idle: 0,
                threads: 0,
            }),
            job_ready: Condvar::new(),
            max_threads: std::sync::atomic::AtomicUsize::new(default_limit(cores)),
        }
    })
}

impl Pool {
    fn submit(&'static self, job: Job) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.jobs.push_back(job);
        let max_threads = self.max_threads.load(std::sync::atomic::Ordering::Relaxed);
        if state.jobs.len() > state.idle && state.threads < max_threads {
            state.threads += 1;
            let spawned = thread::Builder::new()
                .name("coro-to-thread".into())
                .spawn(move || self.work());
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
            state.idle += 1;
            let (next, timeout) = self
                .job_ready
                .wait_timeout(state, IDLE_TIMEOUT)
                .unwrap_or_else(|e| e.into_inner());
            state = next;
            state.idle -= 1;
            if timeout.timed_out() && state.jobs.is_empty() {
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

/// Runs `f` on the runtime's thread pool and awaits its result, so blocking
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
    ToThread {
        f: Some(f),
        outcome: None,
    }
}

/// The awaitable returned by [`to_thread`].
#[must_use = "the function does not run unless the awaitable is awaited"]
pub struct ToThread<F, R> {
    f: Option<F>,
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
            pool().submit(Box::new(move || {
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
