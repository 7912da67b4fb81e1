//! Tasks: awaitables the loop drives on their own (asyncio's `Task`).
//!
//! A spawned task is stored twice, with no copy of its state:
//! - the loop's slab owns the running awaitable (a [`RunTask`], boxed once at
//!   spawn) and drops it when the task finishes or is cancelled;
//! - a reference-counted [`TaskCell`] holds what outlives the awaitable: the
//!   task's [`Header`] (id, name, status, the waker of whoever awaits it) and
//!   its result until the [`Task`] handle takes it.
//!
//! Invariants:
//! - a task's result is written exactly once (finished, panicked or
//!   cancelled), and the awaitable is dropped exactly once, right then;
//! - dropping a [`Task`] handle does not cancel the task (asyncio semantics):
//!   it goes on running, detached, until it finishes or the loop shuts down;
//! - a panic result nobody took is reported on stderr ("Task exception was
//!   never retrieved") when the last of {task, handle} goes away.

use crate::Awaitable;
use crate::exception_handler::{ExceptionContext, report};
use crate::waker::TaskKey;
use std::any::Any;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Why a task produced no value: the `Err` of awaiting a [`Task`].
///
/// Two errors compare equal when they are the same variant and, for
/// [`Panicked`](TaskError::Panicked), carry the same message (payloads are
/// not compared).
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TaskError {
    /// The task was cancelled ([`Task::cancel`], or the loop shut down) before
    /// it finished: asyncio's `CancelledError`.
    Cancelled,
    /// The task panicked: the panic, with its payload (asyncio's exception
    /// object, as `Task.exception()` gives it).
    Panicked(TaskPanic),
}

impl TaskError {
    /// True for [`TaskError::Cancelled`].
    pub fn is_cancelled(&self) -> bool {
        matches!(self, TaskError::Cancelled)
    }

    /// True for [`TaskError::Panicked`].
    pub fn is_panic(&self) -> bool {
        matches!(self, TaskError::Panicked(_))
    }

    /// The panic of a [`Panicked`](TaskError::Panicked) error, else `None`.
    pub fn panic(&self) -> Option<&TaskPanic> {
        match self {
            TaskError::Panicked(panic) => Some(panic),
            TaskError::Cancelled => None,
        }
    }

    /// The panic's payload, to [`std::panic::resume_unwind`] it (re-raise the
    /// task's exception in the awaiter, as `await task` does in asyncio).
    ///
    /// # Panics
    /// If the task was cancelled rather than panicked.
    #[track_caller]
    pub fn into_panic(self) -> Box<dyn Any + Send + 'static> {
        match self {
            TaskError::Panicked(panic) => panic.into_panic(),
            TaskError::Cancelled => panic!("coro: TaskError::into_panic on a cancelled task"),
        }
    }

    /// `Ok` with the panic of a [`Panicked`](TaskError::Panicked) error, or
    /// the error back.
    pub fn try_into_panic(self) -> Result<TaskPanic, TaskError> {
        match self {
            TaskError::Panicked(panic) => Ok(panic),
            other => Err(other),
        }
    }
}

impl fmt::Display for TaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaskError::Cancelled => f.write_str("task was cancelled"),
            TaskError::Panicked(panic) => write!(f, "task panicked: {}", panic.message()),
        }
    }
}

impl std::error::Error for TaskError {}

/// A task's panic: its payload, plus the payload's message read once (the
/// payload is `dyn Any`, so the message is kept beside it).
///
/// [`message`](TaskPanic::message) is what `panic!` was given (or
/// `"Box<dyn Any>"` for a payload that is not a string);
/// [`into_panic`](TaskPanic::into_panic) gives the payload back, and
/// [`resume_unwind`](TaskPanic::resume_unwind) re-raises it. Equality
/// compares messages only. `From<&str>` / `From<String>` build one whose
/// payload is the `String` (as `panic!("{msg}")` would).
///
/// One pointer wide (the message and payload are boxed together): every
/// task's result slot holds a `Result<T, TaskError>`, so a wide panic would
/// make every task larger, panicking or not.
pub struct TaskPanic(Box<PanicParts>);

struct PanicParts {
    message: String,
    payload: Box<dyn Any + Send + 'static>,
}

impl TaskPanic {
    /// Wraps a payload caught by `catch_unwind`.
    pub fn new(payload: Box<dyn Any + Send + 'static>) -> Self {
        TaskPanic(Box::new(PanicParts {
            message: panic_message(&*payload),
            payload,
        }))
    }

