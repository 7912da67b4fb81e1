//! Adversarial review of the combinations of four runtime changes (one
//! allocation per task, cancellation as a request with awaited cleanup,
//! asyncio's await semantics for `Task`, contextvars / eager tasks /
//! `Runner`). Each test names the asyncio rule it holds the runtime to.
//!
//! The tests whose name starts with `miri_` never park the loop (every
//! suspension is a `yield_now`), so they also run under Miri, whose clock
//! and missing ppoll(2) rule out the sleeping ones (`scripts/miri.sh`).

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::contextvars::ContextVar;
use coro_runtime::{
    Cancelled, Runner, Runtime, TaskError, current_task, finally, from_future, gather_settled,
    sleep, spawn, spawn_eager,
};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

/// Suspends once, waking itself (asyncio's `await asyncio.sleep(0)`), so the
/// loop never has to park.
fn yield_now() -> impl Future<Output = ()> {
    let mut yielded = false;
    std::future::poll_fn(move |cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
}

/// Suspends forever, never waking (a body waiting for an event that never comes).
fn pending_forever() -> impl Future<Output = ()> {
    std::future::pending()
}

/// Runs `f` when dropped.
struct OnDrop<F: FnMut()>(F);
impl<F: FnMut()> Drop for OnDrop<F> {
    fn drop(&mut self) {
        (self.0)()
    }
}

/// A task handle shared with code that runs inside the task itself.
type HandleSlot = Rc<RefCell<Option<coro_runtime::Task<Result<(), Cancelled>>>>>;

static VAR: ContextVar<&'static str> = ContextVar::new("review_var");

// ---------------------------------------------------------------------------
// contextvars x cancellation
// ---------------------------------------------------------------------------

/// asyncio: a cancelled task's `finally:` runs inside the task's own step, so
/// it sees (and changes) the task's context, never the canceller's. Here the
/// hard fallback (no cleanup scope) runs the task's destructors inside
/// `cancel()`: they must still see the task's context, and a `reset` they
/// make must not leak into the canceller's context.
#[test]
fn miri_hard_cancel_runs_the_tasks_destructors_in_the_tasks_context() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let main_after = block_on({
        let seen = seen.clone();
        async move {
            VAR.set("main-before-spawn");
            let task = spawn(from_future({
                let seen = seen.clone();
                async move {
                    let token = RefCell::new(Some(VAR.set("task")));
                    let _guard = OnDrop(move || {
                        seen.borrow_mut().push(VAR.get());
                        // The Python idiom `finally: var.reset(token)`.
                        VAR.reset(token.borrow_mut().take().expect("once"));
                    });
                    pending_forever().await;
                }
            }));
            aw(coro_runtime::sleep(Duration::ZERO)).await; // let it start
            VAR.set("main");
            assert!(task.cancel());
            VAR.get()
        }
    });
    assert_eq!(*seen.borrow(), [Some("task")], "the destructor's view");
    assert_eq!(
        main_after,
        Some("main"),
        "the canceller's variable after the cancelled task's reset"
    );
}

/// asyncio.run cancels the leftover tasks, whose `finally:` blocks run in
/// their own context. Tasks dropped at shutdown (no cleanup scope) run
/// their destructors in their context too.
#[test]
fn miri_shutdown_drops_a_task_in_its_own_context() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    block_on({
        let seen = seen.clone();
        async move {
            VAR.set("main");
            let _detached = spawn(from_future(async move {
                VAR.set("leftover");
                let _guard = OnDrop(move || seen.borrow_mut().push(VAR.get()));
                pending_forever().await;
            }));
            yield_now().await;
        }
    });
    assert_eq!(*seen.borrow(), [Some("leftover")]);
}

