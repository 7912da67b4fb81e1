//! Issue 14, the task model: awaiting a `Task` follows asyncio (cancelling
//! the awaiter cancels the awaited task; `shield` opts out), `gather`'s
//! `return_exceptions` mode (`gather_settled`), and `TaskError` keeping the
//! panic payload. Each test cites the asyncio behaviour it mirrors.

mod common;

use common::{Log, aw, block_on, panic_text, strings};
use coro_runtime::{
    Awaitable, Either, ReturnWhen, Shield, Task, TaskError, TaskPanic, from_future, gather,
    gather_settled, race, settle, shield, sleep, spawn, wait, wait_for,
};
use std::panic::{AssertUnwindSafe, catch_unwind, panic_any};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

/// Resumes `inner` at most `polls` times, then drops it where it lies (the
/// awaiter cancelled at its `polls`-th suspension): `Some(output)` if it
/// finished first, else `None`.
struct DropAfter<A> {
    inner: Option<Pin<Box<A>>>,
    polls: usize,
}

fn drop_after<A: Awaitable>(inner: A, polls: usize) -> DropAfter<A> {
    DropAfter {
        inner: Some(Box::pin(inner)),
        polls,
    }
}

impl<A: Awaitable> Awaitable for DropAfter<A> {
    type Output = Option<A::Output>;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let inner = this.inner.as_mut().expect("resumed after completion");
        if let Poll::Ready(out) = inner.as_mut().resume(cx) {
            this.inner = None;
            return Poll::Ready(Some(out));
        }
        this.polls -= 1;
        if this.polls == 0 {
            this.inner = None;
            return Poll::Ready(None);
        }
        Poll::Pending
    }
}

/// A task that logs each of its `steps` sleeps, `done` at the end, and
/// `dropped <name>` when its state is dropped (finished or cancelled).
fn worker(log: &Log, name: &'static str, steps: usize) -> Task<&'static str> {
    let log = log.clone();
    spawn(from_future(async move {
        let _guard = log.guard(name);
        for i in 0..steps {
            aw(sleep(5 * MS)).await;
            log.push(format!("{name} step {i}"));
        }
        log.push(format!("{name} done"));
        name
    }))
}

// asyncio, Task.cancel(): "If a coroutine is awaiting on a Future object
// during cancellation, the Future object will be cancelled." Awaiting a task
// is awaiting its future: dropping the awaiter (the coro rendering of
// cancelling it) cancels the awaited task. Checked at every await of the
// awaited task: the awaiter is dropped after it was resumed k times.
#[test]
fn cancelling_the_awaiter_of_a_task_cancels_the_task_asyncio_task_cancel() {
    for k in 1..=3 {
        let log = Log::default();
        let out = block_on({
            let log = log.clone();
            async move {
                let task = worker(&log, "w", 5);
                // Each resume of the awaiter after the first is a wake from
                // the task's completion; give the worker k-1 steps first.
                let awaiter = spawn(drop_after(task, 1));
                for _ in 1..k {
                    aw(sleep(6 * MS)).await;
                }
                let early = aw(awaiter).await.unwrap();
                aw(sleep(100 * MS)).await;
                early
            }
        });
        assert_eq!(out, None, "k={k}");
        let events = log.take();
        assert!(
            events.contains(&"dropped w".to_string()),
            "k={k}: {events:?}"
        );
        assert!(!events.contains(&"w done".to_string()), "k={k}: {events:?}");
    }
}

// The same through a cancelled awaiting *task*: asyncio cancels the inner
// task when the outer task awaiting it is cancelled, at any point of the wait.
#[test]
fn cancelling_a_task_that_awaits_a_task_cancels_both_at_every_step() {
    for k in 0..4 {
        let log = Log::default();
        block_on({
            let log = log.clone();
            async move {
                let inner = worker(&log, "inner", 4);
                let outer = spawn(from_future({
                    let log = log.clone();
                    async move {
                        let r = aw(inner).await;
                        log.push(format!("outer got {r:?}"));
                    }
                }));
                aw(sleep(MS * (5 * k as u32 + 2))).await;
                assert!(outer.cancel(), "k={k}");
                aw(sleep(100 * MS)).await;
            }
        });
        let events = log.take();
        assert!(
            events.contains(&"dropped inner".to_string()),
            "k={k}: {events:?}"
        );
        assert!(
            !events.contains(&"inner done".to_string()),
            "k={k}: {events:?}"
        );
        assert!(
            !events.iter().any(|e| e.starts_with("outer got")),
            "k={k}: {events:?}"
        );
    }
}

// asyncio keeps a task whose reference was let go running ("fire and
// forget"; the docs only warn to keep a reference so it is not garbage
// collected). A handle that was never awaited detaches when dropped.
#[test]
fn dropping_a_never_awaited_task_handle_keeps_it_running_fire_and_forget() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            drop(worker(&log, "w", 2));
            aw(sleep(100 * MS)).await;
        }
    });
    assert_eq!(
        log.take(),
        strings(&["w step 0", "w step 1", "w done", "dropped w"])
    );
}