    /// The panic's message (`"Box<dyn Any>"` when the payload is not a string).
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The payload, to downcast it.
    pub fn payload(&self) -> &(dyn Any + Send + 'static) {
        &*self.0.payload
    }

    /// The payload, by value.
    pub fn into_panic(self) -> Box<dyn Any + Send + 'static> {
        self.0.payload
    }

    /// Re-raises the panic on this thread (`std::panic::resume_unwind`).
    pub fn resume_unwind(self) -> ! {
        std::panic::resume_unwind(self.0.payload)
    }
}

impl From<String> for TaskPanic {
    fn from(message: String) -> Self {
        TaskPanic(Box::new(PanicParts {
            payload: Box::new(message.clone()),
            message,
        }))
    }
}

impl From<&str> for TaskPanic {
    fn from(message: &str) -> Self {
        TaskPanic::from(message.to_owned())
    }
}

impl fmt::Debug for TaskPanic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TaskPanic").field(&self.0.message).finish()
    }
}

impl fmt::Display for TaskPanic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl PartialEq for TaskPanic {
    fn eq(&self, other: &Self) -> bool {
        self.0.message == other.0.message
    }
}

impl Eq for TaskPanic {}

/// Extracts the message of a panic payload.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "Box<dyn Any>".to_owned()
    }
}

/// A task's number, unique within one `run`: the main awaitable is 1, spawned
/// tasks count up from 2 (so default names match asyncio's `Task-N`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TaskId(pub u64);

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Where a task is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Pending,
    Finished,
    Panicked,
    Cancelled,
}

/// What every task has, whatever its output type.
///
/// `repr(C)`, with what the loop reads on every resume first (the
/// cancellation slot, checked after each resume) and what only debugging,
/// handles and wakers-by-key read last: with [`TaskCell`]'s order this keeps
/// a resume on as few cache lines as possible (measured in the timers
/// benchmark: 100k tasks resumed in deadline order miss the cache on every
/// line they touch).
#[repr(C)]
pub(crate) struct Header {
    /// Cancellation requests and cleanup scopes (`cancel.rs`).
    pub(crate) cancel: crate::cancel::CancelSlot,
    pub(crate) status: Cell<Status>,
    /// Set when the task cancels itself while being polled: the loop drops
    /// it once the poll returns.
    pub(crate) cancel_requested: Cell<bool>,
    /// False once the [`Task`] handle was dropped (the task is detached).
    pub(crate) handle_alive: Cell<bool>,
    /// The task's own waker (data reused for every poll).
    pub(crate) waker: Waker,
    /// The waker of the task awaiting the handle.
    pub(crate) join_waker: Cell<Option<Waker>>,
    /// The task's context variables, current while it runs.
    pub(crate) context: std::cell::RefCell<crate::contextvars::Context>,
    pub(crate) key: TaskKey,
    pub(crate) id: TaskId,
    /// Identifies the loop, so a handle never reaches into another loop.
    pub(crate) loop_id: u64,
    /// `type_name` of the awaitable, for debug-mode messages (a function, so
    /// the header stays as small as before the cancellation state joined it).
    pub(crate) coroutine: fn() -> &'static str,
    pub(crate) name: Option<Rc<str>>,
}

impl Header {
    /// The task's name: the given one, or `Task-N`.
    pub(crate) fn name(&self) -> Cow<'_, str> {
        match &self.name {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(format!("Task-{}", self.id)),
        }
    }

    pub(crate) fn info(&self) -> TaskInfo {
        TaskInfo {
            id: self.id,
            name: self.name.clone(),
        }
    }

    /// Wakes whoever awaits the handle. Never unwinds: the loop completes
    /// tasks in places (shutdown, cancellation) that must not be cut short,
    /// so a panic out of a foreign waker's `wake` is reported here instead.
    fn wake_joiner(&self) {
        if let Some(waker) = self.join_waker.take()
            && let Err(payload) = catch_unwind(AssertUnwindSafe(|| waker.wake()))
        {
            report(ExceptionContext {
                message: "waking the awaiter of a task panicked".into(),
                task: Some(self.info()),
                coroutine: Some((self.coroutine)()),
                panic: Some(panic_message(&*payload)),
            });
            drop_payload(payload);
        }
    }
}