/// asyncio: a cleanup awaited after `cancel()` runs in the task's context.
#[test]
fn awaited_cleanup_after_cancel_sees_the_tasks_context() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let outcome = block_on({
        let seen = seen.clone();
        async move {
            VAR.set("main");
            let task = spawn(from_future(async move {
                VAR.set("task");
                let cleanup = from_future(async move {
                    aw(sleep(MS)).await;
                    seen.borrow_mut().push(VAR.get());
                });
                aw(finally(from_future(pending_forever()), cleanup)).await?;
                Ok::<(), Cancelled>(())
            }));
            aw(sleep(MS)).await;
            VAR.set("main-2");
            task.cancel();
            let outcome = aw(task).await;
            (outcome, VAR.get())
        }
    });
    assert!(matches!(outcome.0, Err(TaskError::Cancelled)));
    assert_eq!(outcome.1, Some("main-2"));
    assert_eq!(*seen.borrow(), [Some("task")]);
}

// ---------------------------------------------------------------------------
// Runner x contextvars
// ---------------------------------------------------------------------------

/// asyncio.Runner keeps one context (`copy_context()` at its first run) and
/// runs every `run()`'s main task in it, so a variable set by one run's main
/// is seen by the next (`Runner.run(coro, context=None)` uses
/// `self._context`).
#[test]
fn runner_runs_share_the_runners_context() {
    let mut runner = Runner::new();
    runner.run(from_future(async {
        VAR.set("first run");
    }));
    let seen = runner.run(from_future(async { VAR.get() }));
    runner.close();
    assert_eq!(seen, Some("first run"));
    assert_eq!(VAR.get(), None, "the thread's own context is untouched");
}

// ---------------------------------------------------------------------------
// finally x panicking destructors
// ---------------------------------------------------------------------------

/// A body whose own destructor panics (after it finished, or when it is
/// dropped to deliver a cancellation): `finish` says whether it completes
/// (with 7, after one suspension) or waits forever.
struct BombBody {
    log: Log,
    finish: bool,
    yielded: bool,
}

impl coro_runtime::Awaitable for BombBody {
    type Output = u32;
    fn resume(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<u32> {
        let this = self.get_mut();
        if this.finish && this.yielded {
            return Poll::Ready(7);
        }
        if this.finish {
            this.yielded = true;
            cx.waker().wake_by_ref();
        }
        Poll::Pending
    }
}

impl Drop for BombBody {
    fn drop(&mut self) {
        self.log.push("body dropped");
        panic!("body destructor");
    }
}

fn body_with_panicking_drop(log: &Log, finish: bool) -> BombBody {
    BombBody {
        log: log.clone(),
        finish,
        yielded: false,
    }
}

/// asyncio: `try: await body finally: await cleanup` runs the cleanup on
/// every exit of the body, including an exception raised while the body
/// handles its cancellation; the exception then propagates. Here the body's
/// destructor panicking when the scope drops it to deliver a cancellation
/// must not skip the awaited cleanup.
#[test]
fn miri_finally_awaits_cleanup_when_the_cancelled_body_panics_in_drop() {
    let log = Log::default();
    let outcome = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move {
                    let cleanup = from_future({
                        let log = log.clone();
                        async move {
                            yield_now().await;
                            log.push("cleanup done");
                        }
                    });
                    aw(finally(body_with_panicking_drop(&log, false), cleanup)).await?;
                    Ok::<(), Cancelled>(())
                }
            }));
            yield_now().await;
            task.cancel();
            aw(task).await
        }
    });
    let error = outcome.expect_err("the task panicked");
    assert_eq!(error.panic().map(|p| p.message()), Some("body destructor"));
    assert_eq!(log.take(), strings(&["body dropped", "cleanup done"]));
}

/// The same rule when the body completes and its destructor panics: the
/// cleanup is awaited, then the panic resumes (as for a body that panics).
#[test]
fn miri_finally_awaits_cleanup_when_the_finished_body_panics_in_drop() {
    let log = Log::default();
    let outcome = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move {
                    let cleanup = from_future({
                        let log = log.clone();
                        async move {
                            yield_now().await;
                            log.push("cleanup done");
                        }
                    });
                    aw(finally(body_with_panicking_drop(&log, true), cleanup))
                        .await
                        .map(|_| ())
                }
            }));
            aw(task).await
        }
    });
    let error = outcome.expect_err("the task panicked");
    assert_eq!(error.panic().map(|p| p.message()), Some("body destructor"));
    assert_eq!(log.take(), strings(&["body dropped", "cleanup done"]));
}

