//! The loop, `run`, `spawn`, `Task` and cancellation.

mod common;

use common::{Log, aw, block_on, panic_text, strings};
use coro_runtime::{
    Awaitable, TaskError, TaskId, all_tasks, current_task, from_future, run, sleep, spawn,
    spawn_named,
};
use std::cell::Cell;
use std::panic::catch_unwind;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);

#[test]
fn run_returns_the_output_of_main() {
    assert_eq!(block_on(async { 6 * 7 }), 42);
}

#[test]
fn panic_in_main_propagates_and_the_thread_can_run_again() {
    let caught = catch_unwind(|| block_on(async { panic!("main exploded") }));
    assert_eq!(panic_text(caught.unwrap_err()), "main exploded");
    assert_eq!(block_on(async { 1 }), 1);
}

#[test]
fn run_inside_a_running_loop_panics_with_a_clear_message() {
    let caught = catch_unwind(|| block_on(async { run(from_future(async { 1 })) }));
    assert_eq!(
        panic_text(caught.unwrap_err()),
        "coro::run() cannot be called from a running event loop"
    );
}

#[test]
fn spawn_outside_a_loop_panics() {
    let caught = catch_unwind(|| spawn(from_future(async {})));
    let text = panic_text(caught.err().unwrap());
    assert!(text.contains("requires a running event loop"), "{text}");
}

#[test]
fn spawned_tasks_start_in_spawn_order_after_the_spawner_yields() {
    let log = Log::default();
    let got = block_on({
        let log = log.clone();
        async move {
            let tasks: Vec<_> = (0..5)
                .map(|i| {
                    let log = log.clone();
                    spawn(from_future(async move { log.push(format!("task {i}")) }))
                })
                .collect();
            log.push("spawner");
            for task in tasks {
                aw(task).await.unwrap();
            }
            log.take()
        }
    });
    assert_eq!(
        got,
        strings(&["spawner", "task 0", "task 1", "task 2", "task 3", "task 4"])
    );
}

#[test]
fn sleep_zero_yields_round_robin_in_fifo_order() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let mut tasks = Vec::new();
            for name in ["a", "b", "c"] {
                let log = log.clone();
                tasks.push(spawn(from_future(async move {
                    for round in 0..3 {
                        log.push(format!("{name}{round}"));
                        aw(sleep(Duration::ZERO)).await;
                    }
                })));
            }
            for task in tasks {
                aw(task).await.unwrap();
            }
        }
    });
    assert_eq!(
        log.take(),
        strings(&["a0", "b0", "c0", "a1", "b1", "c1", "a2", "b2", "c2"])
    );
}

#[test]
fn awaiting_a_task_gives_its_output_and_it_is_done() {
    block_on(async {
        let task = spawn(from_future(async {
            aw(sleep(5 * MS)).await;
            "value"
        }));
        assert!(!task.is_done());
        let mut task = task;
        let result = aw(&mut task).await;
        assert_eq!(result, Ok("value"));
        assert!(task.is_done());
        assert!(!task.is_cancelled());
    });
}

#[test]
fn cancel_drops_the_task_at_its_suspension_point_exactly_once() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move {
                    let _outer = log.guard("outer");
                    log.push("started");
                    let inner = {
                        let log = log.clone();
                        from_future(async move {
                            let _inner = log.guard("inner");
                            aw(sleep(Duration::from_secs(60))).await;
                            log.push("inner finished"); // never
                        })
                    };
                    aw(inner).await;
                    log.push("outer finished"); // never
                }
            }));
            aw(sleep(5 * MS)).await; // let it reach its sleep
            assert!(task.cancel());
            log.push("cancel returned");
            assert!(task.is_done());
            assert!(task.is_cancelled());
            assert!(!task.cancel(), "a second cancel has nothing to do");
            assert_eq!(aw(task).await, Err(TaskError::Cancelled));
        }
    });
    assert_eq!(
        log.take(),
        strings(&[
            "started",
            "dropped inner",
            "dropped outer",
            "cancel returned"
        ])
    );
}