/// Drops a panic payload nobody receives; its own destructor may panic too,
/// and that panic is lost (forgotten, not unwound into the loop).
pub(crate) fn drop_payload(payload: Box<dyn Any + Send>) {
    if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
        std::mem::forget(again);
    }
}

/// A spawned task in one allocation: its header, the awaitable it runs and
/// the slot its result goes to (the main awaitable of `run` has no cell; it
/// uses [`MainTask`]).
///
/// The awaitable is pinned inside the `Rc` allocation: it is never moved
/// out (no `Rc::try_unwrap`/`into_inner` is ever applied to a cell), only
/// dropped in place, by [`TaskMeta::drop_awaitable`] or with the cell.
///
/// `repr(C)` with the awaitable first: a resume touches the `Rc`'s counts
/// (the loop clones it), the awaitable and the header's first fields, and
/// this order puts them next to each other (see [`Header`]).
#[repr(C)]
pub(crate) struct TaskCell<A: Awaitable> {
    /// `None` once the task finished, was cancelled or shut down.
    awaitable: RefCell<Option<A>>,
    pub(crate) header: Header,
    result: Cell<Option<Result<A::Output, TaskError>>>,
}

impl<A: Awaitable> TaskCell<A> {
    pub(crate) fn new(header: Header, awaitable: A) -> Self {
        TaskCell {
            header,
            result: Cell::new(None),
            awaitable: RefCell::new(Some(awaitable)),
        }
    }

    /// Records the task's outcome and wakes whoever awaits it.
    fn complete(&self, result: Result<A::Output, TaskError>) {
        let status = match &result {
            Ok(_) => Status::Finished,
            Err(TaskError::Cancelled) => Status::Cancelled,
            Err(TaskError::Panicked(_)) => Status::Panicked,
        };
        self.header.status.set(status);
        if status == Status::Panicked && !self.header.handle_alive.get() {
            report_unretrieved(&self.header, &result);
        }
        self.result.set(Some(result));
        self.header.wake_joiner();
    }
}

/// The main awaitable's stand-in in the task slab: a header only (the
/// awaitable lives on `run`'s stack, and its output is returned by `run`).
pub(crate) struct MainTask {
    pub(crate) header: Header,
}

fn report_unretrieved<T>(header: &Header, result: &Result<T, TaskError>) {
    if let Err(TaskError::Panicked(panic)) = result {
        report(ExceptionContext {
            message: "Task exception was never retrieved".into(),
            task: Some(header.info()),
            coroutine: Some((header.coroutine)()),
            panic: Some(panic.message().to_owned()),
        });
    }
}

