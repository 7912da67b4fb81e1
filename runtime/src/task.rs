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
use std::cell::Cell;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Why a task produced no value: the `Err` of awaiting a [`Task`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskError {
    /// The task was cancelled ([`Task::cancel`], or the loop shut down) before
    /// it finished: asyncio's `CancelledError`.
    Cancelled,
    /// The task panicked; the payload's message (or `"Box<dyn Any>"` when the
    /// payload was not a string).
    Panicked(String),
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
}

impl fmt::Display for TaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaskError::Cancelled => f.write_str("task was cancelled"),
            TaskError::Panicked(msg) => write!(f, "task panicked: {msg}"),
        }
    }
}

impl std::error::Error for TaskError {}

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
pub(crate) struct Header {
    pub(crate) key: TaskKey,
    pub(crate) id: TaskId,
    pub(crate) name: Option<Rc<str>>,
    /// `type_name` of the awaitable, for debug-mode messages (a function, so
    /// the header stays as small as before the cancellation state joined it).
    pub(crate) coroutine: fn() -> &'static str,
    /// The task's own waker (data reused for every poll).
    pub(crate) waker: Waker,
    /// Identifies the loop, so a handle never reaches into another loop.
    pub(crate) loop_id: u64,
    pub(crate) status: Cell<Status>,
    /// Set when the task cancels itself while being polled: the loop drops
    /// it once the poll returns.
    pub(crate) cancel_requested: Cell<bool>,
    /// Cancellation requests and cleanup scopes (`cancel.rs`).
    pub(crate) cancel: crate::cancel::CancelSlot,
    /// The waker of the task awaiting the handle.
    pub(crate) join_waker: Cell<Option<Waker>>,
    /// False once the [`Task`] handle was dropped (the task is detached).
    pub(crate) handle_alive: Cell<bool>,
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
            // The payload's own destructor may panic too; that one is lost.
            if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
                std::mem::forget(again);
            }
        }
    }
}

/// The shared part of a task: header plus result slot.
pub(crate) struct TaskCell<T> {
    pub(crate) header: Header,
    result: Cell<Option<Result<T, TaskError>>>,
}

impl<T> TaskCell<T> {
    pub(crate) fn new(header: Header) -> Self {
        TaskCell {
            header,
            result: Cell::new(None),
        }
    }