#[test]
fn cancelling_a_task_that_never_ran_drops_it_unstarted() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let guard = log.guard("captured");
            let l = log.clone();
            let task = spawn(from_future(async move {
                let _g = guard;
                l.push("ran");
            }));
            assert!(task.cancel());
            aw(sleep(2 * MS)).await;
            assert_eq!(aw(task).await, Err(TaskError::Cancelled));
        }
    });
    assert_eq!(log.take(), strings(&["dropped captured"]));
}

/// Resolves to the handle of the task it is created in... indirectly: it
/// cancels the task handle shared through a cell on its first resume.
struct CancelSelf(Rc<Cell<Option<coro_runtime::Task<()>>>>);

impl Awaitable for CancelSelf {
    type Output = ();
    fn resume(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let task = self.0.take().expect("handle stored");
        assert!(task.cancel());
        assert!(
            !task.is_done(),
            "a running task is cancelled when its resume returns"
        );
        self.0.set(Some(task));
        Poll::Pending
    }
}

#[test]
fn a_task_can_cancel_itself() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let slot = Rc::new(Cell::new(None));
            let task = spawn(from_future({
                let log = log.clone();
                let slot = slot.clone();
                async move {
                    let _g = log.guard("self");
                    aw(CancelSelf(slot)).await;
                    log.push("unreachable");
                }
            }));
            slot.set(Some(task));
            aw(sleep(2 * MS)).await;
            let task = slot.take().unwrap();
            assert!(task.is_cancelled());
            assert_eq!(aw(task).await, Err(TaskError::Cancelled));
        }
    });
    assert_eq!(log.take(), strings(&["dropped self"]));
}

#[test]
fn a_panic_in_a_task_is_caught_and_delivered_through_its_handle() {
    block_on(async {
        let task = spawn(from_future(async {
            aw(sleep(MS)).await;
            panic!("task exploded");
        }));
        let sibling = spawn(from_future(async {
            aw(sleep(3 * MS)).await;
            "sibling fine"
        }));
        let mut task = task;
        let result: Result<(), TaskError> = aw(&mut task).await;
        assert_eq!(result, Err(TaskError::Panicked("task exploded".into())));
        assert!(task.is_done() && !task.is_cancelled());
        assert_eq!(aw(sibling).await, Ok("sibling fine"));
    });
}

#[test]
fn dropping_a_task_handle_does_not_cancel_the_task() {
    let finished = Rc::new(Cell::new(false));
    block_on({
        let finished = finished.clone();
        async move {
            drop(spawn(from_future(async move {
                aw(sleep(5 * MS)).await;
                finished.set(true);
            })));
            aw(sleep(30 * MS)).await;
        }
    });
    assert!(finished.get());
}

#[test]
fn tasks_left_when_run_returns_are_dropped_once_and_report_cancelled() {
    let log = Log::default();
    let leftover = block_on({
        let log = log.clone();
        async move {
            let l = log.clone();
            let task = spawn(from_future(async move {
                let _g = l.guard("leftover");
                aw(sleep(Duration::from_secs(60))).await;
            }));
            aw(sleep(MS)).await;
            log.push("main done");
            task
        }
    });
    assert_eq!(log.take(), strings(&["main done", "dropped leftover"]));
    assert!(leftover.is_cancelled());
    assert!(!leftover.cancel());
}

