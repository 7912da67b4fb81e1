//! The event loop: ready queue, timers and reactor, driven by
//! [`Executor::block_on`] (which [`Runtime::run`](crate::Runtime::run) calls).
//!
//! One loop runs per thread at a time; it is reachable from inside its tasks
//! through a thread-local (`CURRENT`), which is how `spawn`, `sleep`,
//! wakers and the introspection functions find it. Everything in it is
//! single-threaded (`Rc`, `RefCell`) except the [`WakeQueue`] that wakers on
//! other threads push to.
//!
//! One tick of the loop:
//! 1. move keys woken from other threads into the ready queue;
//! 2. wake the timers that are due;
//! 3. if nothing is ready, sleep in the reactor until the next timer is due or
//!    a notify/IO event arrives, dispatch the IO events, then start over; if
//!    tasks are ready and some task waits for IO, poll the reactor with a zero
//!    timeout and dispatch (unless this tick follows a park, which just did),
//!    so IO is not starved by busy tasks;
//! 4. otherwise poll the tasks that were ready at the start of the batch, in
//!    FIFO order. Tasks woken during the batch run in the next one, so a task
//!    that yields (`sleep(ZERO)`) lets every other ready task run first, as in
//!    asyncio's `_run_once`.
//!
//! No `RefCell` borrow is held while a task runs: the loop moves the task's
//! boxed awaitable out of the slab, polls it, and moves it back. So a task may
//! spawn, cancel other tasks, or arm timers freely. Awaitables are dropped
//! only with no borrow held either, because destructors may do the same.

use crate::Awaitable;
use crate::call_soon::Inbox;
use crate::poller::{Events, Until};
use crate::reactor::{IoRegistry, Reactor};
use crate::task::{
    Header, MainTask, Status, Task, TaskCell, TaskId, TaskInfo, TaskMeta, TaskPanic, drop_payload,
    panic_message, report_drop_panicked,
};
use crate::task_slab::{TaskEntry, TaskSlab};
use crate::timers::Timers;
use crate::waker::{TaskKey, TaskWaker, WakeQueue};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

thread_local! {
    /// The loop running on this thread, if any.
    pub(crate) static CURRENT: RefCell<Option<Rc<Executor>>> = const { RefCell::new(None) };
}

/// Distinguishes loops, so handles and timers never reach a different loop.
static NEXT_LOOP_ID: AtomicU64 = AtomicU64::new(1);

/// The state of one running loop.
pub(crate) struct Executor {
    pub(crate) id: u64,
    wake_queue: Arc<WakeQueue>,
    tasks: RefCell<TaskSlab>,
    ready: RefCell<VecDeque<TaskKey>>,
    /// Reused buffer for draining the injection queue.
    injected: RefCell<Vec<TaskKey>>,
    pub(crate) timers: RefCell<Timers>,
    /// Jobs from other threads (`call_soon_threadsafe`), run every tick.
    pub(crate) inbox: Arc<Inbox>,
    /// Reused buffer for the wakers of due timers.
    due: RefCell<Vec<Waker>>,
    events: RefCell<Events>,
    /// The IO sources registered with the reactor (`coro::net`).
    pub(crate) io: Rc<IoRegistry>,
    /// The reactor was polled (by `park`) since the last batch started.
    io_polled: Cell<bool>,
    /// The task being polled right now.
    current: Cell<Option<TaskKey>>,
    next_task_id: Cell<u64>,
    debug: bool,
    slow_resume: Duration,
    /// How long `run` lets cancelled tasks run their cleanup at shutdown
    /// (`Runtime::shutdown_timeout`).
    pub(crate) shutdown_grace: Cell<Duration>,
}

/// The default of [`Executor::shutdown_grace`].
pub(crate) const DEFAULT_SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Runs `f` with the loop of this thread; panics outside a running loop.
#[track_caller]
pub(crate) fn with_current<R>(what: &str, f: impl FnOnce(&Rc<Executor>) -> R) -> R {
    CURRENT.with_borrow(|current| match current {
        Some(executor) => f(executor),
        None => panic!("coro: {what} requires a running event loop (call it inside coro::run)"),
    })
}

