//! Structured concurrency: `task_group` (asyncio 3.11's `TaskGroup`),
//! `wait` with `return_when` (asyncio's `asyncio.wait`) and `shield`.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{
    ReturnWhen, TaskError, TaskGroup, from_future, shield, sleep, spawn, spawn_named, task_group,
    wait,
};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);

/// A child that sleeps `ms`, logs and returns `ms`.
fn napper(
    log: &Log,
    name: &'static str,
    ms: u64,
) -> impl coro_runtime::Awaitable<Output = u64> + use<> {
    let log = log.clone();
    from_future(async move {
        let _guard = log.guard(name);
        aw(sleep(Duration::from_millis(ms))).await;
        log.push(format!("{name} done"));
        ms
    })
}

// -------------------------------------------------------------- task group

#[test]
fn the_group_waits_for_every_child_after_the_body() {
    // asyncio.TaskGroup: "The async with statement will wait for all tasks
    // in the group to finish."
    let log = Log::default();
    let (result, a, b) = block_on({
        let log = log.clone();
        async move {
            let mut handles = Vec::new();
            let result = aw(task_group(|tg: TaskGroup| {
                handles.push(tg.create_task(napper(&log, "a", 20)));
                handles.push(tg.create_task_named("b", napper(&log, "b", 5)));
                let log = log.clone();
                from_future(async move {
                    log.push("body done");
                    "body"
                })
            }))
            .await;
            log.push("scope done");
            assert!(handles.iter().all(|h| h.is_done()));
            let b = handles.pop().unwrap();
            assert_eq!(b.name(), "b");
            let a = handles.pop().unwrap();
            (result, aw(a).await, aw(b).await)
        }
    });
    assert_eq!(result, Ok("body"));
    assert_eq!((a, b), (Ok(20), Ok(5)));
    assert_eq!(
        log.take(),
        strings(&[
            "body done",
            "b done",
            "dropped b",
            "a done",
            "dropped a",
            "scope done"
        ])
    );
}

#[test]
fn a_failing_child_cancels_its_siblings_and_the_body() {
    // asyncio.TaskGroup: "The first time any of the tasks belonging to the
    // group fails with an exception other than CancelledError, the
    // remaining tasks in the group are cancelled. ... If the parent task is
    // still inside the async with body, it is cancelled too."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let start = Instant::now();
            let mut handles = Vec::new();
            let result = aw(task_group(|tg: TaskGroup| {
                handles.push(tg.create_task(napper(&log, "slow", 30_000)));
                handles.push(tg.create_task_named(
                    "doomed",
                    from_future(async {
                        aw(sleep(5 * MS)).await;
                        panic!("child failed");
                    }),
                ));
                let log = log.clone();
                from_future(async move {
                    let _guard = log.guard("body");
                    aw(sleep(Duration::from_secs(30))).await;
                    log.push("body finished");
                })
            }))
            .await;
            assert!(start.elapsed() < Duration::from_secs(5));
            let err = result.unwrap_err();
            assert_eq!(err.failures().len(), 1);
            let failure = &err.failures()[0];
            assert_eq!(failure.task().name(), "doomed");
            assert_eq!(failure.message(), "child failed");
            assert!(failure.panicked());
            assert!(
                err.to_string()
                    .contains("unhandled errors in a TaskGroup (1 sub-exception)")
            );
            let doomed = handles.pop().unwrap();
            let slow = handles.pop().unwrap();
            assert!(aw(slow).await.unwrap_err().is_cancelled());
            assert!(aw(doomed).await.unwrap_err().is_panic());
        }
    });
    assert_eq!(log.take(), strings(&["dropped slow", "dropped body"]));
}

#[test]
fn an_err_of_a_try_task_is_a_failure_and_an_ok_is_not() {
    block_on(async {
        let mut handles = Vec::new();
        let result = aw(task_group(|tg: TaskGroup| {
            handles.push(tg.create_try_task(from_future(async { Ok::<u8, String>(1) })));
            handles.push(tg.create_try_task(from_future(async {
                aw(sleep(2 * MS)).await;
                Err::<u8, String>("bad input".into())
            })));
            from_future(async {})
        }))
        .await;
        let err = result.unwrap_err();
        assert_eq!(err.failures()[0].message(), "bad input");
        assert!(!err.failures()[0].panicked());
        let failed = handles.pop().unwrap();
        assert_eq!(
            aw(failed).await,
            Ok(Err("bad input".to_string())),
            "the handle keeps the typed error"
        );
        assert_eq!(aw(handles.pop().unwrap()).await, Ok(Ok(1)));
    });
}

