//! [`task_group`]: structured concurrency with asyncio 3.11's `TaskGroup`
//! semantics.
//!
//! ```text
//! async with asyncio.TaskGroup() as tg:      coro::task_group(|tg| body(tg)).await
//!     tg.create_task(work())                     tg.create_task(work())
//! ```
//!
//! The scope runs its body; the body (or any child) adds children with
//! [`TaskGroup::create_task`], each an ordinary spawned [`Task`]. The scope
//! completes once the body has finished *and* every child has finished. The
//! first child failure (a panic, or an `Err` of a child added with
//! [`TaskGroup::create_try_task`]) shuts the group down: every other child
//! is cancelled, the body is cancelled at its next resume as asyncio cancels
//! the parent task, and the scope ends with a [`TaskGroupError`] listing
//! every failure (asyncio's `ExceptionGroup`). A child that is cancelled (or
//! lets [`Cancelled`](crate::Cancelled) escape) is not a failure.
//! Cancelling is a request (`cancel.rs`): a child or a body inside a
//! cleanup scope ([`finally`](crate::finally)) awaits its cleanup and the
//! group waits for it; one without an active scope is dropped at once. So a
//! sibling can fail during its cleanup, and the list can hold more than one
//! entry. Dropping the scope before it
//! completed (cancelling the task that awaits it) drops the body, then
//! cancels the children.
//!
//! Bookkeeping: each child is spawned wrapped in a `GroupChild`, which
//! reports to the group's shared state when the child finishes, panics or is
//! dropped; the group keeps the ids of its live children, so it can cancel
//! them through the loop ([`crate::executor::cancel_tasks`]).

use crate::Awaitable;
use crate::cancel::Registration;
use crate::executor::{cancel_tasks, with_current};
use crate::task::{Task, TaskId, TaskInfo};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Open,
    /// A child failed: the rest are being cancelled.
    ShuttingDown,
    /// The scope completed.
    Finished,
}

struct GroupState {
    phase: Cell<Phase>,
    /// Live children: group key -> task id.
    children: RefCell<HashMap<u64, TaskId>>,
    next_key: Cell<u64>,
    failures: RefCell<Vec<ChildFailure>>,
    /// The waker of the task awaiting the scope.
    waker: Cell<Option<Waker>>,
}

impl GroupState {
    /// A child is gone; `failure` says whether it failed.
    fn child_finished(&self, key: u64, failure: Option<ChildFailure>) {
        self.children.borrow_mut().remove(&key);
        if let Some(failure) = failure {
            self.failures.borrow_mut().push(failure);
            if self.phase.get() == Phase::Open {
                self.phase.set(Phase::ShuttingDown);
                self.cancel_children();
            }
        }
        if let Some(waker) = self.waker.take() {
            waker.wake();
        }
    }

    /// Cancels every live child (no borrow held while they are dropped:
    /// their links report back here).
    fn cancel_children(&self) {
        let ids: HashSet<TaskId> = self.children.borrow().values().copied().collect();
        cancel_tasks(&ids);
    }
}

/// One failed child of a [`TaskGroup`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildFailure {
    task: TaskInfo,
    message: String,
    panicked: bool,
}

impl ChildFailure {
    /// The child task (id and name).
    pub fn task(&self) -> &TaskInfo {
        &self.task
    }

    /// The panic message, or the `Display` of the child's `Err`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// True if the child panicked; false if it returned an `Err`.
    pub fn panicked(&self) -> bool {
        self.panicked
    }
}

impl fmt::Display for ChildFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let how = if self.panicked { "panicked" } else { "failed" };
        write!(f, "{} {how}: {}", self.task, self.message)
    }
}

/// The failures of a [`task_group`] (asyncio's `ExceptionGroup`
/// "unhandled errors in a TaskGroup"), in the order they happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskGroupError {
    failures: Vec<ChildFailure>,
}

impl TaskGroupError {
    /// Every failure, first one first (asyncio's `ExceptionGroup.exceptions`).
    pub fn failures(&self) -> &[ChildFailure] {
        &self.failures
    }
}

impl fmt::Display for TaskGroupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.failures.len();
        write!(
            f,
            "unhandled errors in a TaskGroup ({n} sub-exception{})",
            if n == 1 { "" } else { "s" }
        )?;
        for failure in &self.failures {
            write!(f, "; {failure}")?;
        }
        Ok(())
    }
}

impl std::error::Error for TaskGroupError {}

/// The handle a [`task_group`] body gets (asyncio's `TaskGroup`, the `tg` of
/// `async with TaskGroup() as tg`): adds children. A cheap handle: clones
/// (for children that add children) share the group.
#[derive(Clone)]
pub struct TaskGroup {
    state: Rc<GroupState>,
}

impl fmt::Debug for TaskGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaskGroup")
            .field("phase", &self.state.phase.get())
            .field("children", &self.state.children.borrow().len())
            .finish()
    }
}