/// Runs `f` with the loop of this thread if it is the loop `loop_id`.
pub(crate) fn with_loop<R>(loop_id: u64, f: impl FnOnce(&Executor) -> R) -> Option<R> {
    CURRENT
        .try_with(|current| match current.try_borrow().ok()?.as_ref() {
            Some(executor) if executor.id == loop_id => Some(f(executor)),
            _ => None,
        })
        .ok()
        .flatten()
}

/// The IO registry of the loop running on this thread, if any.
pub(crate) fn current_io() -> Option<Rc<IoRegistry>> {
    CURRENT
        .try_with(|current| Some(current.try_borrow().ok()?.as_ref()?.io.clone()))
        .ok()
        .flatten()
}

/// True when the loop `loop_id` is the one running on this thread.
pub(crate) fn is_current_loop(loop_id: u64) -> bool {
    with_loop(loop_id, |_| ()).is_some()
}

/// The wakers' fast path: if `queue` belongs to the loop running on this
/// thread, pushes `key` onto its local ready queue and returns true.
pub(crate) fn try_schedule_local(queue: &Arc<WakeQueue>, key: TaskKey) -> bool {
    CURRENT
        .try_with(|current| {
            let Ok(current) = current.try_borrow() else {
                return false;
            };
            match current.as_ref() {
                Some(executor) if Arc::ptr_eq(&executor.wake_queue, queue) => {
                    match executor.ready.try_borrow_mut() {
                        Ok(mut ready) => {
                            ready.push_back(key);
                            true
                        }
                        Err(_) => false,
                    }
                }
                _ => false,
            }
        })
        .unwrap_or(false)
}

/// The task being resumed right now, if any (cleanup scopes find their
/// task's cancellation state through it).
pub(crate) fn current_meta() -> Option<Rc<dyn TaskMeta>> {
    CURRENT
        .try_with(|current| {
            let current = current.try_borrow().ok()?;
            let executor = current.as_ref()?;
            let key = executor.current.get()?;
            let tasks = executor.tasks.try_borrow().ok()?;
            Some(tasks.get(key)?.meta.clone())
        })
        .ok()
        .flatten()
}

/// [`crate::Task::cancel`]: drops the task's awaitable now, or, if the task
/// is the one running, as soon as its resume returns.
pub(crate) fn cancel_task(loop_id: u64, key: TaskKey, meta: &dyn TaskMeta) {
    if meta.header().cancel.request() {
        // A cleanup scope delivers it at the task's next resume (`cancel.rs`).
        meta.header().waker.wake_by_ref();
        return;
    }
    with_loop(loop_id, |executor| {
        let mut tasks = executor.tasks.borrow_mut();
        match tasks.get_mut(key) {
            Some(entry) if !entry.busy => drop(tasks.remove(key)),
            Some(_) => {
                // Being polled right now (it cancels itself) or the main
                // awaitable: the loop checks the flag after the resume.
                meta.header().cancel_requested.set(true);
            }
            None => {}
        }
    });
    if meta.header().cancel_requested.get() {
        return;
    }
    retire_task(meta); // destructors run here, with no borrow held
}

/// Drops what the loop owns of a task that finished, was cancelled or is
/// shut down (call with no borrow held): its awaitable, then, if the handle
/// is gone, the result nobody can take; and completes it as cancelled if it
/// had no outcome yet. A panic out of these destructors does not escape into
/// the loop (or into `Task::cancel`): it becomes the task's outcome
/// (`TaskError::Panicked`) if it had none, and is reported on stderr
/// otherwise. So no task is left without an outcome.
fn retire_task(meta: &dyn TaskMeta) {
    // The task's destructors are its code: they run in its context, as
    // asyncio runs a cancelled task's `finally:` in the task's own step, not
    // in the canceller's (whose variables a `reset` there would change).
    let _context = crate::contextvars::enter(&meta.header().context);
    // A task that panicked is an asyncio task that raised: the tasks it was
    // awaiting (siblings in its `gather!`) run on; its handles detach.
    let _failed = crate::task::AwaiterFailed::enter(meta.header().status.get() == Status::Panicked);
    if let Err(payload) = catch_unwind(AssertUnwindSafe(|| meta.drop_awaitable())) {
        meta.complete_drop_panicked(TaskPanic::new(payload));
    }
    meta.complete_cancelled();
    if let Err(payload) = catch_unwind(AssertUnwindSafe(|| meta.discard_unclaimed())) {
        report_drop_panicked(meta.header(), &panic_message(&*payload));
        drop_payload(payload);
    }
}

