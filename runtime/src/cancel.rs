//! Cancellation with awaited cleanup (asyncio's `CancelledError` delivered
//! at the next `await`, so `finally:` blocks may await).
//!
//! [`Task::cancel`](crate::Task::cancel) is a *request*. What happens next
//! depends on whether the task is inside a cleanup scope ([`finally`]):
//!
//! - **No active scope**: the task's awaitable is dropped at once, at its
//!   current suspension point (synchronous destructors only). This is the
//!   hard fallback every Rust runtime has, and the behaviour of tasks that do
//!   not use scopes.
//! - **Inside a scope**: the task is woken. The *innermost* active scope
//!   delivers the cancellation at its next resume: it drops its body in
//!   place, runs its cleanup awaitable to completion (the cleanup may await),
//!   and resolves to `Err(`[`Cancelled`]`)`. The caller propagates it with
//!   `?` (asyncio: the `CancelledError` keeps propagating), and the next
//!   scope out runs its cleanup when its body completes, and so on: nested
//!   scopes clean up innermost first. Catching the cancellation is not
//!   propagating the `Cancelled` (and calling [`uncancel`]).
//!
//! A task whose output still holds a live [`Cancelled`] when it returns (the
//! error was propagated to the top) ends with
//! [`TaskError::Cancelled`](crate::TaskError::Cancelled), as an asyncio task
//! whose coroutine let `CancelledError` escape. A task that dropped the
//! `Cancelled` (swallowed it, or converted it into another error) ends with
//! its value, as in asyncio.
//!
//! Bookkeeping: each task header holds a [`CancelSlot`], a pointer to a
//! [`CancelState`] made by the first request or scope: asyncio's request
//! count (`cancelling()`), a task-wide request counter (`epoch`) that stamps
//! every request, the stamp of the latest request aimed at the whole task,
//! the latest stamp delivered, the live `Cancelled` count, the list of
//! active scopes, and the innermost scope whose inner awaitable is being
//! resumed (so a scope entered inside another becomes its child). Scopes
//! form a tree per task (within-task concurrency such as `gather!` makes
//! siblings). A cleanup scope is a *leaf* when no active cleanup scope is
//! inside it; only leaves deliver. A delivery marks the leaf and its ancestors as having
//! seen that request, so one `cancel()` gives one `Cancelled`. Boundaries
//! ([`timeout`](crate::timeout), [`task_group`](crate::task_group)) are tree
//! nodes that never deliver themselves but can aim a request at their
//! subtree only (a timeout cancelling its body).

use crate::Awaitable;
use crate::task::{Task, TaskError, TaskMeta};
use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// A task header's cancellation state, allocated by the first request or
/// scope: the common path (spawn, run, finish; no cancellation, no scope)
/// pays one pointer in the header and one load per resume.
#[derive(Default)]
pub(crate) struct CancelSlot(OnceCell<Box<CancelState>>);

impl CancelSlot {
    /// The state, made on first use.
    fn state(&self) -> &CancelState {
        self.0.get_or_init(Box::default)
    }

    /// See [`CancelState::request`].
    pub(crate) fn request(&self) -> bool {
        self.state().request()
    }

    /// See [`CancelState::uncaught`].
    pub(crate) fn uncaught(&self) -> bool {
        self.0.get().is_some_and(|state| state.uncaught())
    }

    /// True if a [`Cancelled`] made in this task is still alive: a task that
    /// returns then ends as cancelled.
    pub(crate) fn cancelled_in_flight(&self) -> bool {
        self.0.get().is_some_and(|state| state.in_flight.get() > 0)
    }

    fn cancelling(&self) -> u32 {
        self.0.get().map_or(0, |state| state.requests.get())
    }

    fn uncancel(&self) -> u32 {
        self.0.get().map_or(0, |state| state.uncancel())
    }
}

