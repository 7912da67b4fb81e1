//! [`wait`]: wait for some of a set of tasks (asyncio's `asyncio.wait`),
//! and [`shield`] (asyncio's `asyncio.shield`).

use crate::sleep::{Sleep, sleep};
use crate::task::Task;
use crate::{Awaitable, spawn};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// When [`wait`] returns (asyncio's `FIRST_COMPLETED`, `FIRST_EXCEPTION`,
/// `ALL_COMPLETED`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReturnWhen {
    /// As soon as any task finishes or is cancelled.
    FirstCompleted,
    /// As soon as any task panics (the exception of this runtime); like
    /// `AllCompleted` if none does. A cancelled task is not an exception.
    FirstException,
    /// When every task has finished or been cancelled (the default).
    #[default]
    AllCompleted,
}

/// Waits for the `tasks` until the `return_when` condition holds, and
/// evaluates to `(done, pending)`: the tasks that are done and those that
/// are not, each in the order given (asyncio's `asyncio.wait(aws,
/// return_when=...)`, which returns two sets).
///
/// The tasks are not cancelled or awaited: their results stay in the
/// handles, to be awaited (done ones complete at once). Dropping the `Wait`
/// (cancelling its awaiter), or a timeout, leaves them running: `wait` does
/// not count as awaiting (asyncio: "Unlike wait_for(), wait() does not
/// cancel the futures when a timeout occurs"). An empty `tasks`
/// completes at once. Add a limit with [`Wait::timeout`] (asyncio's
/// `timeout=`, which returns rather than raising).
///
/// Each task's handle can be awaited by one task at a time: waiting on a
/// task while another task awaits its handle wakes only the latest.
pub fn wait<T>(tasks: impl IntoIterator<Item = Task<T>>, return_when: ReturnWhen) -> Wait<T> {
    Wait {
        tasks: tasks.into_iter().collect(),
        return_when,
        timer: None,
        finished: false,
    }
}

/// The awaitable returned by [`wait`].
#[must_use = "wait does nothing unless awaited"]
pub struct Wait<T> {
    tasks: Vec<Task<T>>,
    return_when: ReturnWhen,
    timer: Option<Sleep>,
    finished: bool,
}

impl<T> fmt::Debug for Wait<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wait")
            .field("tasks", &self.tasks.len())
            .field("return_when", &self.return_when)
            .finish()
    }
}

impl<T> Wait<T> {
    /// Returns at the latest `timeout` after the first resume, with whatever
    /// is done by then (asyncio's `timeout=`: no error is raised).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timer = Some(sleep(timeout));
        self
    }

    fn split(&mut self) -> (Vec<Task<T>>, Vec<Task<T>>) {
        self.finished = true;
        std::mem::take(&mut self.tasks)
            .into_iter()
            .partition(|task| task.is_done())
    }
}

// Tasks are handles, never pinned.
impl<T> Unpin for Wait<T> {}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for Wait<T> {
    type Output = (Vec<Task<T>>, Vec<Task<T>>);

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        assert!(!this.finished, "coro: Wait resumed after completion");
        let done = this.tasks.iter().filter(|t| t.is_done()).count();
        let ready = match this.return_when {
            ReturnWhen::FirstCompleted => done > 0 || this.tasks.is_empty(),
            ReturnWhen::FirstException => {
                done == this.tasks.len() || this.tasks.iter().any(|t| t.is_panicked())
            }
            ReturnWhen::AllCompleted => done == this.tasks.len(),
        };
        if ready {
            return Poll::Ready(this.split());
        }
        if let Some(timer) = &mut this.timer
            && Pin::new(timer).resume(cx).is_ready()
        {
            return Poll::Ready(this.split());
        }
        for task in this.tasks.iter().filter(|t| !t.is_done()) {
            // Only registers our waker; not awaiting, so dropping the `Wait`
            // (its awaiter cancelled) leaves the tasks running, as in asyncio.
            let poll = task.poll_result(cx);
            debug_assert!(poll.is_pending());
        }
        Poll::Pending
    }
}

/// Runs `awaitable` as a task of its own and awaits it, so that cancelling
/// the awaiting task (dropping this awaitable) does not cancel the work
/// (asyncio's `asyncio.shield`). Evaluates to the task's result:
/// `Err(TaskError::Cancelled)` if the task itself is cancelled (by
/// [`Shield::cancel`], or the loop shutting down).
///
/// Like `asyncio.shield`, the task is created at once, so it starts even if
/// the shield is never awaited. `shield(task)` works too: the spawned work
/// awaits the task, and dropping the shield leaves both running; so does
/// [`Shield::from`] a `Task`, without the extra task. Awaiting a `Task`
/// directly, by contrast, cancels it when the awaiter is dropped.
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn shield<A: Awaitable + 'static>(awaitable: A) -> Shield<A::Output> {
    Shield {
        task: spawn(awaitable),
    }
}

/// The awaitable returned by [`shield`]; resolves to `Result<T, TaskError>`.
#[must_use = "the shielded task runs anyway; await the shield for its result"]
pub struct Shield<T> {
    task: Task<T>,
}

impl<T> fmt::Debug for Shield<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shield").field("task", &self.task).finish()
    }
}

/// Shields an already spawned task without spawning another.
impl<T> From<Task<T>> for Shield<T> {
    fn from(task: Task<T>) -> Self {
        Shield { task }
    }
}

impl<T> Shield<T> {
    /// The shielded task, to cancel it on purpose or look at it.
    pub fn task(&self) -> &Task<T> {
        &self.task
    }

    /// Cancels the shielded task itself.
    pub fn cancel(&self) -> bool {
        self.task.cancel()
    }

    /// The handle of the shielded task.
    pub fn into_task(self) -> Task<T> {
        self.task
    }
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for Shield<T> {
    type Output = Result<T, crate::TaskError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Not `Task::resume`: the handle is not marked awaited, so dropping
        // the shield detaches the task instead of cancelling it.
        self.task.poll_result(cx)
    }
}
