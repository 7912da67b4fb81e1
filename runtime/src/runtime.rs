//! [`Runtime`] and [`run`]: start a loop, run a main awaitable, tear down.

use crate::Awaitable;
use crate::executor::{Executor, KeptLoop};
use std::time::Duration;

/// The default threshold of the slow-resume warning in debug mode (asyncio's
/// `slow_callback_duration`).
const DEFAULT_SLOW_RESUME: Duration = Duration::from_millis(100);

/// Configures and runs an event loop: `coro::Runtime::new().debug(true).run(main())`.
///
/// [`run`] is `Runtime::new().run(..)`.
#[derive(Clone, Debug)]
pub struct Runtime {
    debug: bool,
    slow_resume: Duration,
    shutdown_timeout: Duration,
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

impl Runtime {
    /// The default configuration; debug mode is on if the environment
    /// variable `CORO_DEBUG` is set to anything but `""` or `"0"`.
    pub fn new() -> Self {
        let debug = std::env::var_os("CORO_DEBUG").is_some_and(|v| !v.is_empty() && v != "0");
        Runtime {
            debug,
            slow_resume: DEFAULT_SLOW_RESUME,
            shutdown_timeout: crate::executor::DEFAULT_SHUTDOWN_GRACE,
        }
    }

    /// Turns debug mode on or off (asyncio's debug mode). In debug mode the
    /// loop warns on stderr when one resume of a task takes longer than the
    /// slow-resume threshold (100 ms by default), naming the task and its
    /// coroutine type, and when a task is dropped unfinished at shutdown.
    pub fn debug(mut self, enabled: bool) -> Self {
        self.debug = enabled;
        self
    }

    /// Sets the slow-resume threshold of debug mode.
    pub fn slow_resume_threshold(mut self, threshold: Duration) -> Self {
        self.slow_resume = threshold;
        self
    }

    /// Sets how long [`run`](Runtime::run), once `main` has returned, lets the
    /// cancelled leftover tasks run their awaited cleanup (5 s by default;
    /// asyncio.run waits without a bound). Zero skips that phase: leftover
    /// tasks are dropped at once, as before cleanup scopes existed.
    pub fn shutdown_timeout(mut self, timeout: Duration) -> Self {
        self.shutdown_timeout = timeout;
        self
    }

    /// Runs `main` to completion on this thread's new event loop and returns
    /// its output (asyncio's `run`).
    ///
    /// A panic in `main` propagates out of `run`. When `main` returns, tasks
    /// still pending are cancelled, as asyncio.run does: a task inside a
    /// cleanup scope ([`finally`](crate::finally)) runs its awaited cleanup
    /// (for at most the [`shutdown_timeout`](Runtime::shutdown_timeout)),
    /// the others are dropped; destructors run before
    /// `run` returns, and awaiting their handles gives
    /// [`TaskError::Cancelled`](crate::TaskError::Cancelled) (or
    /// [`TaskError::Panicked`](crate::TaskError::Panicked) if a destructor
    /// panicked: such panics do not escape `run`, and the thread's loop is
    /// torn down whatever happens, so `run` can be called again).
    ///
    /// # Panics
    /// If called while a loop is running on this thread: "coro::run() cannot
    /// be called from a running event loop".
    #[track_caller]
    pub fn run<A: Awaitable>(self, main: A) -> A::Output {
        let guard = Executor::enter(self.debug, self.slow_resume);
        // Declared after the guard, so dropped (also on unwinding) while the
        // loop still exists: `main`'s destructors may use it.
        let main = std::pin::pin!(main);
        let executor = guard.executor.clone();
        executor.shutdown_grace.set(self.shutdown_timeout);
        let context = std::cell::RefCell::new(crate::contextvars::copy_context());
        let output = executor.block_on(&guard.main, &context, main);
        executor.cancel_remaining();
        output // the guard drops what is left
    }

    /// A [`Runner`] with this configuration: a loop kept across several runs.
    pub fn runner(self) -> Runner {
        Runner {
            kept: Some(KeptLoop::new(
                self.debug,
                self.slow_resume,
                self.shutdown_timeout,
            )),
        }
    }
}

/// Runs `main` to completion on a new event loop on this thread and returns
/// its output: Python's `asyncio.run(main())`. See [`Runtime::run`].
///
/// # Panics
/// If `main` panics, or if a loop is already running on this thread.
#[track_caller]
pub fn run<A: Awaitable>(main: A) -> A::Output {
    Runtime::new().run(main)
}

/// An event loop kept across several [`run`](Runner::run)s (Python 3.11's
/// `asyncio.Runner`): tasks spawned by one run and still pending when it
/// returns go on in the next one, and the loop's clock, timers and sockets
/// stay.
///
/// ```
/// use coro_runtime::{Runner, from_future, into_future, sleep, spawn};
/// use std::{cell::Cell, rc::Rc, time::Duration};
///
/// let mut runner = Runner::new();
/// let counter = Rc::new(Cell::new(0));
/// let c = counter.clone();
/// let background = runner.run(from_future(async move {
///     spawn(from_future(async move {
///         loop {
///             c.set(c.get() + 1);
///             into_future(sleep(Duration::from_millis(1))).await;
///         }
///     }))
/// }));
/// runner.run(sleep(Duration::from_millis(20)));
/// assert!(counter.get() > 1); // the task ran during the second run
/// runner.close(); // cancels it, as dropping the runner would
/// assert!(background.is_done());
/// ```
///
/// The loop is shut down as at the end of [`coro::run`](run) (pending tasks
/// cancelled, their [`finally`](crate::finally) cleanup awaited up to the
/// [shutdown timeout](Runtime::shutdown_timeout), the rest dropped) by
/// [`close`](Runner::close) or when the runner is dropped. Between runs,
/// pending tasks are not cancelled.
///
/// Every run's main awaitable runs in the runner's one context (a copy of
/// the thread's context made at the first run, as asyncio.Runner's), so a
/// [`ContextVar`](crate::contextvars::ContextVar) set by one run's main is
/// seen by the next run's, never by the thread outside the runner.
pub struct Runner {
    /// `None` once closed.
    kept: Option<KeptLoop>,
}

impl Default for Runner {
    fn default() -> Self {
        Self::new()
    }
}

impl Runner {
    /// A runner with the default configuration ([`Runtime::new`]).
    pub fn new() -> Runner {
        Runtime::new().runner()
    }

    /// Runs `main` to completion on the runner's loop and returns its output
    /// (Python's `Runner.run`). A panic in `main` propagates; the loop and
    /// its other tasks stay usable.
    ///
    /// # Panics
    /// If the runner was closed, or if a loop is already running on this
    /// thread ("coro::Runner::run() cannot be called from a running event
    /// loop").
    #[track_caller]
    pub fn run<A: Awaitable>(&mut self, main: A) -> A::Output {
        let kept = self
            .kept
            .as_ref()
            .expect("coro::Runner::run() called after close()");
        kept.run(main, "coro::Runner::run()")
    }

    /// Shuts the loop down: pending tasks are cancelled (their cleanup scopes
    /// awaited, bounded by the shutdown timeout) and what is left is
    /// dropped, now. Closing twice does nothing (Python's `Runner.close`).
    pub fn close(&mut self) {
        if let Some(kept) = self.kept.take() {
            kept.shut_down();
        }
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        self.close();
    }
}

impl std::fmt::Debug for Runner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runner")
            .field("closed", &self.kept.is_none())
            .finish()
    }
}