#[test]
fn a_cancelled_child_is_not_a_failure() {
    // asyncio.TaskGroup ignores children that end with CancelledError.
    block_on(async {
        let result = aw(task_group(|tg: TaskGroup| {
            let victim = tg.create_task(sleep(Duration::from_secs(30)));
            let other = tg.create_task(sleep(5 * MS));
            from_future(async move {
                aw(sleep(MS)).await;
                assert!(victim.cancel());
                aw(other).await.unwrap();
                7
            })
        }))
        .await;
        assert_eq!(result, Ok(7));
    });
}

#[test]
fn children_may_add_children_and_the_group_waits_for_them() {
    let log = Log::default();
    let result = block_on({
        let log = log.clone();
        async move {
            aw(task_group(|tg: TaskGroup| {
                let inner = tg.clone();
                let log2 = log.clone();
                let _ = tg.create_task(from_future(async move {
                    aw(sleep(MS)).await;
                    let grandchild = inner.create_task(napper(&log2, "grandchild", 10));
                    drop(grandchild); // the group still waits for it
                    log2.push("child done");
                }));
                from_future(async {})
            }))
            .await
        }
    });
    assert_eq!(result, Ok(()));
    assert_eq!(
        log.take(),
        strings(&["child done", "grandchild done", "dropped grandchild"])
    );
}

#[test]
fn cancelling_the_awaiting_task_cancels_the_body_and_the_children() {
    // asyncio: cancelling the parent cancels the TaskGroup's children.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let parent = {
                let log = log.clone();
                spawn(task_group(move |tg: TaskGroup| {
                    let _ = tg.create_task(napper(&log, "child", 30_000));
                    let log = log.clone();
                    from_future(async move {
                        let _guard = log.guard("body");
                        aw(sleep(Duration::from_secs(30))).await;
                    })
                }))
            };
            aw(sleep(5 * MS)).await;
            assert!(parent.cancel());
            assert!(aw(parent).await.unwrap_err().is_cancelled());
        }
    });
    assert_eq!(log.take(), strings(&["dropped body", "dropped child"]));
}

/// Adds a child to the group when dropped (cancelled).
struct AddOnDrop {
    tg: TaskGroup,
    log: Log,
}

impl Drop for AddOnDrop {
    fn drop(&mut self) {
        let log = self.log.clone();
        let late = self.tg.create_task(from_future(async move {
            let _guard = log.guard("late");
            log.push("late ran");
        }));
        self.log
            .push(format!("late added, done: {}", late.is_done()));
    }
}

#[test]
fn a_child_added_while_shutting_down_is_cancelled_before_it_runs() {
    // asyncio 3.13: create_task on a shutting-down group closes the coroutine.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let result = aw(task_group(|tg: TaskGroup| {
                let cleanup = AddOnDrop {
                    tg: tg.clone(),
                    log: log.clone(),
                };
                let _ = tg.create_task(from_future(async move {
                    let _cleanup = cleanup;
                    aw(sleep(Duration::from_secs(30))).await;
                }));
                let _ = tg.create_task(from_future(async move {
                    aw(sleep(2 * MS)).await;
                    panic!("fail");
                }));
                from_future(async {})
            }))
            .await;
            assert_eq!(result.unwrap_err().failures().len(), 1);
        }
    });
    assert_eq!(log.take(), strings(&["late added, done: true"]));
}

#[test]
fn a_panicking_body_propagates_after_cancelling_the_children() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let parent = {
                let log = log.clone();
                spawn_named(
                    "parent",
                    task_group(move |tg: TaskGroup| {
                        let _ = tg.create_task(napper(&log, "child", 30_000));
                        from_future(async {
                            aw(sleep(MS)).await;
                            panic!("body failed");
                        })
                    }),
                )
            };
            let err = aw(parent).await.unwrap_err();
            assert!(err.to_string().contains("body failed"));
        }
    });
    assert_eq!(log.take(), strings(&["dropped child"]));
}

#[test]
#[should_panic(expected = "task group that is finished")]
fn create_task_after_the_scope_completed_panics() {
    block_on(async {
        let mut kept = None;
        aw(task_group(|tg: TaskGroup| {
            kept = Some(tg);
            from_future(async {})
        }))
        .await
        .unwrap();
        let _ = kept.unwrap().create_task(from_future(async {}));
    });
}

// -------------------------------------------------------------------- wait