// ---------------------------------------------------------------------------
// eager tasks x cancellation
// ---------------------------------------------------------------------------

/// asyncio: `cancel()` of a running task (here: the spawner, cancelled by an
/// eager child during its first step, which runs inside the spawner's step)
/// is delivered at the spawner's next `await`: its `finally:` runs and it
/// ends cancelled. The child, done eagerly, keeps its value.
#[test]
fn miri_an_eager_child_cancels_its_spawner_inside_a_cleanup_scope() {
    let log = Log::default();
    let (spawner, child) = block_on({
        let log = log.clone();
        async move {
            let slot: HandleSlot = Rc::default();
            let child_out = Rc::new(RefCell::new(None));
            let spawner = spawn(from_future({
                let slot = slot.clone();
                let log = log.clone();
                let child_out = child_out.clone();
                async move {
                    let body = from_future({
                        let slot = slot.clone();
                        async move {
                            yield_now().await; // the slot is filled by now
                            let child = spawn_eager(from_future(async move {
                                let me = slot.borrow();
                                me.as_ref().expect("filled").cancel()
                            }));
                            assert!(child.is_done(), "finished without suspending");
                            *child_out.borrow_mut() = child.take_result();
                            yield_now().await; // delivered here
                            unreachable!("the body resumed after its cancellation");
                        }
                    });
                    let cleanup = from_future(async move {
                        yield_now().await;
                        log.push("cleanup");
                    });
                    aw(finally(body, cleanup)).await?;
                    Ok(())
                }
            }));
            let handle = spawner;
            // Share the handle with the eager child through the slot, and
            // await it through a second route: take it back after the run.
            *slot.borrow_mut() = Some(handle);
            while !slot.borrow().as_ref().unwrap().is_done() {
                yield_now().await;
            }
            let spawner = slot.borrow_mut().take().unwrap().take_result();
            (spawner, child_out.borrow_mut().take())
        }
    });
    assert!(matches!(spawner, Some(Err(TaskError::Cancelled))));
    assert_eq!(child, Some(Ok(true)));
    assert_eq!(log.take(), strings(&["cleanup"]));
}

/// Without a cleanup scope, the spawner cancelled by its eager child is
/// dropped when its current step returns (asyncio: `CancelledError` at its
/// next `await`, outside any `try`), and the loop keeps going.
#[test]
fn miri_an_eager_child_cancels_its_spawner_without_a_scope() {
    let log = Log::default();
    let spawner = block_on({
        let log = log.clone();
        async move {
            let slot: Rc<RefCell<Option<coro_runtime::Task<()>>>> = Rc::default();
            let task = spawn(from_future({
                let slot = slot.clone();
                let log = log.clone();
                async move {
                    let _guard = log.guard("spawner");
                    yield_now().await;
                    let child = spawn_eager(from_future(async move {
                        slot.borrow().as_ref().expect("filled").cancel();
                    }));
                    assert!(child.is_done());
                    log.push("after the eager child");
                    yield_now().await;
                    log.push("resumed after cancel");
                }
            }));
            *slot.borrow_mut() = Some(task);
            while !slot.borrow().as_ref().unwrap().is_done() {
                yield_now().await;
            }
            let task = slot.borrow_mut().take().unwrap();
            task.take_result()
        }
    });
    assert_eq!(spawner, Some(Err(TaskError::Cancelled)));
    assert_eq!(
        log.take(),
        strings(&["after the eager child", "dropped spawner"])
    );
}