/// The cancellation state of one task.
#[derive(Default)]
struct CancelState {
    /// asyncio's `_num_cancels_requested`: `cancel()` (and an expiring
    /// timeout) add one, `uncancel()` takes one off.
    requests: Cell<u32>,
    /// Stamps requests: bumped by each one (task-wide or aimed at a subtree).
    epoch: Cell<u32>,
    /// The stamp of the latest request aimed at the whole task; 0 for none
    /// (or withdrawn by `uncancel` down to zero).
    task_request: Cell<u32>,
    /// The latest stamp delivered anywhere in the task.
    delivered: Cell<u32>,
    /// Live [`Cancelled`] values made by deliveries in this task.
    in_flight: Cell<u32>,
    /// Every active scope of the task (for waking them).
    scopes: RefCell<Vec<Rc<ScopeNode>>>,
    /// How many of them are cleanup scopes (which deliver; boundaries do
    /// not).
    delivering: Cell<usize>,
    /// The scope whose inner awaitable is being resumed right now.
    current: RefCell<Option<Rc<ScopeNode>>>,
}

impl CancelState {
    /// Records a `cancel()` aimed at the whole task. Returns true when an
    /// active scope will deliver it (the task must then not be dropped); the
    /// caller wakes the task.
    fn request(&self) -> bool {
        self.requests.set(self.requests.get().saturating_add(1));
        let stamp = self.bump();
        self.task_request.set(stamp);
        if self.delivering.get() == 0 {
            return false;
        }
        self.wake_scopes();
        true
    }

    fn bump(&self) -> u32 {
        let stamp = self.epoch.get().wrapping_add(1).max(1);
        self.epoch.set(stamp);
        stamp
    }

    /// After a resume of a task that did not finish: a request aimed at the
    /// whole task that no scope delivered and no scope is left to deliver
    /// (asyncio: `CancelledError` raised at an `await` outside any `try`).
    fn uncaught(&self) -> bool {
        self.task_request.get() > self.delivered.get() && self.delivering.get() == 0
    }

    /// Wakes every active scope (with no borrow held while waking).
    fn wake_scopes(&self) {
        let wakers: Vec<Waker> = self
            .scopes
            .borrow()
            .iter()
            .filter_map(|node| node.waker.take())
            .collect();
        for waker in wakers {
            waker.wake();
        }
    }

    fn uncancel(&self) -> u32 {
        let left = self.requests.get().saturating_sub(1);
        self.requests.set(left);
        if left == 0 {
            // Python 3.13: uncancel() down to zero withdraws a request not
            // delivered yet.
            self.task_request.set(0);
        }
        left
    }
}

/// One active scope (cleanup scope or boundary) of a task.
struct ScopeNode {
    parent: Option<Rc<ScopeNode>>,
    /// A cleanup scope (delivers cancellation), not a boundary.
    delivers: bool,
    /// Active cleanup scopes inside this one, at any depth.
    delivering_inside: Cell<usize>,
    /// A request aimed at this subtree only (a boundary's), 0 for none.
    request: Cell<u32>,
    /// The latest stamp delivered through this scope.
    seen: Cell<u32>,
    /// The waker of the last resume that returned `Pending`.
    waker: Cell<Option<Waker>>,
}

/// A scope's membership in its task's tree; dropping it leaves the tree.
pub(crate) struct Registration {
    task: Rc<dyn TaskMeta>,
    node: Rc<ScopeNode>,
    /// A boundary's request counts in `cancelling()` until withdrawn (or
    /// the boundary is dropped).
    own_request: Cell<bool>,
}

impl Registration {
    /// Enters a new scope of the task being resumed, inside the scope being
    /// resumed (if any): a cleanup scope if `delivers`, else a boundary.
    /// `None` outside a task of a running loop (then the scope is a plain
    /// `try`/`finally` that never sees cancellation).
    pub(crate) fn enter(delivers: bool) -> Option<Registration> {
        let task = crate::executor::current_meta()?;
        let state = task.header().cancel.state();
        let parent = state.current.borrow().clone();
        let seen = parent
            .as_ref()
            .map_or(state.delivered.get(), |parent| parent.seen.get());
        if delivers {
            state.delivering.set(state.delivering.get() + 1);
            let mut at = parent.as_ref();
            while let Some(scope) = at {
                scope
                    .delivering_inside
                    .set(scope.delivering_inside.get() + 1);
                at = scope.parent.as_ref();
            }
        }
        let node = Rc::new(ScopeNode {
            parent,
            delivers,
            delivering_inside: Cell::new(0),
            request: Cell::new(0),
            seen: Cell::new(seen),
            waker: Cell::new(None),
        });
        state.scopes.borrow_mut().push(node.clone());
        Some(Registration {
            task,
            node,
            own_request: Cell::new(false),
        })
    }