#[test]
fn a_detached_handle_keeps_its_task_running_even_after_it_was_awaited() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let mut task = worker(&log, "w", 2);
            assert_eq!(aw(drop_after(&mut task, 1)).await, None);
            task.detach();
            aw(sleep(100 * MS)).await;
        }
    });
    assert_eq!(
        log.take(),
        strings(&["w step 0", "w step 1", "w done", "dropped w"])
    );
}

// asyncio.shield: "If the coroutine containing it is cancelled, the Task
// running in something() is not cancelled." Both spellings: shield(task)
// and Shield::from(task).
#[test]
fn shield_of_a_task_keeps_it_running_when_the_awaiter_is_cancelled_asyncio_shield() {
    for how in ["shield(task)", "Shield::from(task)"] {
        for k in 0..3 {
            let log = Log::default();
            block_on({
                let log = log.clone();
                async move {
                    let task = worker(&log, "w", 3);
                    let awaiter = spawn(from_future({
                        let log = log.clone();
                        async move {
                            let got = if how == "shield(task)" {
                                aw(shield(task)).await.map(|r| r.is_ok())
                            } else {
                                aw(Shield::from(task)).await.map(|_| true)
                            };
                            log.push(format!("awaiter got {got:?}"));
                        }
                    }));
                    // The awaiter is cancelled after the worker's k-th step.
                    aw(sleep(MS * (5 * k as u32 + 2))).await;
                    assert!(awaiter.cancel());
                    aw(sleep(100 * MS)).await;
                }
            });
            let events = log.take();
            assert!(
                events.contains(&"w done".to_string()),
                "{how} k={k}: {events:?}"
            );
            assert!(
                !events.iter().any(|e| e.starts_with("awaiter")),
                "{how} k={k}: {events:?}"
            );
        }
    }
}

// asyncio.wait_for: "If a timeout occurs, it cancels the task and raises
// TimeoutError. To avoid the task cancellation, wrap it in shield()."
#[test]
fn wait_for_a_task_cancels_it_on_timeout_and_shield_opts_out_asyncio_wait_for() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let task = worker(&log, "plain", 4);
            assert!(aw(wait_for(task, 7 * MS)).await.is_err());
            let task = worker(&log, "scoped", 4);
            assert!(aw(coro_runtime::timeout(7 * MS, task)).await.is_err());
            let task = worker(&log, "shielded", 4);
            assert!(aw(wait_for(shield(task), 7 * MS)).await.is_err());
            let mut task = worker(&log, "borrowed", 4);
            assert!(aw(wait_for(&mut task, 7 * MS)).await.is_err());
            // Borrowed: still running, and can be awaited again.
            assert_eq!(aw(task).await, Ok("borrowed"));
            aw(sleep(100 * MS)).await;
        }
    });
    let events = log.take();
    assert!(events.contains(&"dropped plain".to_string()), "{events:?}");
    assert!(!events.contains(&"plain done".to_string()), "{events:?}");
    assert!(events.contains(&"dropped scoped".to_string()), "{events:?}");
    assert!(!events.contains(&"scoped done".to_string()), "{events:?}");
    assert!(events.contains(&"shielded done".to_string()), "{events:?}");
    assert!(events.contains(&"borrowed done".to_string()), "{events:?}");
}