/// asyncio: an eager task created inside a `finally:` runs its first step at
/// once, in a copy of the cleanup's context, named as itself; the cleanup's
/// task is current again afterwards.
#[test]
fn miri_an_eager_task_inside_an_awaited_cleanup() {
    let log = Log::default();
    let outcome = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move {
                    VAR.set("owner");
                    let me = current_task().expect("in a task").id();
                    let cleanup = from_future({
                        let log = log.clone();
                        async move {
                            let child = spawn_eager(from_future({
                                let log = log.clone();
                                async move {
                                    let id = current_task().unwrap().id();
                                    log.push(format!("child sees {:?}", VAR.get()));
                                    VAR.set("child");
                                    yield_now().await;
                                    id
                                }
                            }));
                            assert_eq!(current_task().unwrap().id(), me);
                            log.push(format!("cleanup sees {:?}", VAR.get()));
                            let child_id = aw(child).await.expect("the child finishes");
                            assert_ne!(child_id, me);
                            log.push("cleanup done");
                        }
                    });
                    aw(finally(from_future(pending_forever()), cleanup)).await?;
                    Ok::<(), Cancelled>(())
                }
            }));
            yield_now().await;
            task.cancel();
            aw(task).await
        }
    });
    assert!(matches!(outcome, Err(TaskError::Cancelled)));
    assert_eq!(
        log.take(),
        strings(&[
            "child sees Some(\"owner\")",
            "cleanup sees Some(\"owner\")",
            "cleanup done"
        ])
    );
}

/// A panic in an eager task's first step is its outcome (asyncio: the
/// exception is stored in the task); the spawner's context and current task
/// are intact afterwards, and the child's `set` did not leak.
#[test]
fn miri_an_eager_task_panicking_in_its_first_step_leaves_the_spawner_intact() {
    let (outcome, var, same) = block_on(async {
        VAR.set("spawner");
        let me = current_task().unwrap().id();
        let child = spawn_eager(from_future(async {
            VAR.set("child");
            panic!("eager boom");
        }));
        let var = VAR.get();
        let same = current_task().unwrap().id() == me;
        (aw(child).await, var, same)
    });
    assert_eq!(
        outcome.unwrap_err().panic().unwrap().message(),
        "eager boom"
    );
    assert_eq!(var, Some("spawner"));
    assert!(same);
}

// ---------------------------------------------------------------------------
// await semantics x cleanup
// ---------------------------------------------------------------------------

/// Dropping an awaited handle cancels its task (asyncio: the awaiter's
/// cancellation reaches the awaited task). Done from inside that task's own
/// cleanup, it is a second cancellation while the cleanup awaits: the
/// cleanup stops at its next await (asyncio: `CancelledError` inside
/// `finally`), and the task ends cancelled. No double borrow, no stuck loop.
#[test]
fn miri_dropping_an_awaited_handle_from_the_tasks_own_cleanup() {
    let log = Log::default();
    let status = block_on({
        let log = log.clone();
        async move {
            let slot: HandleSlot = Rc::default();
            let task = spawn(from_future({
                let slot = slot.clone();
                let log = log.clone();
                async move {
                    let cleanup = from_future(async move {
                        log.push("cleanup starts");
                        drop(slot.borrow_mut().take()); // the awaited handle
                        yield_now().await;
                        log.push("cleanup resumed");
                    });
                    aw(finally(from_future(pending_forever()), cleanup)).await?;
                    Ok(())
                }
            }));
            *slot.borrow_mut() = Some(task);
            // Await through `&mut` so that the handle is marked as awaited.
            let mut polled = false;
            std::future::poll_fn(|cx| {
                if let Some(task) = slot.borrow_mut().as_mut() {
                    let _ = coro_runtime::Awaitable::resume(Pin::new(task), cx);
                }
                if polled {
                    Poll::Ready(())
                } else {
                    polled = true;
                    cx.waker().wake_by_ref();
                    Poll::Pending
                }
            })
            .await;
            let info = slot.borrow().as_ref().unwrap().info();
            slot.borrow().as_ref().unwrap().cancel();
            for _ in 0..10 {
                yield_now().await;
            }
            let done = coro_runtime::all_tasks()
                .iter()
                .all(|t| t.id() != info.id());
            (done, slot.borrow().is_none())
        }
    });
    assert_eq!(status, (true, true));
    assert_eq!(log.take(), strings(&["cleanup starts"]));
}