    fn state(&self) -> &CancelState {
        self.task.header().cancel.state()
    }

    /// The stamp to deliver now, if this scope is a leaf and a request newer
    /// than what it has seen covers it.
    fn pending(&self) -> Option<u32> {
        let state = self.state();
        let node = &self.node;
        if state.epoch.get() == node.seen.get() || node.delivering_inside.get() > 0 {
            return None;
        }
        let mut stamp = state.task_request.get();
        let mut at = Some(node);
        while let Some(scope) = at {
            stamp = stamp.max(scope.request.get());
            at = scope.parent.as_ref();
        }
        (stamp > node.seen.get()).then_some(stamp)
    }

    /// Delivers `stamp`: marks it seen here and in every enclosing scope and
    /// makes the [`Cancelled`] that carries it.
    fn deliver(&self, stamp: u32) -> Cancelled {
        let state = self.state();
        let mut at = Some(&self.node);
        while let Some(scope) = at {
            scope.seen.set(scope.seen.get().max(stamp));
            at = scope.parent.as_ref();
        }
        state.delivered.set(state.delivered.get().max(stamp));
        Cancelled::new(self.task.clone())
    }

    /// Runs `f` (a resume of the scope's inner awaitable) with this scope as
    /// the task's current one, so scopes entered inside become its children.
    pub(crate) fn inside<R>(&self, f: impl FnOnce() -> R) -> R {
        struct Restore<'a> {
            state: &'a CancelState,
            previous: Option<Rc<ScopeNode>>,
        }
        impl Drop for Restore<'_> {
            fn drop(&mut self) {
                *self.state.current.borrow_mut() = self.previous.take();
            }
        }
        let state = self.state();
        let previous = state.current.replace(Some(self.node.clone()));
        let _restore = Restore { state, previous };
        f()
    }

    /// Remembers the waker of a resume that returns `Pending`, so that a
    /// request wakes this scope's awaiter.
    pub(crate) fn park(&self, cx: &Context<'_>) {
        let waker = match self.node.waker.take() {
            Some(w) if w.will_wake(cx.waker()) => w,
            _ => cx.waker().clone(),
        };
        self.node.waker.set(Some(waker));
    }

    /// True if an active cleanup scope is inside this one.
    pub(crate) fn has_inner_scopes(&self) -> bool {
        self.node.delivering_inside.get() > 0
    }

    /// A boundary aims a request at its subtree (an expiring timeout: asyncio
    /// calls `task.cancel()`, which counts in `cancelling()`).
    pub(crate) fn request_inner(&self) {
        let state = self.state();
        if !self.own_request.replace(true) {
            state.requests.set(state.requests.get().saturating_add(1));
        }
        let stamp = state.bump();
        self.node.request.set(stamp);
        state.wake_scopes();
    }

    /// The boundary's request is over (asyncio's `uncancel()` in the exit of
    /// `timeout`); returns the task's `cancelling()` after it.
    pub(crate) fn withdraw_inner(&self) -> u32 {
        self.node.request.set(0);
        if self.own_request.replace(false) {
            self.state().uncancel()
        } else {
            self.state().requests.get()
        }
    }

    /// The task's `cancelling()`.
    pub(crate) fn cancelling(&self) -> u32 {
        self.state().requests.get()
    }

    /// How many [`Cancelled`] of this task are alive.
    pub(crate) fn in_flight(&self) -> u32 {
        self.state().in_flight.get()
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        let state = self.task.header().cancel.state();
        if self.own_request.get() {
            // A boundary dropped while cancelling its work (its awaiter was
            // dropped): its request no longer counts.
            state.uncancel();
        }
        state
            .scopes
            .borrow_mut()
            .retain(|node| !Rc::ptr_eq(node, &self.node));
        if self.node.delivers {
            state
                .delivering
                .set(state.delivering.get().saturating_sub(1));
            let mut at = self.node.parent.as_ref();
            while let Some(scope) = at {
                let inside = scope.delivering_inside.get().saturating_sub(1);
                scope.delivering_inside.set(inside);
                at = scope.parent.as_ref();
            }
        }
    }
}