// asyncio.wait: "Unlike wait_for(), wait() does not cancel the futures when
// a timeout occurs." Nor when the waiter is cancelled: wait() does not await
// the tasks (their results stay in the handles).
#[test]
fn wait_does_not_cancel_on_timeout_nor_when_dropped_asyncio_wait() {
    for k in 1..=2 {
        let log = Log::default();
        block_on({
            let log = log.clone();
            async move {
                let tasks = vec![worker(&log, "a", 2), worker(&log, "b", 3)];
                let (done, pending) =
                    aw(wait(tasks, ReturnWhen::AllCompleted).timeout(3 * MS)).await;
                assert_eq!((done.len(), pending.len()), (0, 2));
                drop(pending); // handles dropped after `wait`: detached
                let tasks = vec![worker(&log, "c", 2)];
                assert!(
                    aw(drop_after(wait(tasks, ReturnWhen::AllCompleted), k))
                        .await
                        .is_none()
                );
                aw(sleep(100 * MS)).await;
            }
        });
        let events = log.take();
        for name in ["a", "b", "c"] {
            assert!(
                events.contains(&format!("{name} done")),
                "k={k}: {events:?}"
            );
        }
    }
}

// asyncio.gather: "If gather() itself is cancelled, the cancellation is
// propagated regardless of return_exceptions" — its unfinished children are
// cancelled. Checked at every step of the children.
#[test]
fn cancelling_a_gather_of_tasks_cancels_the_unfinished_ones_asyncio_gather() {
    for k in 1..=3 {
        let log = Log::default();
        block_on({
            let log = log.clone();
            async move {
                let tasks = vec![
                    worker(&log, "a", 1),
                    worker(&log, "b", 3),
                    worker(&log, "c", 5),
                ];
                assert!(aw(drop_after(gather(tasks), k)).await.is_none());
                aw(sleep(100 * MS)).await;
            }
        });
        let events = log.take();
        // k=1: dropped before any child ran; then after a, after b.
        assert!(!events.contains(&"c done".to_string()), "k={k}: {events:?}");
        assert_eq!(
            events.contains(&"a done".to_string()),
            k >= 2,
            "k={k}: {events:?}"
        );
        assert_eq!(
            events.contains(&"dropped c".to_string()),
            k >= 2,
            "k={k}: {events:?}"
        );
        assert_eq!(
            events.contains(&"b done".to_string()),
            k >= 3,
            "k={k}: {events:?}"
        );
    }
}

#[test]
fn race_cancels_the_losing_task() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let won = aw(race(worker(&log, "fast", 1), worker(&log, "slow", 4))).await;
            assert_eq!(won, Either::Left(Ok("fast")));
            aw(sleep(100 * MS)).await;
        }
    });
    let events = log.take();
    assert!(events.contains(&"dropped slow".to_string()), "{events:?}");
    assert!(!events.contains(&"slow done".to_string()), "{events:?}");
}