#[test]
fn wait_first_completed_returns_done_and_pending() {
    // asyncio.wait(..., return_when=FIRST_COMPLETED): "Return when any
    // future finishes or is cancelled."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            // Far apart, so that a loaded machine cannot finish two of them
            // before the wait resumes.
            let tasks = vec![
                spawn(napper(&log, "300", 300)),
                spawn(napper(&log, "5", 5)),
                spawn(napper(&log, "200", 200)),
            ];
            let (done, pending) = aw(wait(tasks, ReturnWhen::FirstCompleted)).await;
            assert_eq!(done.len(), 1);
            assert_eq!(pending.len(), 2);
            let mut results = Vec::new();
            for t in done {
                results.push(aw(t).await.unwrap());
            }
            assert_eq!(results, vec![5]);
            assert!(
                pending.iter().all(|t| !t.is_done()),
                "pending tasks keep running"
            );
            let (done, pending) = aw(wait(pending, ReturnWhen::AllCompleted)).await;
            assert!(pending.is_empty());
            let mut results = Vec::new();
            for t in done {
                results.push(aw(t).await.unwrap());
            }
            assert_eq!(results, vec![300, 200], "in the order given");
        }
    });
}

#[test]
fn wait_first_exception_returns_at_the_first_panic_or_when_all_are_done() {
    // asyncio: FIRST_EXCEPTION "Return when any future finishes by raising
    // an exception. If no future raises an exception then it is equivalent
    // to ALL_COMPLETED."
    block_on(async {
        let log = Log::default();
        let tasks = vec![
            spawn(napper(&log, "slow", 30_000)),
            spawn(from_future(async {
                aw(sleep(5 * MS)).await;
                panic!("boom");
            })),
        ];
        // A cancelled task is not an exception.
        let cancelled = spawn(napper(&log, "cancelled", 30_000));
        cancelled.cancel();
        let mut all = vec![cancelled];
        all.extend(tasks);
        let (done, pending) = aw(wait(all, ReturnWhen::FirstException)).await;
        assert_eq!(done.len(), 2);
        assert!(done[0].is_cancelled() && done[1].is_panicked());
        assert_eq!(pending.len(), 1);
        for t in pending {
            t.cancel();
        }
        for t in done {
            let _ = aw(t).await;
        }

        let tasks = vec![spawn(sleep(2 * MS)), spawn(sleep(4 * MS))];
        let (done, pending) = aw(wait(tasks, ReturnWhen::FirstException)).await;
        assert_eq!((done.len(), pending.len()), (2, 0));
    });
}

#[test]
fn wait_with_a_timeout_returns_what_is_done_without_error() {
    // asyncio.wait(timeout=...): "Unlike wait_for(), wait() does not cancel
    // the futures when a timeout occurs."
    block_on(async {
        let start = Instant::now();
        let tasks = vec![spawn(sleep(2 * MS)), spawn(sleep(Duration::from_secs(30)))];
        let (done, pending) = aw(wait(tasks, ReturnWhen::AllCompleted).timeout(20 * MS)).await;
        assert!(start.elapsed() >= 20 * MS && start.elapsed() < Duration::from_secs(5));
        assert_eq!((done.len(), pending.len()), (1, 1));
        assert!(!pending[0].is_done(), "not cancelled by the timeout");
        pending[0].cancel();
        let (done, pending) = aw(wait(
            Vec::<coro_runtime::Task<()>>::new(),
            ReturnWhen::FirstCompleted,
        ))
        .await;
        assert!(done.is_empty() && pending.is_empty());
    });
}

#[test]
fn cancelling_a_wait_leaves_the_tasks_running() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let task = spawn(napper(&log, "work", 10));
            let waiter = spawn(from_future(async move {
                aw(wait(vec![task], ReturnWhen::AllCompleted)).await
            }));
            aw(sleep(2 * MS)).await;
            waiter.cancel(); // drops the wait, and with it the task's handle
            aw(sleep(20 * MS)).await;
        }
    });
    assert_eq!(log.take(), strings(&["work done", "dropped work"]));
}

// ------------------------------------------------------------------ shield

#[test]
fn shield_protects_the_work_from_the_awaiting_tasks_cancellation() {
    // asyncio.shield: "If the coroutine containing it is cancelled, the Task
    // running in something() is not cancelled."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let go = coro_runtime::Event::new();
            let outer = {
                let (log, go) = (log.clone(), go.clone());
                spawn(from_future(async move {
                    let inner = {
                        let log = log.clone();
                        from_future(async move {
                            let _guard = log.guard("inner");
                            aw(go.wait()).await;
                            log.push("inner done");
                        })
                    };
                    let r = aw(shield(inner)).await;
                    log.push("outer resumed");
                    r
                }))
            };
            for _ in 0..3 {
                aw(sleep(Duration::ZERO)).await;
            }
            assert!(outer.cancel());
            go.set();
            for _ in 0..3 {
                aw(sleep(Duration::ZERO)).await;
            }
            assert_eq!(aw(shield(from_future(async { 3 }))).await, Ok(3));
            let s = shield(sleep(Duration::from_secs(30)));
            assert!(s.task().id().0 > 1);
            assert!(s.cancel());
            assert_eq!(aw(s).await, Err(TaskError::Cancelled));
        }
    });
    assert_eq!(log.take(), strings(&["inner done", "dropped inner"]));
}