/// `gather_settled` of tasks cancelled while their cleanup runs: each gives
/// its own outcome (asyncio's `gather(return_exceptions=True)` gives the
/// `CancelledError`s), none is lost, and the cleanup is awaited once.
#[test]
fn gather_settled_of_tasks_cancelled_mid_cleanup() {
    let log = Log::default();
    let outcomes = block_on({
        let log = log.clone();
        async move {
            let tasks: Vec<_> = (0..3)
                .map(|i| {
                    let log = log.clone();
                    spawn(from_future(async move {
                        let cleanup = from_future({
                            let log = log.clone();
                            async move {
                                aw(sleep(5 * MS)).await;
                                log.push(format!("cleanup {i}"));
                            }
                        });
                        aw(finally(from_future(pending_forever()), cleanup)).await?;
                        Ok::<u32, Cancelled>(i)
                    }))
                })
                .collect();
            aw(sleep(MS)).await;
            for task in &tasks {
                task.cancel();
            }
            aw(sleep(MS)).await; // inside the cleanups now
            tasks[1].cancel(); // interrupts task 1's cleanup
            aw(gather_settled(tasks)).await
        }
    });
    assert_eq!(outcomes.len(), 3);
    for outcome in &outcomes {
        assert!(matches!(outcome, Ok(Err(TaskError::Cancelled))));
    }
    let mut cleanups = log.take();
    cleanups.sort();
    assert_eq!(cleanups, strings(&["cleanup 0", "cleanup 2"]));
}

// ---------------------------------------------------------------------------
// Runner x cleanup
// ---------------------------------------------------------------------------

/// asyncio.Runner.close() cancels the pending tasks and runs the loop until
/// their `finally:` blocks are done, including a task already inside its
/// cleanup (the new `cancel()` interrupts it there, as in asyncio).
#[test]
fn runner_close_with_tasks_in_their_cleanup() {
    let log = Log::default();
    let mut runner = Runtime::new()
        .shutdown_timeout(Duration::from_secs(10))
        .runner();
    let (a, b) = runner.run(from_future({
        let log = log.clone();
        async move {
            let make = |name: &'static str| {
                let log = log.clone();
                spawn(from_future(async move {
                    let cleanup = from_future({
                        let log = log.clone();
                        async move {
                            aw(sleep(200 * MS)).await;
                            log.push(format!("{name} cleaned"));
                        }
                    });
                    aw(finally(from_future(pending_forever()), cleanup)).await?;
                    Ok::<(), Cancelled>(())
                }))
            };
            let a = make("a");
            let b = make("b");
            aw(sleep(MS)).await;
            a.cancel();
            aw(sleep(MS)).await; // a is inside its cleanup when the run returns
            (a, b)
        }
    }));
    assert!(!a.is_done() && !b.is_done());
    runner.close();
    assert!(matches!(a.take_result(), Some(Err(TaskError::Cancelled))));
    assert!(matches!(b.take_result(), Some(Err(TaskError::Cancelled))));
    // b's cleanup ran in full; a's was interrupted by close's cancel.
    assert_eq!(log.take(), strings(&["b cleaned"]));
}

/// asyncio.Runner: a run whose main raises leaves the loop usable; a task in
/// its cleanup goes on in the next run and the cleanup completes.
#[test]
fn a_runner_run_that_panics_while_a_cleanup_is_pending() {
    let log = Log::default();
    let mut runner = Runner::new();
    let slot = Rc::new(RefCell::new(None));
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        runner.run(from_future({
            let log = log.clone();
            let slot = slot.clone();
            async move {
                let task = spawn(from_future(async move {
                    let cleanup = from_future({
                        let log = log.clone();
                        async move {
                            aw(sleep(5 * MS)).await;
                            log.push("cleaned");
                        }
                    });
                    aw(finally(from_future(pending_forever()), cleanup)).await?;
                    Ok::<(), Cancelled>(())
                }));
                aw(sleep(MS)).await;
                task.cancel();
                aw(sleep(MS)).await; // the cleanup is pending now
                *slot.borrow_mut() = Some(task);
                panic!("main fails");
            }
        }))
    }));
    assert!(caught.is_err());
    let task = slot.borrow_mut().take().expect("stored");
    assert!(!task.is_done(), "the cleanup is still pending");
    let outcome = runner.run(from_future(async move { aw(task).await }));
    assert!(matches!(outcome, Err(TaskError::Cancelled)));
    assert_eq!(log.take(), strings(&["cleaned"]));
    runner.close();
}