/// The loop's view of a task, whatever its awaitable.
pub(crate) trait TaskMeta {
    fn header(&self) -> &Header;
    /// Resumes the awaitable; `Ready` once it finished or panicked (the
    /// outcome is then recorded), or if it is gone already. Not reentrant:
    /// the loop never polls a task from inside its own poll.
    fn run(&self, cx: &mut Context<'_>) -> Poll<()>;
    /// Drops the awaitable in place, if it is still there (call with no
    /// borrow of the loop held: destructors are user code).
    fn drop_awaitable(&self);
    /// Marks the task cancelled (its awaitable was, or is about to be, dropped).
    fn complete_cancelled(&self);
    /// Dropping the task's awaitable (or its last reference) panicked with
    /// `message`: that is the outcome of a task that had none yet (as an
    /// asyncio task whose cleanup raises ends with that exception), and is
    /// reported on stderr otherwise, since nobody could receive it.
    fn complete_drop_panicked(&self, panic: TaskPanic);
    /// Drops the result if the handle is gone (nobody can take it any more).
    fn discard_unclaimed(&self);
}

/// What a [`Task`] handle needs of its task: the loop's view plus the
/// typed result slot.
pub(crate) trait TaskResult<T>: TaskMeta {
    fn result(&self) -> &Cell<Option<Result<T, TaskError>>>;
}

impl<A: Awaitable> TaskResult<A::Output> for TaskCell<A> {
    fn result(&self) -> &Cell<Option<Result<A::Output, TaskError>>> {
        &self.result
    }
}

impl<A: Awaitable> TaskMeta for TaskCell<A> {
    fn header(&self) -> &Header {
        &self.header
    }
    fn run(&self, cx: &mut Context<'_>) -> Poll<()> {
        let mut awaitable = self.awaitable.borrow_mut();
        let Some(awaitable) = awaitable.as_mut() else {
            return Poll::Ready(());
        };
        // SAFETY: the awaitable is structurally pinned in the cell: the
        // cell lives in an `Rc` allocation that is never moved out of (see
        // the type's docs), and the `Option` around the awaitable is only
        // ever set to `None` (dropping it in place, `drop_awaitable`) or
        // dropped with the cell; nothing moves it out or swaps it. So from
        // this first pin on it stays at this address until it is dropped.
        let awaitable = unsafe { Pin::new_unchecked(awaitable) };
        match catch_unwind(AssertUnwindSafe(|| awaitable.resume(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(value)) if self.header.cancel.cancelled_in_flight() => {
                // The coroutine let a `Cancelled` escape (`cancel.rs`): the
                // task ends cancelled, as asyncio's does.
                match catch_unwind(AssertUnwindSafe(move || drop(value))) {
                    Ok(()) => self.complete(Err(TaskError::Cancelled)),
                    Err(payload) => {
                        self.complete(Err(TaskError::Panicked(TaskPanic::new(payload))))
                    }
                }
                Poll::Ready(())
            }
            Ok(Poll::Ready(value)) => {
                self.complete(Ok(value));
                Poll::Ready(())
            }
            Err(payload) => {
                self.complete(Err(TaskError::Panicked(TaskPanic::new(payload))));
                Poll::Ready(())
            }
        }
    }
    fn drop_awaitable(&self) {
        // Dropped in place while the `RefCell` is borrowed. A destructor in
        // the awaitable may reach this again: it cancels its own task (a
        // guard holding the task's handle), and `cancel` of a task the loop
        // already removed retires it. The drop in progress is the one that
        // counts, so that call does nothing (it must not panic "already
        // borrowed", which would become the task's outcome).
        if let Ok(mut awaitable) = self.awaitable.try_borrow_mut() {
            *awaitable = None;
        }
    }
    fn complete_cancelled(&self) {
        if self.header.status.get() == Status::Pending {
            self.complete(Err(TaskError::Cancelled));
        }
    }
    fn complete_drop_panicked(&self, panic: TaskPanic) {
        if self.header.status.get() == Status::Pending {
            self.complete(Err(TaskError::Panicked(panic)));
        } else {
            report_drop_panicked(&self.header, panic.message());
            drop_payload(panic.into_panic());
        }
    }
    fn discard_unclaimed(&self) {
        if !self.header.handle_alive.get() {
            drop(self.result.take());
        }
    }
}

impl TaskMeta for MainTask {
    fn header(&self) -> &Header {
        &self.header
    }
    fn run(&self, _: &mut Context<'_>) -> Poll<()> {
        unreachable!("the loop polls the main awaitable itself")
    }
    fn drop_awaitable(&self) {}
    fn complete_cancelled(&self) {
        if self.header.status.get() == Status::Pending {
            self.header.status.set(Status::Cancelled);
        }
    }
    fn complete_drop_panicked(&self, panic: TaskPanic) {
        report_drop_panicked(&self.header, panic.message());
        drop_payload(panic.into_panic());
    }
    fn discard_unclaimed(&self) {}
}

/// A panic out of dropping what a finished task left (its awaitable, or its
/// result nobody took) reaches no one: it is reported here.
pub(crate) fn report_drop_panicked(header: &Header, message: &str) {
    report(ExceptionContext {
        message: "dropping a finished task panicked".into(),
        task: Some(header.info()),
        coroutine: Some((header.coroutine)()),
        panic: Some(message.to_string()),
    });
}

thread_local! {
    static AWAITER_FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Set while the loop drops the awaitable of a task that panicked: an
/// awaited [`Task`] handle dropped then detaches instead of cancelling. In
/// asyncio the task raised, and the tasks it was awaiting in a `gather`
/// ("other awaitables in the aws sequence won't be cancelled and will
/// continue to run") or otherwise are not cancelled by that.
pub(crate) struct AwaiterFailed {
    previous: bool,
}

impl AwaiterFailed {
    pub(crate) fn enter(failed: bool) -> AwaiterFailed {
        let previous = AWAITER_FAILED.with(|f| f.replace(failed));
        AwaiterFailed { previous }
    }

    /// True while a failed awaiter is dropped: by the loop after the task
    /// panicked (a coroutine keeps its awaited value in its state), or
    /// during the unwind itself (an `async` block drops its locals as the
    /// panic leaves it).
    fn now() -> bool {
        std::thread::panicking() || AWAITER_FAILED.try_with(Cell::get).unwrap_or(false)
    }
}

impl Drop for AwaiterFailed {
    fn drop(&mut self) {
        let _ = AWAITER_FAILED.try_with(|f| f.set(self.previous));
    }
}

/// A handle to a spawned task (asyncio's `Task`), returned by
/// [`spawn`](crate::spawn).
///
/// Awaiting it gives the task's result: `Ok(value)`, or
/// `Err(`[`TaskError`]`)` if it was cancelled or panicked.
///
/// **Awaiting follows asyncio**: once the handle has been awaited (resumed
/// while the task was pending), dropping it before the task finished
/// cancels the task, since dropping the awaiter is how a coroutine is
/// cancelled here and asyncio cancels the awaited task when the awaiter is
/// cancelled. So `wait_for(task, d)` cancels the task on timeout, `race`
/// cancels the losing task, and a cancelled `gather` of tasks cancels them.
/// To await without that, await [`shield(task)`](crate::shield) (dropping
/// the shield leaves the task running), or give the task up with
/// [`detach`](Task::detach). This applies to awaiting through `&mut task`
/// too: the handle remembers it was awaited, so dropping it later while the
/// task runs cancels the task. A handle dropped because its awaiter
/// *panicked* (a failing sibling in the same `gather!`) detaches instead: an
/// asyncio task that raises does not cancel what it was awaiting.
///
/// A handle that was **never awaited** does not cancel its task when dropped:
/// like an asyncio task whose reference you let go (fire-and-forget), it
/// keeps running, detached, until it finishes or the loop shuts down. Call
/// [`cancel`](Task::cancel) to stop it. [`wait`](crate::wait) and the
/// accessors (`is_done`, `take_result`, ...) do not count as awaiting. If a
/// task panics and nobody awaits its handle, the panic is reported
/// ("Task exception was never retrieved") when the handle is dropped or, for
/// a detached task, when it panics.
///
/// A `Task` belongs to the loop that spawned it and is not `Send`.
#[must_use = "dropping a Task handle that was never awaited detaches the task (it keeps running); await it for its result or call .cancel()"]
pub struct Task<T> {
    pub(crate) cell: Rc<dyn TaskResult<T>>,
    /// Set by the first resume that found the task pending: dropping the
    /// handle then cancels the task (the awaiter went away).
    awaited: bool,
}

impl<T> Task<T> {
    pub(crate) fn from_cell(cell: Rc<dyn TaskResult<T>>) -> Self {
        Task {
            cell,
            awaited: false,
        }
    }

    /// Gives the handle up without cancelling the task, even if it was
    /// awaited: the task keeps running, detached (as a handle that was never
    /// awaited does when dropped).
    pub fn detach(mut self) {
        self.awaited = false;
    }

    /// Registers `cx`'s waker to be woken when the task completes, and takes
    /// the result once it has: the resume of `Task` without marking the
    /// handle as awaited ([`crate::wait`], [`crate::shield`]).
    pub(crate) fn poll_result(&self, cx: &mut Context<'_>) -> Poll<Result<T, TaskError>> {
        let header = self.cell.header();
        if header.status.get() == Status::Pending {
            let waker = match header.join_waker.take() {
                Some(w) if w.will_wake(cx.waker()) => w,
                _ => cx.waker().clone(),
            };
            header.join_waker.set(Some(waker));
            return Poll::Pending;
        }
        match self.cell.result().take() {
            Some(result) => Poll::Ready(result),
            None => panic!("coro: Task awaited again after its result was taken"),
        }
    }

    /// Requests cancellation (asyncio's `Task.cancel()`).
    ///
    /// If the task is inside a cleanup scope ([`finally`](crate::finally)),
    /// this is a request: the task is woken, the innermost scope drops its
    /// body at the task's next resume, awaits its cleanup and gives
    /// `Err(`[`Cancelled`](crate::Cancelled)`)`, and the task ends with
    /// [`TaskError::Cancelled`] once that error escapes it (or with its value
    /// if it catches it). See [`cancelling`](Task::cancelling).
    ///
    /// Otherwise (no active scope: the hard fallback) a task that is not
    /// running right now is cancelled at once: its
    /// awaitable is dropped at its current suspension point (destructors run)
    /// before `cancel` returns. A task cancelling itself is dropped as soon as
    /// its current resume returns. Returns false if the task had already
    /// finished, so there was nothing to cancel.
    ///
    /// If a destructor panics while the task's awaitable is dropped, the
    /// panic does not reach the caller: the task ends with
    /// [`TaskError::Panicked`] carrying its message instead of `Cancelled`.
    pub fn cancel(&self) -> bool {
        let header = self.cell.header();
        if header.status.get() != Status::Pending {
            return false;
        }
        crate::executor::cancel_task(header.loop_id, header.key, &*self.cell);
        true
    }

    /// True once the task finished, panicked or was cancelled.
    pub fn is_done(&self) -> bool {
        self.cell.header().status.get() != Status::Pending
    }

    /// True if the task was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cell.header().status.get() == Status::Cancelled
    }

    /// The result of a finished task, without awaiting (asyncio's
    /// `Task.result()` / `Task.exception()`): `None` while it runs, or once
    /// the result was taken (by this or by awaiting the handle).
    pub fn take_result(&self) -> Option<Result<T, TaskError>> {
        if !self.is_done() {
            return None;
        }
        self.cell.result().take()
    }

    /// True if the task panicked.
    pub fn is_panicked(&self) -> bool {
        self.cell.header().status.get() == Status::Panicked
    }

    /// The task's name: the one given to [`spawn_named`](crate::spawn_named),
    /// or `Task-N`.
    pub fn name(&self) -> Cow<'_, str> {
        self.cell.header().name()
    }