/// The cancellation delivered to a cleanup scope (asyncio's
/// `CancelledError`): the `Err` of a [`finally`] scope whose task was
/// cancelled. Propagate it with `?`; dropping it swallows the cancellation
/// (also call [`uncancel`] if the task should not count as being cancelled,
/// as asyncio code does).
///
/// While a `Cancelled` made in a task is alive, that task, if it returns,
/// ends with [`TaskError::Cancelled`] instead of its value: propagating the
/// error to the top is letting `CancelledError` escape the coroutine.
/// `Cancelled` converts into [`TaskError`] with `?`.
pub struct Cancelled {
    task: Option<Rc<dyn TaskMeta>>,
}

impl Cancelled {
    fn new(task: Rc<dyn TaskMeta>) -> Self {
        let state = task.header().cancel.state();
        state.in_flight.set(state.in_flight.get() + 1);
        Cancelled { task: Some(task) }
    }
}

impl Drop for Cancelled {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            let state = task.header().cancel.state();
            state.in_flight.set(state.in_flight.get().saturating_sub(1));
        }
    }
}

impl fmt::Debug for Cancelled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cancelled")
    }
}

impl fmt::Display for Cancelled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("task was cancelled")
    }
}

impl std::error::Error for Cancelled {}

impl From<Cancelled> for TaskError {
    fn from(_: Cancelled) -> TaskError {
        TaskError::Cancelled
    }
}

/// True if the task being resumed holds a live [`Cancelled`] (one about to
/// escape it, when it is returning).
pub(crate) fn cancelled_escaping() -> bool {
    crate::executor::current_meta().is_some_and(|task| task.header().cancel.cancelled_in_flight())
}

/// How many cancellation requests of the current task are outstanding
/// (asyncio 3.11's `current_task().cancelling()`): each
/// [`Task::cancel`](crate::Task::cancel), and each expiring
/// [`timeout`](crate::timeout) while it cancels its body, adds one;
/// [`uncancel`] takes one off. 0 outside a task.
pub fn cancelling() -> u32 {
    crate::executor::current_meta().map_or(0, |task| task.header().cancel.cancelling())
}

/// Takes one off the current task's [`cancelling`] count and returns what is
/// left (asyncio 3.11's `current_task().uncancel()`), for code that catches
/// the cancellation and goes on. At zero, a request not delivered yet is
/// withdrawn (Python 3.13). 0 outside a task.
pub fn uncancel() -> u32 {
    crate::executor::current_meta().map_or(0, |task| task.header().cancel.uncancel())
}

impl<T> Task<T> {
    /// asyncio's `Task.cancelling()`: outstanding cancellation requests of
    /// this task (see [`cancelling`]).
    pub fn cancelling(&self) -> u32 {
        self.cell.header().cancel.cancelling()
    }

    /// asyncio's `Task.uncancel()`: takes one request off and returns what
    /// is left (see [`uncancel`]).
    pub fn uncancel(&self) -> u32 {
        self.cell.header().cancel.uncancel()
    }
}