// ---------------------------------------------------------------------------
// re-entrancy: destructors that spawn, cancel, await
// ---------------------------------------------------------------------------

/// A destructor that spawns an eager task while the loop drops a cancelled
/// task: the eager task runs its first step at once, and what it leaves
/// pending is dropped at shutdown. No borrow panic, no stuck loop.
#[test]
fn miri_a_destructor_spawning_eagerly_during_cancel_and_shutdown() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let make = |name: &'static str| {
                let log = log.clone();
                spawn(from_future(async move {
                    let log2 = log.clone();
                    let _guard = OnDrop(move || {
                        let log3 = log2.clone();
                        let child = spawn_eager(from_future(async move {
                            log3.push(format!("{name}'s child ran"));
                            yield_now().await;
                            log3.push(format!("{name}'s child resumed"));
                        }));
                        child.detach();
                    });
                    pending_forever().await;
                }))
            };
            let cancelled = make("cancelled");
            let _leftover = make("leftover");
            yield_now().await;
            cancelled.cancel();
            yield_now().await;
            yield_now().await;
        }
    });
    let events = log.take();
    assert!(events.contains(&"cancelled's child ran".to_owned()));
    assert!(events.contains(&"cancelled's child resumed".to_owned()));
    assert!(events.contains(&"leftover's child ran".to_owned()));
}

/// A detached eager task whose result's destructor panics when the loop
/// drops it unclaimed (asyncio: nobody holds the task, so nothing can
/// raise): the panic is reported, it does not reach `run`.
#[test]
fn miri_panicking_result_destructor_of_a_detached_eager_task() {
    struct Bomb;
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("result destructor");
        }
    }
    let done = Rc::new(Cell::new(false));
    block_on({
        let done = done.clone();
        async move {
            let task = spawn_eager(from_future(async {
                yield_now().await;
                Bomb
            }));
            task.detach(); // dropped unclaimed when it finishes
            yield_now().await;
            yield_now().await;
            done.set(true);
        }
    });
    assert!(done.get());
}

/// A task's own destructor cancelling the task while the loop drops it (a
/// guard that holds the task's handle and calls `cancel()` on drop, as
/// Python code keeps `self._task` and cancels it in `close()`): asyncio's
/// `cancel()` of a task that is already being cancelled just returns; the
/// task ends cancelled, not with a "RefCell already borrowed" panic from
/// the loop dropping the awaitable twice.
#[test]
fn miri_a_destructor_cancelling_its_own_task_while_it_is_dropped() {
    type SelfSlot = Rc<RefCell<Option<coro_runtime::Task<()>>>>;
    let outcome = block_on(async {
        let slot: SelfSlot = Rc::default();
        let task = spawn(from_future({
            let slot = slot.clone();
            async move {
                let _guard = OnDrop(move || {
                    if let Some(me) = slot.borrow().as_ref() {
                        me.cancel();
                    }
                });
                pending_forever().await;
            }
        }));
        *slot.borrow_mut() = Some(task);
        yield_now().await;
        let cancelled = slot.borrow().as_ref().unwrap().cancel();
        let task = slot.borrow_mut().take().unwrap();
        (cancelled, task.take_result())
    });
    assert!(outcome.0);
    match outcome.1 {
        Some(Err(TaskError::Cancelled)) => {}
        other => panic!("expected a cancelled task, got {other:?}"),
    }
}