/// Cancels, as [`crate::Task::cancel`] would, the pending tasks of the
/// running loop whose ids are in `ids` ([`crate::TaskGroup`] cancelling its
/// children). Each is cancelled with no borrow held.
pub(crate) fn cancel_tasks(ids: &std::collections::HashSet<TaskId>) {
    if ids.is_empty() {
        return;
    }
    let targets: Vec<(u64, TaskKey, Rc<dyn TaskMeta>)> = CURRENT
        .try_with(|current| {
            let current = current.try_borrow().ok()?;
            let executor = current.as_ref()?;
            let tasks = executor.tasks.borrow();
            Some(
                tasks
                    .iter()
                    .map(|entry| &entry.meta)
                    .filter(|meta| {
                        let header = meta.header();
                        header.status.get() == Status::Pending && ids.contains(&header.id)
                    })
                    .map(|meta| (executor.id, meta.header().key, meta.clone()))
                    .collect(),
            )
        })
        .ok()
        .flatten()
        .unwrap_or_default();
    for (loop_id, key, meta) in targets {
        if meta.header().status.get() == Status::Pending {
            cancel_task(loop_id, key, &*meta);
        }
    }
}

impl Executor {
    fn new(debug: bool, slow_resume: Duration) -> Executor {
        let reactor = Reactor::new().expect("coro: cannot create the event loop's poller");
        let id = NEXT_LOOP_ID.fetch_add(1, Ordering::Relaxed);
        let wake_queue = Arc::new(WakeQueue::new(reactor));
        Executor {
            id,
            inbox: Arc::new(Inbox::new(wake_queue.clone(), id)),
            io: Rc::new(IoRegistry::new(id, wake_queue.clone())),
            io_polled: Cell::new(false),
            wake_queue,
            tasks: RefCell::default(),
            ready: RefCell::default(),
            injected: RefCell::default(),
            timers: RefCell::default(),
            due: RefCell::default(),
            events: RefCell::new(Events::new()),
            current: Cell::new(None),
            next_task_id: Cell::new(1),
            debug,
            slow_resume,
            shutdown_grace: Cell::new(DEFAULT_SHUTDOWN_GRACE),
        }
    }

    /// The reactor, for IO sources to register with.
    pub(crate) fn reactor(&self) -> &Reactor {
        &self.wake_queue.reactor
    }