/// An in-task child: sleeps `steps` times, then panics if `fail`.
async fn child(log: Log, name: &'static str, steps: usize, fail: bool) -> &'static str {
    let _guard = log.guard(name);
    for _ in 0..steps {
        aw(sleep(3 * MS)).await;
    }
    if fail {
        panic!("{name} failed");
    }
    log.push(format!("{name} done"));
    name
}

// asyncio.gather(..., return_exceptions=True): "exceptions are treated the
// same as successful results, and aggregated in the result list". The
// panicking child does not unwind the awaiter nor stop its siblings.
#[test]
fn gather_settled_returns_panics_as_values_asyncio_return_exceptions_true() {
    let log = Log::default();
    let results = block_on({
        let log = log.clone();
        async move {
            let children = vec![
                from_future(child(log.clone(), "a", 3, false)),
                from_future(child(log.clone(), "b", 1, true)),
                from_future(child(log.clone(), "c", 2, false)),
            ];
            aw(gather_settled(children)).await
        }
    });
    assert_eq!(results.len(), 3);
    assert_eq!(results[0], Ok("a"));
    assert_eq!(results[1], Err(TaskError::Panicked("b failed".into())));
    assert_eq!(results[2], Ok("c"));
    let events = log.take();
    // b is dropped at once, while a and c still run.
    assert_eq!(
        events,
        strings(&["dropped b", "c done", "dropped c", "a done", "dropped a"])
    );
}

#[test]
fn gather_settled_macro_takes_children_of_different_types() {
    let log = Log::default();
    let (a, b) = block_on({
        let log = log.clone();
        async move {
            aw(coro_runtime::gather_settled!(
                from_future(child(log.clone(), "a", 2, true)),
                from_future(async { 7u8 }),
            ))
            .await
        }
    });
    let panic = a.unwrap_err().try_into_panic().unwrap();
    assert_eq!(panic.message(), "a failed");
    assert_eq!(b, Ok(7u8));
}

// Dropping the settled gather (its awaiter cancelled) at any step drops the
// unfinished children, as a cancelled asyncio.gather cancels them.
#[test]
fn dropping_gather_settled_at_every_step_drops_the_unfinished_children() {
    for k in 1..=3 {
        let log = Log::default();
        let out = block_on({
            let log = log.clone();
            async move {
                let children = vec![
                    from_future(child(log.clone(), "a", 1, true)),
                    from_future(child(log.clone(), "b", 5, false)),
                ];
                aw(drop_after(gather_settled(children), k)).await
            }
        });
        assert!(out.is_none(), "k={k}");
        let events = log.take();
        assert!(
            events.contains(&"dropped b".to_string()),
            "k={k}: {events:?}"
        );
        assert!(!events.contains(&"b done".to_string()), "k={k}: {events:?}");
    }
}

// asyncio.gather(..., return_exceptions=False): "the first raised exception
// is immediately propagated to the task that awaits on gather()". Here the
// gather is in the main awaitable: its panic ends `run`, which (as
// asyncio.run) cancels what is left, the sibling task included; the in-task
// siblings are dropped with the unwinding awaiter (documented on `gather`).
#[test]
fn default_gather_propagates_the_first_panic_and_drops_the_siblings() {
    let log = Log::default();
    let caught = catch_unwind(AssertUnwindSafe(|| {
        block_on({
            let log = log.clone();
            async move {
                let sibling_task = worker(&log, "task", 5);
                aw(coro_runtime::gather!(
                    from_future(child(log.clone(), "a", 1, true)),
                    from_future(child(log.clone(), "b", 5, false)),
                    sibling_task,
                ))
                .await
            }
        })
    }));
    assert_eq!(panic_text(caught.unwrap_err()), "a failed");
    let events = log.take();
    assert!(events.contains(&"dropped b".to_string()), "{events:?}");
    assert!(events.contains(&"dropped task".to_string()), "{events:?}");
    assert!(!events.contains(&"b done".to_string()), "{events:?}");
    assert!(!events.contains(&"task done".to_string()), "{events:?}");
}

// asyncio.gather(..., return_exceptions=False): "Other awaitables in the
// aws sequence won't be cancelled and will continue to run." A task whose
// gather raised (here: panicked) ends failed; the sibling *task* it was
// awaiting is not cancelled by that and runs to its end. (In-task children
// are parts of the failed task and are dropped with it.)
#[test]
fn a_task_failing_in_gather_leaves_its_sibling_tasks_running() {
    let log = Log::default();
    let (outcome, sibling) = block_on({
        let log = log.clone();
        async move {
            let sibling = worker(&log, "task", 5);
            let failing = spawn(from_future({
                let log = log.clone();
                async move {
                    aw(coro_runtime::gather!(
                        from_future(child(log.clone(), "a", 1, true)),
                        from_future(child(log.clone(), "b", 5, false)),
                        sibling,
                    ))
                    .await
                }
            }));
            let outcome = aw(failing).await.map(|_| ());
            // The sibling runs on: wait for it through the log.
            let mut done = false;
            for _ in 0..200 {
                if log.count("task done") == 1 {
                    done = true;
                    break;
                }
                aw(sleep(5 * MS)).await;
            }
            (outcome, done)
        }
    });
    assert!(
        outcome.is_err_and(|e| e.is_panic()),
        "the failing task panicked"
    );
    assert!(sibling, "the sibling task finished: {:?}", log.take());
}

#[derive(Debug, PartialEq)]
struct Code(u32);

// asyncio: Task.exception() returns the exception object itself, and
// `await task` re-raises it. The payload survives: downcast it, or resume
// the unwind with it.
#[test]
fn task_error_keeps_the_panic_payload_asyncio_task_exception() {
    let err = block_on(async {
        let task = spawn(from_future(async { panic_any(Code(7)) }));
        aw(task).await.unwrap_err()
    });
    assert!(err.is_panic());
    assert_eq!(err.to_string(), "task panicked: Box<dyn Any>");
    let panic = err.panic().unwrap();
    assert_eq!(panic.message(), "Box<dyn Any>");
    assert_eq!(panic.payload().downcast_ref::<Code>(), Some(&Code(7)));
    let payload = err.into_panic();
    assert_eq!(*payload.downcast::<Code>().unwrap(), Code(7));

    let err = block_on(async {
        let task = spawn(from_future(async { panic!("exploded {}", 3) }));
        aw(task).await.unwrap_err()
    });
    assert_eq!(err.to_string(), "task panicked: exploded 3");
    let panic = err.try_into_panic().unwrap();
    let again = catch_unwind(AssertUnwindSafe(|| panic.resume_unwind())).unwrap_err();
    assert_eq!(panic_text(again), "exploded 3");
}

struct PanicOnDrop;

impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic_any(Code(9));
    }
}