impl TaskGroup {
    /// Spawns `awaitable` as a child task (asyncio's `TaskGroup.create_task`)
    /// and returns its handle. A panic of the child is a failure of the
    /// group; awaiting the handle still gives the child's own result. The
    /// handle may be dropped (`let _ = tg.create_task(..)`, as asyncio code
    /// ignores it): the group keeps track of the child either way. (A child
    /// that panics with no live handle is also reported on stderr, "Task
    /// exception was never retrieved", as any detached task: the group
    /// cannot take the result out of a dropped handle. Await the handle to
    /// silence it.)
    ///
    /// Once the group is shutting down (a child failed), the new child is
    /// cancelled at once, before it runs (asyncio 3.13 closes it too).
    ///
    /// # Panics
    /// Outside a running loop, or once the scope has completed (asyncio's
    /// `RuntimeError: TaskGroup ... is finished`).
    #[track_caller]
    pub fn create_task<A>(&self, awaitable: A) -> Task<A::Output>
    where
        A: Awaitable + 'static,
    {
        self.add(None, awaitable, |_| None)
    }

    /// [`create_task`](TaskGroup::create_task) with a task name.
    #[track_caller]
    pub fn create_task_named<A>(&self, name: impl AsRef<str>, awaitable: A) -> Task<A::Output>
    where
        A: Awaitable + 'static,
    {
        self.add(Some(Rc::from(name.as_ref())), awaitable, |_| None)
    }

    /// Spawns a child whose `Err` output is a failure of the group, as a
    /// raised exception is in asyncio: the siblings are cancelled and the
    /// error's `Display` is recorded in the [`TaskGroupError`]. The handle
    /// still gives the typed `Result`.
    ///
    /// # Panics
    /// As [`create_task`](TaskGroup::create_task).
    #[track_caller]
    pub fn create_try_task<A, T, E>(&self, awaitable: A) -> Task<Result<T, E>>
    where
        A: Awaitable<Output = Result<T, E>> + 'static,
        E: fmt::Display,
    {
        self.add(None, awaitable, |output| {
            output.as_ref().err().map(ToString::to_string)
        })
    }

    #[track_caller]
    fn add<A>(
        &self,
        name: Option<Rc<str>>,
        awaitable: A,
        classify: fn(&A::Output) -> Option<String>,
    ) -> Task<A::Output>
    where
        A: Awaitable + 'static,
    {
        let state = &self.state;
        assert!(
            state.phase.get() != Phase::Finished,
            "coro: TaskGroup::create_task() on a task group that is finished"
        );
        let key = state.next_key.get();
        state.next_key.set(key + 1);
        let child = GroupChild {
            awaitable,
            link: ChildLink {
                state: state.clone(),
                key,
                info: None,
                finished: false,
            },
            classify,
        };
        let task = with_current("coro::TaskGroup::create_task()", |executor| {
            executor.spawn(name, child)
        });
        state.children.borrow_mut().insert(key, task.id());
        if state.phase.get() == Phase::ShuttingDown {
            task.cancel();
        }
        task
    }
}

/// Runs `body` with a new [`TaskGroup`] and waits for it and every child
/// (asyncio 3.11's `async with asyncio.TaskGroup() as tg:`).
///
/// `body` is called at the first resume (nothing starts before the scope is
/// awaited) with the group's handle, to add children with
/// [`TaskGroup::create_task`]. The scope completes once the body has
/// finished and every child has finished: `Ok(body's output)` if no child
/// failed, else `Err(`[`TaskGroupError`]`)`. The first failure (a panic, or
/// the `Err` of a [`create_try_task`](TaskGroup::create_try_task) child)
/// cancels every other child and the body at its next resume, as asyncio
/// cancels the parent task (through their cleanup scopes, awaited before the
/// scope completes; see [`finally`](crate::finally)); a cancelled child is
/// not a failure.
/// Dropping the scope (cancelling the awaiting task) drops the body, then
/// cancels the children. A panic in the body itself propagates, after its
/// children are cancelled.
pub fn task_group<F, B>(body: F) -> TaskGroupScope<F, B>
where
    F: FnOnce(TaskGroup) -> B,
    B: Awaitable,
{
    TaskGroupScope {
        body: None,
        start: Some(body),
        output: None,
        registration: None,
        cancelling_body: false,
        guard: ScopeGuard {
            state: Rc::new(GroupState {
                phase: Cell::new(Phase::Open),
                children: RefCell::default(),
                next_key: Cell::new(0),
                failures: RefCell::default(),
                waker: Cell::new(None),
            }),
        },
    }
}

/// Cancels the children of a scope dropped before it completed.
struct ScopeGuard {
    state: Rc<GroupState>,
}

impl Drop for ScopeGuard {
    fn drop(&mut self) {
        if self.state.phase.get() != Phase::Finished {
            self.state.phase.set(Phase::Finished);
            self.state.cancel_children();
        }
    }
}