    /// Records the task's outcome and wakes whoever awaits it.
    fn complete(&self, result: Result<T, TaskError>) {
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

fn report_unretrieved<T>(header: &Header, result: &Result<T, TaskError>) {
    if let Err(TaskError::Panicked(msg)) = result {
        report(ExceptionContext {
            message: "Task exception was never retrieved".into(),
            task: Some(header.info()),
            coroutine: Some((header.coroutine)()),
            panic: Some(msg.clone()),
        });
    }
}

/// The loop's view of a task, whatever its output type.
pub(crate) trait TaskMeta {
    fn header(&self) -> &Header;
    /// Marks the task cancelled (its awaitable was, or is about to be, dropped).
    fn complete_cancelled(&self);
    /// Dropping the task's awaitable (or its last reference) panicked with
    /// `message`: that is the outcome of a task that had none yet (as an
    /// asyncio task whose cleanup raises ends with that exception), and is
    /// reported on stderr otherwise, since nobody could receive it.
    fn complete_drop_panicked(&self, message: String);
    /// Drops the result if the handle is gone (nobody can take it any more).
    fn discard_unclaimed(&self);
}

impl<T> TaskMeta for TaskCell<T> {
    fn header(&self) -> &Header {
        &self.header
    }
    fn complete_cancelled(&self) {
        if self.header.status.get() == Status::Pending {
            self.complete(Err(TaskError::Cancelled));
        }
    }
    fn complete_drop_panicked(&self, message: String) {
        if self.header.status.get() == Status::Pending {
            self.complete(Err(TaskError::Panicked(message)));
        } else {
            report_drop_panicked(&self.header, &message);
        }
    }
    fn discard_unclaimed(&self) {
        if !self.header.handle_alive.get() {
            drop(self.result.take());
        }
    }
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

/// What the loop polls: a task's awaitable, type-erased.
pub(crate) trait Runnable {
    /// Resumes the awaitable; `Ready` once it finished or panicked (the
    /// outcome is then in the task's cell).
    fn run(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
}

pin_project_lite::pin_project! {
    /// A spawned awaitable plus the cell its result goes to.
    pub(crate) struct RunTask<A: Awaitable> {
        #[pin]
        awaitable: A,
        cell: Rc<TaskCell<A::Output>>,
    }
}

impl<A: Awaitable> RunTask<A> {
    pub(crate) fn new(awaitable: A, cell: Rc<TaskCell<A::Output>>) -> Self {
        RunTask { awaitable, cell }
    }
}

impl<A: Awaitable> Runnable for RunTask<A> {
    fn run(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.project();
        let awaitable = this.awaitable;
        match catch_unwind(AssertUnwindSafe(|| awaitable.resume(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(value)) if this.cell.header.cancel.cancelled_in_flight() => {
                // The coroutine let a `Cancelled` escape (`cancel.rs`): the
                // task ends cancelled, as asyncio's does.
                match catch_unwind(AssertUnwindSafe(move || drop(value))) {
                    Ok(()) => this.cell.complete(Err(TaskError::Cancelled)),
                    Err(payload) => this
                        .cell
                        .complete(Err(TaskError::Panicked(panic_message(&*payload)))),
                }
                Poll::Ready(())
            }
            Ok(Poll::Ready(value)) => {
                this.cell.complete(Ok(value));
                Poll::Ready(())
            }
            Err(payload) => {
                this.cell
                    .complete(Err(TaskError::Panicked(panic_message(&*payload))));
                Poll::Ready(())
            }
        }
    }
}

/// A handle to a spawned task (asyncio's `Task`), returned by
/// [`spawn`](crate::spawn).
///
/// Awaiting it gives the task's result: `Ok(value)`, or
/// `Err(`[`TaskError`]`)` if it was cancelled or panicked.
///
/// Dropping the handle does **not** cancel the task: like an asyncio task
/// whose reference you let go, it keeps running, detached, until it finishes
/// or the loop shuts down. Call [`cancel`](Task::cancel) to stop it. If a
/// task panics and nobody awaits its handle, the panic is reported on stderr
/// ("Task exception was never retrieved") when the handle is dropped or, for a
/// detached task, when it panics.
///
/// A `Task` belongs to the loop that spawned it and is not `Send`.
#[must_use = "dropping a Task handle detaches the task (it keeps running); await it for its result or call .cancel()"]
pub struct Task<T> {
    pub(crate) cell: Rc<TaskCell<T>>,
}

impl<T> Task<T> {
    pub(crate) fn from_cell(cell: Rc<TaskCell<T>>) -> Self {
        Task { cell }
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
        let header = &self.cell.header;
        if header.status.get() != Status::Pending {
            return false;
        }
        crate::executor::cancel_task(header.loop_id, header.key, &*self.cell);
        true
    }

    /// True once the task finished, panicked or was cancelled.
    pub fn is_done(&self) -> bool {
        self.cell.header.status.get() != Status::Pending
    }

    /// True if the task was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cell.header.status.get() == Status::Cancelled
    }

    /// The result of a finished task, without awaiting (asyncio's
    /// `Task.result()` / `Task.exception()`): `None` while it runs, or once
    /// the result was taken (by this or by awaiting the handle).
    pub fn take_result(&self) -> Option<Result<T, TaskError>> {
        if !self.is_done() {
            return None;
        }
        self.cell.result.take()
    }

    /// True if the task panicked.
    pub fn is_panicked(&self) -> bool {
        self.cell.header.status.get() == Status::Panicked
    }

    /// The task's name: the one given to [`spawn_named`](crate::spawn_named),
    /// or `Task-N`.
    pub fn name(&self) -> Cow<'_, str> {
        self.cell.header.name()
    }

    /// The task's id.
    pub fn id(&self) -> TaskId {
        self.cell.header.id
    }

    /// Snapshot of the task's id and name.
    pub fn info(&self) -> TaskInfo {
        self.cell.header.info()
    }
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for Task<T> {
    type Output = Result<T, TaskError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let header = &self.cell.header;
        if header.status.get() == Status::Pending {
            let waker = match header.join_waker.take() {
                Some(w) if w.will_wake(cx.waker()) => w,
                _ => cx.waker().clone(),
            };
            header.join_waker.set(Some(waker));
            return Poll::Pending;
        }
        match self.cell.result.take() {
            Some(result) => Poll::Ready(result),
            None => panic!("coro: Task awaited again after its result was taken"),
        }
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        let header = &self.cell.header;
        header.handle_alive.set(false);
        if header.status.get() == Status::Panicked
            && let Some(result) = self.cell.result.take()
        {
            report_unretrieved(header, &result);
        }
    }
}

impl<T> fmt::Debug for Task<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Task")
            .field("id", &self.id())
            .field("name", &self.name())
            .field("status", &self.cell.header.status.get())
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