/// Runs `body`, then `cleanup`, on every exit of `body` that can await:
/// Python's `try: await body finally: await cleanup`.
///
/// The scope resolves to `Ok(body's output)` when the body completed, and to
/// `Err(`[`Cancelled`]`)` when the task was cancelled while the body ran.
/// In both cases, and when the body panicked, `cleanup` runs to completion
/// first, and it may await (flush, close, tell a peer):
///
/// | exit of the body | cleanup | the scope gives |
/// |---|---|---|
/// | completes with `v` | awaited | `Ok(v)` |
/// | its task is cancelled ([`Task::cancel`](crate::Task::cancel), an expiring [`timeout`](crate::timeout) around it, a failing [`task_group`](crate::task_group) sibling, loop shutdown) | awaited, after the body was dropped in place | `Err(Cancelled)` |
/// | panics (also: its destructor panics as the body ends or is cancelled) | awaited, then the panic resumes | (unwinds) |
/// | the scope itself is dropped (a parent that is dropped, a lost [`race`](crate::race), a task dropped because no scope was active) | **not run**: only destructors | - |
///
/// Cancellation is delivered by the innermost active scope of the task, at
/// its next resume: the body never resumes again, and the body's own
/// destructors run before the cleanup starts. A second cancellation while the
/// cleanup awaits interrupts the cleanup there (asyncio raises a new
/// `CancelledError` inside the `finally`); the scope then gives
/// `Err(Cancelled)` without finishing it. A panic of the cleanup propagates
/// (replacing the body's outcome, as an exception raised in `finally`).
///
/// Outside a running loop's task (say, driven by another executor through
/// [`into_future`](crate::into_future)) it is a plain `try`/`finally`.
///
/// In a `#[coro::coroutine]` (the same with `coro::` paths):
///
/// ```text
/// #[coro::coroutine]
/// fn worker(conn: Rc<Conn>) -> Result<(), coro::Cancelled> {
///     coro::finally(serve(conn.clone()), close(conn)).await?; // close may await
///     Ok(())
/// }
/// ```
///
/// Driven here with `async` blocks, as the runtime's own examples are:
///
/// ```
/// use coro_runtime::{Cancelled, TaskError, finally, from_future, into_future as aw};
/// use std::cell::RefCell;
/// use std::rc::Rc;
/// use std::time::Duration;
///
/// let log = Rc::new(RefCell::new(Vec::new()));
/// let result = coro_runtime::run(from_future({
///     let log = log.clone();
///     async move {
///         let work = {
///             let log = log.clone();
///             from_future(async move {
///                 let body = coro_runtime::sleep(Duration::from_secs(60));
///                 let cleanup = from_future(async move {
///                     aw(coro_runtime::sleep(Duration::ZERO)).await; // cleanup may await
///                     log.borrow_mut().push("closed");
///                 });
///                 aw(finally(body, cleanup)).await?;
///                 Ok::<(), Cancelled>(())
///             })
///         };
///         let task = coro_runtime::spawn(work);
///         aw(coro_runtime::sleep(Duration::ZERO)).await; // let it start
///         task.cancel(); // a request: the scope delivers it
///         aw(task).await
///     }
/// }));
/// assert_eq!(result.unwrap_err(), TaskError::Cancelled);
/// assert_eq!(*log.borrow(), ["closed"]);
/// ```
pub fn finally<B, C>(body: B, cleanup: C) -> Finally<B, C>
where
    B: Awaitable,
    C: Awaitable<Output = ()>,
{
    Finally {
        body: Some(body),
        cleanup: Some(cleanup),
        outcome: None,
        registration: None,
        entered: false,
    }
}

/// How the body of a [`Finally`] ended.
enum Outcome<T> {
    Value(T),
    Cancelled(Cancelled),
    Panicked(Box<dyn Any + Send>),
}

/// Drops the body in place (`Pin::set` stores `None` even if that drop
/// panics) and gives the body's outcome: `outcome`, or, if the body's
/// destructor panicked, that panic (asyncio: an exception raised while the
/// body ends replaces its result or its `CancelledError`; the first panic
/// wins over a later one). Either way the cleanup is awaited next.
fn end_body<B, T>(body: Pin<&mut Option<B>>, outcome: Outcome<T>) -> Outcome<T> {
    let mut body = body;
    match catch_unwind(AssertUnwindSafe(|| body.set(None))) {
        Ok(()) => outcome,
        Err(payload) => match outcome {
            Outcome::Panicked(first) => {
                crate::task::drop_payload(payload);
                Outcome::Panicked(first)
            }
            replaced => {
                // The value's (or `Cancelled`'s) own destructor may panic
                // too: that second panic is lost, the first one stands.
                if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(replaced))) {
                    crate::task::drop_payload(again);
                }
                Outcome::Panicked(payload)
            }
        },
    }
}

