//! The runtime of `coro`: the [`Awaitable`] trait and a single-threaded event
//! loop in the image of Python's asyncio.
//!
//! Users depend on the facade crate `coro`, which re-exports everything here.
//!
//! - [`run`] runs a main awaitable on a new loop (`asyncio.run`);
//! - [`spawn`] makes a [`Task`] (`asyncio.create_task`); [`sleep`],
//!   [`gather!`], [`gather()`], [`wait_for`], [`as_completed`] combine them;
//!   [`task_group`] (asyncio's `TaskGroup`), [`wait`] and [`shield`]
//!   structure them; [`Task::cancel`] is delivered to a [`finally`] scope,
//!   whose cleanup may await ([`Cancelled`], [`cancelling`], [`uncancel`]);
//! - [`Queue`] (with [`LifoQueue`], [`PriorityQueue`] and `shutdown`),
//!   [`Event`], [`Lock`], [`Semaphore`], [`Condition`], [`Barrier`] and the
//!   one-shot [`Future`] synchronise tasks;
//! - [`to_thread`] runs blocking work on a small thread pool;
//! - [`timeout`] / [`timeout_at`] scopes, [`sleep_until`], [`interval`] and
//!   the loop clock [`time`] handle deadlines;
//! - [`call_soon`], [`call_later`], [`call_at`] schedule callbacks, and a
//!   [`LoopHandle`] ([`get_running_loop`]) lets other threads submit work
//!   ([`LoopHandle::call_soon_threadsafe`], [`run_coroutine_threadsafe`]).
//! - [`net`] has sockets on the loop (TCP, UDP, Unix), and [`streams`]
//!   asyncio's buffered streams over them (`open_connection`, `start_server`);
//! - `process` (unix) runs subprocesses with async pipes, and `signal`
//!   (unix) awaits signals.
//!
//! The loop is single-threaded: tasks need not be `Send`, and the handles
//! (`Task`, `Queue`, ...) are not `Send` either. Wakers are ordinary std
//! `Waker`s and may be woken from any thread.

#![warn(missing_docs)]

mod as_completed;
mod async_iter_adapters;
mod async_iterator;
mod awaitable;
mod barrier;
mod call_soon;
mod cancel;
#[doc(hidden)]
pub mod compound_probes;
mod condition;
pub mod contextvars;
mod event;
mod exception_handler;
mod executor;
mod future;
mod gather;
mod generator;
#[doc(hidden)]
pub mod guard_binding;
mod interval;
mod lock;
#[doc(hidden)]
pub mod machine;
#[doc(hidden)]
pub mod moved_field;
pub mod net;
mod poller;
#[cfg(unix)]
pub mod process;
mod queue;
mod race;
mod reactor;
#[doc(hidden)]
pub mod receiver_probes;
#[doc(hidden)]
pub mod rest_probe;
mod runtime;
mod semaphore;
#[cfg(unix)]
pub mod signal;
mod sleep;
#[doc(hidden)]
pub mod slots;
mod spawn;
pub mod streams;
mod task;
mod task_group;
mod task_slab;
mod timeout;
mod timers;
mod to_thread;
mod wait;
mod wait_for;
mod wait_list;
mod waker;

pub use as_completed::{AsCompleted, AsCompletedNext, as_completed};
pub use async_iter_adapters::{Collect, Enumerate, Filter, Iter, Map, Take, iter};
#[cfg(feature = "stream")]
pub use async_iter_adapters::{FromStream, from_stream};
pub use async_iterator::{AClose, AThrow, AsyncIterator, AsyncIteratorExt, Next};
#[cfg(feature = "stream")]
pub use async_iterator::{IntoStream, into_stream};
pub use awaitable::{Awaitable, AwaitableExt, FromFuture, IntoStdFuture, from_future, into_future};
pub use barrier::{Barrier, BarrierWait, BrokenBarrierError};
pub use call_soon::{
    ConcurrentFuture, Handle, LoopClosed, LoopHandle, TimerHandle, call_at, call_later, call_soon,
    get_running_loop, run_coroutine_threadsafe,
};
pub use cancel::{Cancelled, Finally, cancelling, finally, uncancel};
pub use condition::{Condition, ConditionWait, ConditionWaitFor};
pub use event::{Event, EventWait};
pub use exception_handler::{ExceptionContext, reset_exception_handler, set_exception_handler};
pub use future::{Future, FutureError, InvalidStateError};
#[doc(hidden)]
pub use gather::{__gather_slot, GatherSlot, GatherTuple};
pub use gather::{Gather, Settle, gather, gather_settled, settle};
pub use generator::{Generator, GeneratorExt, GeneratorState};
pub use interval::{Interval, IntervalTick, MissedTickBehavior, interval, interval_at};
pub use lock::{Lock, LockAcquire, LockGuard};
pub use queue::{
    GetNowaitError, LifoQueue, PriorityQueue, PutNowaitError, Queue, QueueGet, QueueJoin, QueuePut,
    QueueShutDown,
};
pub use race::{Either, Race, race};
#[doc(hidden)]
pub use reactor::Reactor;
pub use runtime::{Runner, Runtime, run};
pub use semaphore::{Semaphore, SemaphoreAcquire, SemaphorePermit};
pub use sleep::{Sleep, sleep, sleep_until};
#[doc(hidden)]
pub use spawn::with_reactor;
pub use spawn::{all_tasks, current_task, spawn, spawn_eager, spawn_named};
pub use task::{Task, TaskError, TaskId, TaskInfo, TaskPanic};
pub use task_group::{ChildFailure, TaskGroup, TaskGroupError, TaskGroupScope, task_group};
pub use timeout::{Timeout, TimeoutHandle, time, timeout, timeout_at};
pub use to_thread::{
    DEFAULT_TO_THREAD_LIMIT, ThreadPool, ToThread, set_to_thread_limit, to_thread,
};
pub use wait::{ReturnWhen, Shield, Wait, shield, wait};
pub use wait_for::{TimeoutError, WaitFor, wait_for};
