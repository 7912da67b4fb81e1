//! Creating tasks and looking at them: [`spawn`], [`spawn_named`],
//! [`current_task`], [`all_tasks`].

use crate::Awaitable;
use crate::executor::{CURRENT, with_current};
use crate::reactor::Reactor;
use crate::task::{Task, TaskInfo};
use std::rc::Rc;

/// Schedules `awaitable` to run concurrently as a task of the running loop
/// (asyncio's `create_task`) and returns its handle. The task first runs
/// after the current task yields, after tasks that were already ready (FIFO).
///
/// Dropping the [`Task`] handle does not cancel the task, unless the handle
/// was awaited (then the awaiter went away, and asyncio cancels the awaited
/// task): see [`Task`].
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn spawn<A: Awaitable + 'static>(awaitable: A) -> Task<A::Output> {
    with_current("coro::spawn()", |executor| executor.spawn(None, awaitable))
}

/// [`spawn`] with a task name, shown by [`Task::name`], [`current_task`] and
/// debug-mode messages.
#[track_caller]
pub fn spawn_named<A: Awaitable + 'static>(name: impl AsRef<str>, awaitable: A) -> Task<A::Output> {
    let name: Rc<str> = Rc::from(name.as_ref());
    with_current("coro::spawn_named()", |executor| {
        executor.spawn(Some(name), awaitable)
    })
}

/// [`spawn`], but the task starts at once: its first resume runs inside this
/// call, up to its first suspension, and it is scheduled on the loop only if
/// it suspends (Python 3.12's eager tasks, `asyncio.eager_task_factory`). A
/// task that finishes without suspending never goes through the loop: its
/// handle is done when `spawn_eager` returns, and its result is ready.
///
/// It runs in a copy of the caller's context (as every task), and
/// [`current_task`] names it while it runs. A panic in that first resume is
/// the task's outcome, as for any task.
///
/// # Panics
/// Outside a running loop.
#[track_caller]
pub fn spawn_eager<A: Awaitable + 'static>(awaitable: A) -> Task<A::Output> {
    // Not inside `with_current`: the first resume is user code, which must
    // not run under a borrow of the thread's loop slot.
    let executor = with_current("coro::spawn_eager()", Rc::clone);
    executor.spawn_eager(None, awaitable)
}

/// The task running right now (the main awaitable of [`run`](crate::run) counts as task
/// 1), or `None` outside a running loop.
pub fn current_task() -> Option<TaskInfo> {
    CURRENT
        .try_with(|current| current.borrow().as_ref()?.current_task())
        .ok()
        .flatten()
}

/// Every unfinished task of the running loop, including the main awaitable
/// and the current task; empty outside a running loop.
pub fn all_tasks() -> Vec<TaskInfo> {
    CURRENT
        .try_with(|current| {
            current
                .borrow()
                .as_ref()
                .map(|e| e.all_tasks())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// Runs `f` with the running loop's reactor, so IO sources can register with
/// the poller the loop sleeps on. Panics outside a running loop.
#[doc(hidden)]
pub fn with_reactor<R>(f: impl FnOnce(&Reactor) -> R) -> R {
    with_current("coro IO", |executor| f(executor.reactor()))
}