// A task whose cleanup raises ends with that exception (asyncio); the
// payload of a destructor's panic on cancellation is kept too.
#[test]
fn a_panicking_destructor_on_cancel_keeps_its_payload() {
    let err = block_on(async {
        let task = spawn(from_future(async {
            let _bomb = PanicOnDrop;
            aw(sleep(Duration::from_secs(10))).await;
        }));
        aw(sleep(MS)).await;
        assert!(task.cancel());
        aw(task).await.unwrap_err()
    });
    assert_eq!(
        err.panic().unwrap().payload().downcast_ref::<Code>(),
        Some(&Code(9))
    );
}

#[test]
fn task_panic_from_a_message_compares_by_message() {
    let a: TaskPanic = "x".into();
    assert_eq!(a, TaskPanic::from(String::from("x")));
    assert_ne!(a, TaskPanic::from("y"));
    assert_eq!(
        a.payload().downcast_ref::<String>().map(String::as_str),
        Some("x")
    );
    assert_ne!(TaskError::Cancelled, TaskError::Panicked(a));
}

#[test]
fn settle_catches_a_panic_of_a_single_awaitable() {
    let out = block_on(async { aw(settle(from_future(async { panic!("alone") }))).await });
    let out: Result<(), TaskError> = out;
    assert_eq!(out, Err(TaskError::Panicked("alone".into())));
}

/// A panic payload whose own destructor panics.
struct BombPayload;

impl Drop for BombPayload {
    fn drop(&mut self) {
        panic!("payload drop exploded");
    }
}

// asyncio reports "Task exception was never retrieved" when an unretrieved
// failed task goes away; the payload kept for it is dropped there, and a
// panic out of its destructor does not unwind into the code dropping the
// handle.
#[test]
fn an_unretrieved_payload_whose_drop_panics_does_not_unwind_the_dropper() {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    coro_runtime::set_exception_handler({
        let seen = seen.clone();
        move |ctx| seen.borrow_mut().push(ctx.message.clone())
    });
    let finished = catch_unwind(AssertUnwindSafe(|| {
        block_on(async {
            let task = spawn(from_future(async { panic_any(BombPayload) }));
            aw(sleep(2 * MS)).await;
            assert!(task.is_panicked());
            drop(task);
            "after"
        })
    }));
    coro_runtime::reset_exception_handler();
    assert_eq!(finished.ok(), Some("after"));
    assert_eq!(*seen.borrow(), ["Task exception was never retrieved"]);
}