    /// Creates a task's header and slab entry; `task` builds the task
    /// from its header (`busy`: the main awaitable, polled by `block_on`;
    /// `schedule`: queue it now, which an eager task does not; `context`:
    /// the task's context variables).
    #[allow(clippy::too_many_arguments)]
    fn add_task<M: TaskMeta + 'static>(
        &self,
        name: Option<Rc<str>>,
        coroutine: fn() -> &'static str,
        busy: bool,
        schedule: bool,
        context: crate::contextvars::Context,
        task: impl FnOnce(Header) -> M,
    ) -> Rc<M> {
        let key = self.tasks.borrow().next_key();
        let id = self.next_task_id.get();
        self.next_task_id.set(id + 1);
        let task_waker = Arc::new(TaskWaker {
            key,
            scheduled: AtomicBool::new(true),
            queue: self.wake_queue.clone(),
        });
        let context_empty = context.is_empty();
        let cell = Rc::new(task(Header {
            key,
            id: TaskId(id),
            name,
            coroutine,
            waker: Waker::from(task_waker.clone()),
            loop_id: self.id,
            status: Cell::new(Status::Pending),
            cancel_requested: Cell::new(false),
            cancel: Default::default(),
            join_waker: Cell::new(None),
            handle_alive: Cell::new(true),
            context: RefCell::new(context),
        }));
        let meta: Rc<dyn TaskMeta> = cell.clone();
        self.tasks.borrow_mut().insert(
            key,
            TaskEntry {
                meta,
                waker: task_waker,
                busy,
                context_empty,
            },
        );
        if schedule {
            self.ready.borrow_mut().push_back(key);
        }
        cell
    }

    pub(crate) fn spawn<A>(&self, name: Option<Rc<str>>, awaitable: A) -> Task<A::Output>
    where
        A: Awaitable + 'static,
    {
        Task::from_cell(self.add_spawned(name, awaitable, true))
    }

    /// [`Executor::spawn`], but the task's first resume happens now, inside
    /// the caller (asyncio's eager tasks); it is scheduled only if it
    /// suspends.
    pub(crate) fn spawn_eager<A>(&self, name: Option<Rc<str>>, awaitable: A) -> Task<A::Output>
    where
        A: Awaitable + 'static,
    {
        let cell = self.add_spawned(name, awaitable, false);
        self.poll_task(cell.header().key);
        Task::from_cell(cell)
    }

    /// A spawned task in a copy of the current context, queued if
    /// `schedule`.
    fn add_spawned<A>(&self, name: Option<Rc<str>>, awaitable: A, schedule: bool) -> Rc<TaskCell<A>>
    where
        A: Awaitable + 'static,
    {
        let context = crate::contextvars::copy_context();
        self.add_task(
            name,
            std::any::type_name::<A>,
            false,
            schedule,
            context,
            |header| TaskCell::new(header, awaitable),
        )
    }

    fn drain_injected(&self) {
        let mut injected = self.injected.borrow_mut();
        self.wake_queue.drain_into(&mut injected);
        if !injected.is_empty() {
            self.ready.borrow_mut().extend(injected.drain(..));
        }
    }

    fn fire_timers(&self) {
        if self.timers.borrow().len() == 0 {
            return;
        }
        let mut due = std::mem::take(&mut *self.due.borrow_mut());
        self.timers.borrow_mut().expire(Instant::now(), &mut due);
        for waker in due.drain(..) {
            waker.wake(); // no borrow held: a waker may be anything
        }
        *self.due.borrow_mut() = due;
    }

    /// Sleeps until the next timer, a notify or an IO event, and wakes the
    /// tasks waiting on the IO sources that became ready.
    fn park(&self) {
        self.park_until(None);
    }

    /// [`park`](Executor::park), waking at `limit` at the latest.
    fn park_until(&self, limit: Option<Instant>) {
        let next = self.timers.borrow_mut().next_deadline();
        let until = match (next, limit) {
            (Some(next), Some(limit)) => Until::Deadline(next.min(limit)),
            (Some(deadline), None) | (None, Some(deadline)) => Until::Deadline(deadline),
            (None, None) => Until::Forever,
        };
        self.reactor().wait(&self.events, until);
        self.io.dispatch(&self.events);
        self.io_polled.set(true);
    }

    /// On a tick with ready work: if some task waits for IO, collects the
    /// ready sources without blocking (zero timeout), so a loop kept busy by
    /// tasks still serves IO each tick. The woken tasks join the ready
    /// queue behind the current batch. Skipped on the tick right after a
    /// `park`, which has just collected them (a request/response ping-pong
    /// would otherwise poll twice per turn).
    fn poll_io_now(&self) {
        if !self.io_polled.replace(false) && self.io.has_waiters() {
            self.reactor().wait(&self.events, Until::Now);
            self.io.dispatch(&self.events);
        }
    }

    /// Polls one spawned task. Returns nothing: the outcome is in its cell.
    fn poll_task(&self, key: TaskKey) {
        let (meta, context_empty) = {
            let mut tasks = self.tasks.borrow_mut();
            let Some(entry) = tasks.get_mut(key) else {
                return; // stale key: the task finished or was cancelled
            };
            if entry.busy {
                return;
            }
            entry.busy = true;
            entry.waker.clear_scheduled();
            (entry.meta.clone(), entry.context_empty)
        };
        let header = meta.header();
        let mut cx = Context::from_waker(&header.waker);
        // An eager task is polled inside its spawner's resume: restore that.
        let outer = self.current.replace(Some(key));
        let started = self.debug.then(Instant::now);
        // The task's context and the current one both empty (no variable
        // used anywhere around): the swap would exchange two empty contexts,
        // so it is skipped, and the header's context is not touched (a
        // cache miss per resume in the timers benchmark). If the task sets a
        // variable meanwhile, what it set is moved into its context after
        // the resume, and the empty context is current again.
        let context_set = Cell::new(false);
        let poll = if context_empty && crate::contextvars::current_is_empty() {
            let _context = crate::contextvars::enter_empty(&header.context, &context_set);
            meta.run(&mut cx)
        } else {
            let _context = crate::contextvars::enter(&header.context);
            meta.run(&mut cx)
        };
        self.current.set(outer);
        if let Some(started) = started {
            self.check_slow(header, started);
        }
        let finished = poll.is_ready();
        // Cancelled while it ran (by itself), with no cleanup scope left to
        // deliver it: dropped now, as before scopes (`cancel.rs`).
        let cancelled = !finished && header.cancel.uncaught();
        let dead = {
            let mut tasks = self.tasks.borrow_mut();
            if finished || cancelled {
                tasks.remove(key);
                true
            } else {
                if let Some(entry) = tasks.get_mut(key) {
                    entry.busy = false;
                    if context_set.get() {
                        entry.context_empty = false;
                    }
                }
                false
            }
        };
        if dead {
            retire_task(&*meta); // destructors run with no borrow held
        }
    }

    /// asyncio.run's `_cancel_all_tasks`, bounded: once the main awaitable
    /// has returned, cancels every pending task and runs the loop until they
    /// have all finished or `shutdown_grace` has passed. Tasks without an
    /// active cleanup scope are dropped by their `cancel` at once; the others
    /// await their cleanup here. What is still pending afterwards (a cleanup
    /// that outlasted the grace, tasks spawned meanwhile) is dropped by
    /// [`shutdown`](Executor::shutdown).
    pub(crate) fn cancel_remaining(&self) {
        let grace = self.shutdown_grace.get();
        if grace.is_zero() {
            return;
        }
        let deadline = Instant::now().checked_add(grace);
        let targets: Vec<Rc<dyn TaskMeta>> = self
            .tasks
            .borrow()
            .iter()
            .map(|entry| entry.meta.clone())
            .filter(|meta| meta.header().status.get() == Status::Pending)
            .collect();
        for meta in &targets {
            let header = meta.header();
            if header.status.get() == Status::Pending {
                cancel_task(self.id, header.key, &**meta);
            }
        }
        let pending = || {
            targets
                .iter()
                .any(|meta| meta.header().status.get() == Status::Pending)
        };
        while pending() && deadline.is_none_or(|d| Instant::now() < d) {
            self.drain_injected();
            self.inbox.run(self);
            self.fire_timers();
            let batch = self.ready.borrow().len();
            if batch == 0 {
                self.park_until(deadline);
                continue;
            }
            self.poll_io_now();
            for _ in 0..batch {
                let Some(key) = self.ready.borrow_mut().pop_front() else {
                    break;
                };
                self.poll_task(key);
            }
        }
    }

    fn check_slow(&self, header: &Header, started: Instant) {
        let took = started.elapsed();
        if took >= self.slow_resume {
            eprintln!(
                "coro: Executing <Task name='{}' coro={}> took {:.3} seconds",
                header.name(),
                (header.coroutine)(),
                took.as_secs_f64()
            );
        }
    }

    /// Drops every remaining task (asyncio.run cancels leftovers) and timer.
    /// Tasks spawned and timers armed by destructors meanwhile are dropped
    /// too. Every task gets an outcome (see [`retire_task`]), also when
    /// destructors panic; no panic escapes.
    fn shutdown(&self, main: Option<TaskKey>) {
        loop {
            let entries = self.tasks.borrow_mut().drain();
            let timers = std::mem::take(&mut *self.timers.borrow_mut());
            if entries.is_empty() && timers.len() == 0 {
                break;
            }
            for entry in entries {
                let TaskEntry { meta, waker, .. } = entry;
                let header = meta.header();
                if self.debug && Some(header.key) != main && header.status.get() == Status::Pending
                {
                    eprintln!(
                        "coro: Task was destroyed but it is pending! <Task pending name='{}' coro={}>",
                        header.name(),
                        (header.coroutine)()
                    );
                }
                retire_task(&*meta);
                drop(waker);
            }
            // The timers' wakers (a foreign waker's destructor is user code).
            // A panic there is lost: nobody can receive it.
            if let Err(payload) = catch_unwind(AssertUnwindSafe(move || drop(timers))) {
                drop_payload(payload);
            }
        }
        self.ready.borrow_mut().clear();
    }

    pub(crate) fn current_task(&self) -> Option<TaskInfo> {
        let key = self.current.get()?;
        Some(self.tasks.borrow().get(key)?.meta.header().info())
    }

    pub(crate) fn all_tasks(&self) -> Vec<TaskInfo> {
        self.tasks
            .borrow()
            .iter()
            .map(|e| e.meta.header())
            .filter(|h| h.status.get() == Status::Pending)
            .map(Header::info)
            .collect()
    }

    /// Makes a new loop this thread's running loop and returns the guard
    /// that tears it down (also when unwinding).
    ///
    /// # Panics
    /// If a loop is already running on this thread.
    #[track_caller]
    pub(crate) fn enter(debug: bool, slow_resume: Duration) -> EnterGuard {
        let executor = Rc::new(Executor::new(debug, slow_resume));
        install_current(&executor, "coro::run()");
        EnterGuard {
            executor,
            main: Cell::new(None),
        }
    }

    /// Runs the loop until `main` completes; `main` is polled as task 1,
    /// without catching its panics. `main` runs in the context taken from
    /// `context`, which holds the context as `main` left it afterwards
    /// (also on unwind): a [`KeptLoop`] keeps one across runs.
    pub(crate) fn block_on<A: Awaitable>(
        &self,
        main_slot: &Cell<Option<TaskKey>>,
        context: &RefCell<crate::contextvars::Context>,
        mut main: Pin<&mut A>,
    ) -> A::Output {
        let main_cell = self.add_task(
            None,
            std::any::type_name::<A>,
            true,
            true,
            context.take(),
            |header| MainTask { header },
        );
        /// Gives the main task's context back to the caller's slot.
        struct GiveBack<'a> {
            main: &'a MainTask,
            slot: &'a RefCell<crate::contextvars::Context>,
        }
        impl Drop for GiveBack<'_> {
            fn drop(&mut self) {
                *self.slot.borrow_mut() = self.main.header.context.take();
            }
        }
        let _give_back = GiveBack {
            main: &main_cell,
            slot: context,
        };
        let main_key = main_cell.header.key;
        main_slot.set(Some(main_key));
        let main_waker = self
            .tasks
            .borrow()
            .get(main_key)
            .map(|e| e.waker.clone())
            .expect("main task registered");
        loop {
            self.drain_injected();
            self.inbox.run(self);
            self.fire_timers();
            let batch = self.ready.borrow().len();
            if batch == 0 {
                self.park();
                continue;
            }
            self.poll_io_now();
            for _ in 0..batch {
                let Some(key) = self.ready.borrow_mut().pop_front() else {
                    break;
                };
                if key != main_key {
                    self.poll_task(key);
                    continue;
                }
                main_waker.clear_scheduled();
                let mut cx = Context::from_waker(&main_cell.header.waker);
                self.current.set(Some(main_key));
                let started = self.debug.then(Instant::now);
                let poll = {
                    let _context = crate::contextvars::enter(&main_cell.header.context);
                    main.as_mut().resume(&mut cx)
                };
                self.current.set(None);
                if let Some(started) = started {
                    self.check_slow(&main_cell.header, started);
                }
                if let Poll::Ready(output) = poll {
                    self.tasks.borrow_mut().remove(main_key);
                    return output;
                }
            }
        }
    }
}