/// The same at shutdown: leftover tasks whose destructors cancel themselves
/// end cancelled, and `run` returns.
#[test]
fn miri_a_destructor_cancelling_its_own_task_at_shutdown() {
    type SelfSlot = Rc<RefCell<Option<coro_runtime::Task<()>>>>;
    let slot: SelfSlot = Rc::default();
    block_on({
        let slot = slot.clone();
        async move {
            let task = spawn(from_future({
                let slot = slot.clone();
                async move {
                    let _guard = OnDrop(move || {
                        if let Some(me) = slot.borrow().as_ref() {
                            me.cancel();
                        }
                    });
                    pending_forever().await;
                }
            }));
            *slot.borrow_mut() = Some(task);
            yield_now().await;
        }
    });
    let task = slot.borrow_mut().take().unwrap();
    match task.take_result() {
        Some(Err(TaskError::Cancelled)) => {}
        other => panic!("expected a cancelled task, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// contextvars across threads and in-task children (known limits)
// ---------------------------------------------------------------------------

/// asyncio.to_thread runs `func` in a copy of the caller's context
/// (`contextvars.copy_context().run`), so the thread sees the task's
/// variables. Here a `Context` is `Rc`-based (`!Send`): the thread sees its
/// own, empty context.
#[test]
#[ignore = "known limit: ARCHITECTURE.md#context-not-in-threads"]
fn to_thread_sees_the_callers_context_variables() {
    static THREAD_VAR: ContextVar<u32> = ContextVar::new("thread_var");
    let seen = block_on(async {
        THREAD_VAR.set(5);
        aw(coro_runtime::to_thread(|| THREAD_VAR.get())).await
    });
    assert_eq!(seen, Some(5));
}

/// asyncio.gather wraps each coroutine in a task, which runs in its own copy
/// of the context: a `set` in one child is seen neither by its siblings nor
/// by the awaiter. Here the children of `gather!` run inside the awaiting
/// task, in its context.
#[test]
#[ignore = "known limit: ARCHITECTURE.md#in-task-children-share-context"]
fn gather_children_do_not_see_each_others_context_variables() {
    let (after, sibling) = block_on(async {
        VAR.set("awaiter");
        let (_, sibling) = aw(coro_runtime::gather!(
            from_future(async {
                VAR.set("first child");
            }),
            from_future(async {
                yield_now().await;
                VAR.get()
            })
        ))
        .await;
        (VAR.get(), sibling)
    });
    assert_eq!(sibling, Some("awaiter"));
    assert_eq!(after, Some("awaiter"));
}

// ---------------------------------------------------------------------------
// Runner x the main awaitable's destructors
// ---------------------------------------------------------------------------

/// A main awaitable whose destructor uses the loop (spawns a task, say to
/// log its end). It finishes at its first resume.
struct SpawnsOnDrop(Log);

impl coro_runtime::Awaitable for SpawnsOnDrop {
    type Output = ();
    fn resume(self: Pin<&mut Self>, _: &mut std::task::Context<'_>) -> Poll<()> {
        Poll::Ready(())
    }
}

impl Drop for SpawnsOnDrop {
    fn drop(&mut self) {
        let log = self.0.clone();
        spawn(from_future(
            async move { log.push("spawned by main's drop") },
        ))
        .detach();
    }
}

/// `Runtime::run` drops its main awaitable while the loop is still running
/// (also on unwinding), so main's destructors may use the loop; a
/// `Runner::run` must too (it dropped main after uninstalling the loop:
/// "coro::spawn() requires a running event loop", an abort if unwinding).
/// The task spawned there runs in the runner's next run.
#[test]
fn runner_run_drops_main_while_its_loop_is_installed() {
    let log = Log::default();
    let mut runner = Runner::new();
    runner.run(SpawnsOnDrop(log.clone()));
    runner.run(from_future(yield_now()));
    runner.close();
    assert_eq!(log.take(), strings(&["spawned by main's drop"]));
}