    /// The task's id.
    pub fn id(&self) -> TaskId {
        self.cell.header().id
    }

    /// Snapshot of the task's id and name.
    pub fn info(&self) -> TaskInfo {
        self.cell.header().info()
    }
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for Task<T> {
    type Output = Result<T, TaskError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let poll = this.poll_result(cx);
        // Pending: the awaiter now waits on the task, and dropping it (this
        // handle with it) cancels the task. Ready: nothing left to cancel.
        this.awaited = poll.is_pending();
        poll
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        let header = self.cell.header();
        if self.awaited && header.status.get() == Status::Pending && !AwaiterFailed::now() {
            // The awaiter was dropped (cancelled) while awaiting: asyncio
            // cancels the awaited task too. `cancel` never unwinds; a panic
            // in the task's destructors becomes its outcome, reported below
            // as never retrieved. Not when the awaiter is dropped because it
            // panicked (see `AwaiterFailed`).
            self.cancel();
        }
        header.handle_alive.set(false);
        if header.status.get() == Status::Panicked
            && let Some(result) = self.cell.result().take()
        {
            report_unretrieved(header, &result);
            if let Err(TaskError::Panicked(panic)) = result {
                // Nobody receives it: its destructor must not unwind here.
                drop_payload(panic.into_panic());
            }
        }
    }
}

impl<T> fmt::Debug for Task<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Task")
            .field("id", &self.id())
            .field("name", &self.name())
            .field("status", &self.cell.header().status.get())
            .finish()
    }
}