#[test]
fn tasks_have_ids_and_names() {
    block_on(async {
        let main = current_task().expect("main runs as a task");
        assert_eq!(main.id(), TaskId(1));
        assert_eq!(main.name(), "Task-1");
        let named = spawn_named(
            "worker",
            from_future(async {
                let me = current_task().unwrap();
                aw(sleep(MS)).await;
                me.name().into_owned()
            }),
        );
        let unnamed = spawn(from_future(async { current_task().unwrap().id() }));
        assert_eq!(named.name(), "worker");
        assert_eq!(unnamed.name(), "Task-3");
        let names: Vec<String> = all_tasks().iter().map(|t| t.name().into_owned()).collect();
        assert_eq!(names, strings(&["Task-1", "worker", "Task-3"]));
        assert_eq!(aw(named).await.unwrap(), "worker");
        assert_eq!(aw(unnamed).await.unwrap(), TaskId(3));
        assert_eq!(all_tasks().len(), 1);
    });
    assert!(current_task().is_none());
    assert!(all_tasks().is_empty());
}

/// Completes once a flag set by another thread is seen; the other thread
/// wakes the task's std `Waker`.
struct WokenFromThread {
    done: Arc<AtomicBool>,
    started: bool,
}

impl Awaitable for WokenFromThread {
    type Output = ();
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.done.load(Ordering::Acquire) {
            return Poll::Ready(());
        }
        if !self.started {
            self.started = true;
            let done = self.done.clone();
            let waker = cx.waker().clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(20));
                done.store(true, Ordering::Release);
                waker.wake();
            });
        }
        Poll::Pending
    }
}

#[test]
fn a_waker_woken_from_another_thread_wakes_the_sleeping_loop() {
    let started = Instant::now();
    block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..8 {
            tasks.push(spawn(WokenFromThread {
                done: Arc::new(AtomicBool::new(false)),
                started: false,
            }));
        }
        aw(WokenFromThread {
            done: Arc::new(AtomicBool::new(false)),
            started: false,
        })
        .await;
        for task in tasks {
            aw(task).await.unwrap();
        }
    });
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// CPU time of this thread, from /proc (Linux only).
#[cfg(target_os = "linux")]
fn thread_cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    // utime and stime are fields 14 and 15 of the whole line (1-based).
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10) // USER_HZ is 100 on Linux
}

#[cfg(target_os = "linux")]
#[test]
fn an_idle_loop_sleeps_instead_of_busy_polling() {
    let cpu_before = thread_cpu_time();
    block_on(async {
        aw(sleep(Duration::from_millis(300))).await;
    });
    let cpu = thread_cpu_time() - cpu_before;
    assert!(
        cpu < Duration::from_millis(150),
        "busy loop? used {cpu:?} CPU"
    );
}

/// Counts wakes from other threads until it has seen `target` of them.
struct CountWakes {
    count: Arc<std::sync::atomic::AtomicUsize>,
    target: usize,
    started: bool,
}

impl Awaitable for CountWakes {
    type Output = usize;
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        if !self.started {
            self.started = true;
            for _ in 0..4 {
                let waker = cx.waker().clone();
                let count = self.count.clone();
                std::thread::spawn(move || {
                    for _ in 0..250 {
                        count.fetch_add(1, Ordering::AcqRel);
                        waker.wake_by_ref();
                    }
                });
            }
        }
        let seen = self.count.load(Ordering::Acquire);
        if seen >= self.target {
            Poll::Ready(seen)
        } else {
            Poll::Pending
        }
    }
}

#[test]
fn many_wakes_from_many_threads_are_never_lost() {
    let seen = block_on(async {
        let task = spawn(CountWakes {
            count: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
            target: 1000,
            started: false,
        });
        aw(task).await.unwrap()
    });
    assert_eq!(seen, 1000);
}

#[test]
fn take_result_gives_a_finished_tasks_result_without_awaiting() {
    let (before, after, again) = block_on(async {
        let task = coro_runtime::spawn(coro_runtime::from_future(async { 7 }));
        let before = task.take_result().is_some();
        aw(coro_runtime::sleep(std::time::Duration::from_millis(1))).await;
        let after = task.take_result();
        let again = task.take_result().is_some();
        (before, after, again)
    });
    assert!(!before, "a running task has no result yet");
    assert_eq!(after.map(|r| r.ok()), Some(Some(7)));
    assert!(!again, "the result is taken once");
}