impl Drop for Executor {
    /// The loop is gone: refuse further jobs from other threads and drop the
    /// queued ones (which completes their futures as cancelled).
    fn drop(&mut self) {
        self.inbox.close();
    }
}

/// Clears the thread's loop and drops leftover tasks, also when `run` unwinds.
pub(crate) struct EnterGuard {
    pub(crate) executor: Rc<Executor>,
    pub(crate) main: Cell<Option<TaskKey>>,
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        /// Uninstalls the loop even if the shutdown unwinds (it catches the
        /// destructors' panics, so only a bug could), so that the thread can
        /// run a loop again and `spawn` outside one panics as documented.
        struct Uninstall;
        impl Drop for Uninstall {
            fn drop(&mut self) {
                let executor = CURRENT.with_borrow_mut(Option::take);
                drop(executor); // not the last `Rc`: the guard holds one
            }
        }
        let _uninstall = Uninstall;
        self.executor.shutdown(self.main.get());
    }
}

/// Makes `executor` this thread's running loop.
///
/// # Panics
/// If a loop is already running on this thread ("`what` cannot be called
/// from a running event loop").
#[track_caller]
fn install_current(executor: &Rc<Executor>, what: &str) {
    CURRENT.with_borrow_mut(|current| {
        if current.is_some() {
            panic!("{what} cannot be called from a running event loop");
        }
        *current = Some(executor.clone());
    });
}