/// A snapshot of a task's identity, from [`current_task`](crate::current_task),
/// [`all_tasks`](crate::all_tasks) or [`Task::info`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskInfo {
    id: TaskId,
    name: Option<Rc<str>>,
}

impl TaskInfo {
    /// The task's id.
    pub fn id(&self) -> TaskId {
        self.id
    }

    /// The task's name: the given one, or `Task-N`.
    pub fn name(&self) -> Cow<'_, str> {
        match &self.name {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(format!("Task-{}", self.id)),
        }
    }
}

impl fmt::Display for TaskInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

#[cfg(test)]
mod size_tests {
    use super::*;

    /// Every task's result slot holds a `Result<T, TaskError>`: a task
    /// error must stay one pointer wide (see [`TaskPanic`]).
    #[test]
    fn a_task_error_is_one_pointer_wide() {
        assert_eq!(
            std::mem::size_of::<TaskError>(),
            std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::size_of::<Option<Result<u64, TaskError>>>(),
            2 * std::mem::size_of::<usize>()
        );
        let panic = TaskError::Panicked(TaskPanic::from("boom"));
        assert_eq!(panic.to_string(), "task panicked: boom");
        assert_eq!(
            panic
                .into_panic()
                .downcast_ref::<String>()
                .map(String::as_str),
            Some("boom")
        );
    }
}