pin_project_lite::pin_project! {
    /// The awaitable returned by [`finally`]: resolves to
    /// `Result<B::Output, Cancelled>`.
    ///
    /// `Unpin` exactly when the body and the cleanup are. Dropping it drops
    /// the body, then the cleanup, without awaiting anything.
    #[must_use = "a finally scope does nothing unless awaited"]
    pub struct Finally<B: Awaitable, C> {
        // Dropped in place when the body ends; declared first so that the
        // body (and the scopes inside it) go before the registration.
        #[pin]
        body: Option<B>,
        #[pin]
        cleanup: Option<C>,
        outcome: Option<Outcome<B::Output>>,
        registration: Option<Registration>,
        entered: bool,
    }
}

impl<B: Awaitable, C> fmt::Debug for Finally<B, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let phase = if !self.entered {
            "new"
        } else if self.body.is_some() {
            "body"
        } else if self.cleanup.is_some() {
            "cleanup"
        } else {
            "done"
        };
        f.debug_struct("Finally")
            .field("phase", &phase)
            .finish_non_exhaustive()
    }
}

#[diagnostic::do_not_recommend]
impl<B, C> Awaitable for Finally<B, C>
where
    B: Awaitable,
    C: Awaitable<Output = ()>,
{
    type Output = Result<B::Output, Cancelled>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        if !*this.entered {
            *this.entered = true;
            *this.registration = Registration::enter(true);
        }
        let registration = this.registration.as_ref();
        if let Some(body) = this.body.as_mut().as_pin_mut() {
            if let Some(stamp) = registration.and_then(Registration::pending) {
                let cancelled = registration.expect("pending").deliver(stamp);
                // The body's destructors run before cleanup.
                *this.outcome = Some(end_body(this.body.as_mut(), Outcome::Cancelled(cancelled)));
            } else {
                let polled = catch_unwind(AssertUnwindSafe(|| match registration {
                    Some(registration) => registration.inside(|| body.resume(cx)),
                    None => body.resume(cx),
                }));
                match polled {
                    Ok(Poll::Pending) => {
                        if let Some(registration) = registration {
                            registration.park(cx);
                        }
                        return Poll::Pending;
                    }
                    Ok(Poll::Ready(value)) => {
                        *this.outcome = Some(end_body(this.body.as_mut(), Outcome::Value(value)));
                    }
                    Err(payload) => {
                        *this.outcome =
                            Some(end_body(this.body.as_mut(), Outcome::Panicked(payload)));
                    }
                }
            }
        }
        let Some(cleanup) = this.cleanup.as_mut().as_pin_mut() else {
            panic!("coro: Finally resumed after completion");
        };
        if let Some(stamp) = registration.and_then(Registration::pending) {
            // Cancelled again while cleaning up: the cleanup is interrupted
            // at its await, and the new cancellation replaces the outcome.
            let cancelled = registration.expect("pending").deliver(stamp);
            this.cleanup.set(None);
            this.outcome.take();
            *this.registration = None;
            return Poll::Ready(Err(cancelled));
        }
        let polled = match registration {
            Some(registration) => registration.inside(|| cleanup.resume(cx)),
            None => cleanup.resume(cx),
        };
        if polled.is_pending() {
            if let Some(registration) = registration {
                registration.park(cx);
            }
            return Poll::Pending;
        }
        this.cleanup.set(None);
        *this.registration = None;
        match this.outcome.take().expect("the body ended") {
            Outcome::Value(value) => Poll::Ready(Ok(value)),
            Outcome::Cancelled(cancelled) => Poll::Ready(Err(cancelled)),
            Outcome::Panicked(payload) => resume_unwind(payload),
        }
    }
}