/// A loop that outlives one `run` ([`crate::Runner`]): made once, installed
/// as the thread's running loop for each run, shut down once.
pub(crate) struct KeptLoop {
    executor: Rc<Executor>,
    /// The context every run's main task runs in (asyncio.Runner's
    /// `_context`, a copy of the thread's context made at the first run), so
    /// a variable one run's main sets is seen by the next.
    context: RefCell<Option<crate::contextvars::Context>>,
}

impl KeptLoop {
    pub(crate) fn new(debug: bool, slow_resume: Duration, shutdown_grace: Duration) -> KeptLoop {
        let executor = Rc::new(Executor::new(debug, slow_resume));
        executor.shutdown_grace.set(shutdown_grace);
        KeptLoop {
            executor,
            context: RefCell::new(None),
        }
    }

    /// Runs `main` to completion on this loop, as [`Executor::block_on`];
    /// tasks still pending afterwards stay for the next run.
    ///
    /// # Panics
    /// If a loop is already running on this thread.
    #[track_caller]
    pub(crate) fn run<A: Awaitable>(&self, main: A, what: &str) -> A::Output {
        let installed = self.install(what);
        let context = RefCell::new(
            self.context
                .take()
                .unwrap_or_else(crate::contextvars::copy_context),
        );
        /// Keeps the main task's context for the next run, also on unwind.
        struct Keep<'a> {
            kept: &'a RefCell<Option<crate::contextvars::Context>>,
            context: RefCell<crate::contextvars::Context>,
        }
        impl Drop for Keep<'_> {
            fn drop(&mut self) {
                *self.kept.borrow_mut() = Some(self.context.take());
            }
        }
        let keep = Keep {
            kept: &self.context,
            context,
        };
        // Pinned after `installed`, so dropped (also on unwinding) while the
        // loop is still installed: `main`'s destructors may use it, as in
        // `Runtime::run`.
        let main = std::pin::pin!(main);
        installed
            .executor
            .block_on(&installed.main, &keep.context, main)
    }

    /// Cancels the pending tasks and awaits their cleanup, then drops what
    /// is left, as `run` does at its end. When another loop is running on
    /// this thread (a `Runner` dropped inside a task), this loop cannot run:
    /// its tasks are dropped without awaiting their cleanup.
    pub(crate) fn shut_down(&self) {
        if CURRENT.with_borrow(Option::is_some) {
            self.executor.shutdown(None);
        } else {
            let installed = self.install("closing a coro::Runner");
            installed.executor.cancel_remaining();
            installed.executor.shutdown(None);
        }
    }

    #[track_caller]
    fn install(&self, what: &str) -> Installed {
        install_current(&self.executor, what);
        Installed {
            executor: self.executor.clone(),
            main: Cell::new(None),
        }
    }
}

/// Uninstalls a [`KeptLoop`] after a run, also when the main awaitable
/// panics; then the main task (whose entry a panic leaves behind) is gone
/// from the loop, and the other tasks stay.
struct Installed {
    executor: Rc<Executor>,
    main: Cell<Option<TaskKey>>,
}

impl Drop for Installed {
    fn drop(&mut self) {
        if let Some(main) = self.main.get() {
            let entry = self.executor.tasks.borrow_mut().remove(main);
            drop(entry); // the main task's entry owns no awaitable
        }
        let executor = CURRENT.with_borrow_mut(Option::take);
        drop(executor);
    }
}