pin_project_lite::pin_project! {
    /// The awaitable returned by [`task_group`].
    ///
    /// `Unpin` exactly when the body is. Dropping it drops the body, then
    /// cancels the children.
    #[must_use = "a task group does nothing unless awaited"]
    pub struct TaskGroupScope<F, B: Awaitable> {
        // Dropped in place when it finishes or the group shuts down; declared
        // first so that it drops before the guard cancels the children.
        #[pin]
        body: Option<B>,
        // Makes the body at the first resume.
        start: Option<F>,
        output: Option<B::Output>,
        // A cancellation boundary (`cancel.rs`): a shutdown cancels the
        // cleanup scopes in the body through it, and waits for them.
        registration: Option<Registration>,
        cancelling_body: bool,
        guard: ScopeGuard,
    }
}

impl<F, B: Awaitable> fmt::Debug for TaskGroupScope<F, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaskGroupScope")
            .field("group", &self.guard.state.phase.get())
            .finish_non_exhaustive()
    }
}

#[diagnostic::do_not_recommend]
impl<F, B> Awaitable for TaskGroupScope<F, B>
where
    F: FnOnce(TaskGroup) -> B,
    B: Awaitable,
{
    type Output = Result<B::Output, TaskGroupError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let state = &this.guard.state;
        assert!(
            state.phase.get() != Phase::Finished,
            "coro: TaskGroupScope resumed after completion"
        );
        if let Some(start) = this.start.take() {
            *this.registration = Registration::enter(false);
            let body = start(TaskGroup {
                state: state.clone(),
            });
            this.body.set(Some(body));
        }
        if state.phase.get() == Phase::ShuttingDown && this.body.is_some() && !*this.cancelling_body
        {
            // asyncio cancels the parent task: through the body's cleanup
            // scopes if it has some (awaited below), else by a drop.
            match this.registration.as_ref() {
                Some(registration) if registration.has_inner_scopes() => {
                    registration.request_inner();
                    *this.cancelling_body = true;
                }
                _ => this.body.set(None),
            }
        }
        if let Some(body) = this.body.as_mut().as_pin_mut() {
            let polled = match this.registration.as_ref() {
                Some(registration) => registration.inside(|| body.resume(cx)),
                None => body.resume(cx),
            };
            if let Poll::Ready(output) = polled {
                *this.output = Some(output);
                this.body.set(None);
            }
        }
        if this.body.is_none() && std::mem::take(this.cancelling_body) {
            // asyncio's `uncancel()` in `TaskGroup.__aexit__`.
            if let Some(registration) = this.registration.as_ref() {
                registration.withdraw_inner();
            }
        }
        if this.body.is_none() && state.children.borrow().is_empty() {
            state.phase.set(Phase::Finished);
            state.waker.take();
            let failures = std::mem::take(&mut *state.failures.borrow_mut());
            if !failures.is_empty() {
                // The body's output (a `Cancelled` it propagated, say) goes.
                drop(this.output.take());
                return Poll::Ready(Err(TaskGroupError { failures }));
            }
            let output = this.output.take().expect("the body finished");
            return Poll::Ready(Ok(output));
        }
        let waker = match state.waker.take() {
            Some(w) if w.will_wake(cx.waker()) => w,
            _ => cx.waker().clone(),
        };
        state.waker.set(Some(waker));
        Poll::Pending
    }
}

/// A child's tie to its group; reports the child gone when dropped unfinished
/// (cancelled).
struct ChildLink {
    state: Rc<GroupState>,
    key: u64,
    /// The child's task, learnt at its first resume.
    info: Option<TaskInfo>,
    finished: bool,
}

impl ChildLink {
    fn finish(&mut self, failure: Option<(String, bool)>) {
        self.finished = true;
        let failure = failure.map(|(message, panicked)| ChildFailure {
            task: self.info.clone().unwrap_or_else(|| {
                crate::current_task().expect("a child finishes inside its task")
            }),
            message,
            panicked,
        });
        self.state.child_finished(self.key, failure);
    }
}

impl Drop for ChildLink {
    fn drop(&mut self) {
        if !self.finished {
            self.finished = true;
            self.state.child_finished(self.key, None); // cancelled: no failure
        }
    }
}

pin_project_lite::pin_project! {
    /// A child task's body: the user's awaitable plus its link.
    struct GroupChild<A: Awaitable> {
        #[pin]
        awaitable: A,
        link: ChildLink,
        classify: fn(&A::Output) -> Option<String>,
    }
}

impl<A: Awaitable> Awaitable for GroupChild<A> {
    type Output = A::Output;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<A::Output> {
        let this = self.project();
        if this.link.info.is_none() {
            this.link.info = crate::current_task();
        }
        let awaitable = this.awaitable;
        match catch_unwind(AssertUnwindSafe(|| awaitable.resume(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => {
                // A `Cancelled` escaping the child is a cancellation, not a
                // failure (asyncio: CancelledError out of a child).
                let failure = if crate::cancel::cancelled_escaping() {
                    None
                } else {
                    (this.classify)(&output).map(|message| (message, false))
                };
                this.link.finish(failure);
                Poll::Ready(output)
            }
            Err(payload) => {
                this.link
                    .finish(Some((crate::task::panic_message(&*payload), true)));
                resume_unwind(payload) // the child's own handle sees the panic
            }
        }
    }
}
