//! `call_soon` / `call_later` / `call_at` with cancellable handles, and the
//! thread-safe entry points `call_soon_threadsafe` and
//! `run_coroutine_threadsafe` (asyncio's loop methods of the same names).

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{
    Event, LoopClosed, TaskError, call_at, call_later, call_soon, from_future, get_running_loop,
    run, run_coroutine_threadsafe, sleep, spawn, time, to_thread,
};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);
const SLACK: Duration = Duration::from_secs(5);

#[test]
fn call_soon_runs_after_the_ready_tasks_in_fifo_order() {
    // asyncio: "Callbacks are called in the order in which they are
    // registered", after the handles already in the ready queue.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let task = {
                let log = log.clone();
                spawn(from_future(async move { log.push("task") }))
            };
            for i in 0..3 {
                let log = log.clone();
                call_soon(move || log.push(format!("callback {i}")));
            }
            log.push("main");
            aw(task).await.unwrap();
            aw(sleep(Duration::ZERO)).await;
        }
    });
    assert_eq!(
        log.take(),
        strings(&["main", "task", "callback 0", "callback 1", "callback 2"])
    );
}

#[test]
fn a_cancelled_handle_never_runs_its_callback() {
    // asyncio.Handle.cancel: "Cancel the callback. If the callback has
    // already been canceled or executed, this method has no effect."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let dropped = log.guard("callback state");
            let handle = {
                let log = log.clone();
                call_soon(move || {
                    let _keep = &dropped;
                    log.push("ran");
                })
            };
            assert!(!handle.cancelled());
            handle.cancel();
            assert!(handle.cancelled());
            let ran = {
                let log = log.clone();
                call_soon(move || log.push("other ran"))
            };
            aw(sleep(2 * MS)).await;
            assert!(ran.is_done());
            ran.cancel(); // after it ran: no effect
            assert!(ran.cancelled());
        }
    });
    assert_eq!(
        log.take(),
        strings(&["dropped callback state", "other ran"])
    );
}

#[test]
fn call_later_and_call_at_never_run_early_and_run_in_deadline_order() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let start = Instant::now();
            let mut handles = Vec::new();
            for ms in [30u64, 10, 20] {
                let log = log.clone();
                let h = call_later(Duration::from_millis(ms), move || {
                    assert!(start.elapsed() >= Duration::from_millis(ms), "ran early");
                    log.push(format!("later {ms}"));
                });
                handles.push(h);
            }
            let at = time() + 15 * MS;
            let h = {
                let log = log.clone();
                call_at(at, move || {
                    assert!(Instant::now() >= at, "ran early");
                    log.push("at 15");
                })
            };
            assert_eq!(h.when(), at);
            let cancelled = {
                let log = log.clone();
                call_later(5 * MS, move || log.push("cancelled one"))
            };
            cancelled.cancel();
            aw(sleep(40 * MS)).await;
            assert!(handles.iter().all(|h| h.is_done()));
            assert!(start.elapsed() < SLACK);
        }
    });
    assert_eq!(
        log.take(),
        strings(&["later 10", "at 15", "later 20", "later 30"])
    );
}

#[test]
#[should_panic(expected = "requires a running event loop")]
fn call_soon_outside_a_loop_panics() {
    let _ = call_soon(|| {});
}

thread_local! {
    /// An event of the loop running on this thread, for callbacks from other
    /// threads to set (an `Event` is not `Send`, the callback must be).
    static WAKE_ME: RefCell<Option<Event>> = const { RefCell::new(None) };
    static SEEN: RefCell<Vec<(usize, usize)>> = const { RefCell::new(Vec::new()) };
}

#[test]
fn call_soon_threadsafe_wakes_a_sleeping_loop_and_runs_on_its_thread() {
    // asyncio: call_soon_threadsafe "will wake up the event loop".
    block_on(async {
        let event = Event::new();
        WAKE_ME.with(|w| *w.borrow_mut() = Some(event.clone()));
        let handle = get_running_loop();
        let loop_thread = std::thread::current().id();
        let ran_on = Arc::new(std::sync::Mutex::new(None));
        let start = Instant::now();
        let thread = {
            let ran_on = ran_on.clone();
            std::thread::spawn(move || {
                std::thread::sleep(20 * MS);
                handle
                    .call_soon_threadsafe(move || {
                        *ran_on.lock().unwrap() = Some(std::thread::current().id());
                        WAKE_ME.with(|w| w.borrow().as_ref().expect("on the loop thread").set());
                    })
                    .unwrap();
            })
        };
        // Nothing else to do: the loop sleeps in its poller until the
        // callback arrives.
        aw(event.wait()).await;
        assert!(start.elapsed() >= 20 * MS && start.elapsed() < SLACK);
        assert_eq!(*ran_on.lock().unwrap(), Some(loop_thread));
        thread.join().unwrap();
        WAKE_ME.with(|w| w.borrow_mut().take());
    });
}

#[test]
fn callbacks_from_many_threads_all_run_in_per_thread_order() {
    block_on(async {
        let handle = get_running_loop();
        let remaining = Arc::new(AtomicUsize::new(4 * 50));
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let (handle, remaining) = (handle.clone(), remaining.clone());
                std::thread::spawn(move || {
                    for i in 0..50 {
                        let remaining = remaining.clone();
                        handle
                            .call_soon_threadsafe(move || {
                                SEEN.with(|s| s.borrow_mut().push((t, i)));
                                remaining.fetch_sub(1, Ordering::SeqCst);
                            })
                            .unwrap();
                    }
                })
            })
            .collect();
        let start = Instant::now();
        while remaining.load(Ordering::SeqCst) > 0 {
            assert!(start.elapsed() < SLACK, "callbacks lost");
            aw(sleep(MS)).await;
        }
        for t in threads {
            t.join().unwrap();
        }
        let seen = SEEN.with(|s| std::mem::take(&mut *s.borrow_mut()));
        assert_eq!(seen.len(), 200);
        for t in 0..4 {
            let order: Vec<_> = seen.iter().filter(|s| s.0 == t).map(|s| s.1).collect();
            assert_eq!(
                order,
                (0..50).collect::<Vec<_>>(),
                "thread {t} out of order"
            );
        }
    });
}

#[test]
fn run_coroutine_threadsafe_returns_the_result_to_a_blocking_thread() {
    // asyncio.run_coroutine_threadsafe: "Return a concurrent.futures.Future
    // to wait for the result from another OS thread."
    block_on(async {
        let handle = get_running_loop();
        let thread = std::thread::spawn(move || {
            let fut = run_coroutine_threadsafe(
                from_future(async {
                    aw(sleep(5 * MS)).await;
                    std::thread::current().name().map(str::to_owned)
                }),
                &handle,
            );
            assert!(!fut.done());
            fut.result()
        });
        let result = aw(to_thread(move || thread.join().unwrap())).await;
        let loop_thread = std::thread::current().name().map(str::to_owned);
        assert_eq!(
            result,
            Ok(loop_thread),
            "the coroutine ran on the loop thread"
        );
    });
}

#[test]
fn a_panicking_coroutine_gives_a_panicked_result() {
    block_on(async {
        let handle = get_running_loop();
        let thread = std::thread::spawn(move || {
            handle
                .run_coroutine_threadsafe(from_future(async {
                    panic!("boom in the loop");
                }))
                .result()
        });
        let result: Result<(), TaskError> = aw(to_thread(move || thread.join().unwrap())).await;
        let err = result.unwrap_err();
        assert!(err.is_panic());
        assert!(err.to_string().contains("boom in the loop"));
    });
}

struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[test]
fn cancelling_the_concurrent_future_cancels_the_task_on_the_loop() {
    // asyncio: cancelling the concurrent future cancels the task.
    block_on(async {
        let handle = get_running_loop();
        let dropped = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let thread = {
            let dropped = dropped.clone();
            std::thread::spawn(move || {
                let fut = handle.run_coroutine_threadsafe(from_future(async move {
                    let _guard = SetOnDrop(dropped);
                    aw(sleep(Duration::from_secs(30))).await;
                    1
                }));
                assert!(!fut.wait_timeout(20 * MS), "still running");
                assert!(fut.cancel());
                assert!(!fut.cancel(), "already cancelled");
                assert!(fut.cancelled() && fut.done());
                tx.send(()).unwrap();
                fut.result()
            })
        };
        aw(to_thread(move || rx.recv().unwrap())).await;
        let start = Instant::now();
        while !dropped.load(Ordering::SeqCst) {
            assert!(start.elapsed() < SLACK, "the task was not cancelled");
            aw(sleep(MS)).await;
        }
        let result = aw(to_thread(move || thread.join().unwrap())).await;
        assert_eq!(result, Err(TaskError::Cancelled));
    });
}

#[test]
fn work_pending_at_shutdown_and_work_sent_to_a_closed_loop_is_cancelled() {
    let (tx, rx) = mpsc::channel();
    let handle = block_on(async move {
        let handle = get_running_loop();
        let h = handle.clone();
        let thread = std::thread::spawn(move || {
            let fut = h.run_coroutine_threadsafe(sleep(Duration::from_secs(30)));
            tx.send(()).unwrap();
            fut.result() // must not hang once the loop is gone
        });
        aw(to_thread(move || rx.recv().unwrap())).await;
        aw(sleep(5 * MS)).await; // the task started
        (handle, thread)
    });
    let (handle, thread) = handle;
    assert_eq!(thread.join().unwrap(), Err(TaskError::Cancelled));
    assert!(handle.is_closed());
    assert_eq!(handle.call_soon_threadsafe(|| {}), Err(LoopClosed));
    let fut = handle.run_coroutine_threadsafe(sleep(MS));
    assert!(fut.done());
    assert_eq!(fut.result(), Err(TaskError::Cancelled));
}

#[test]
#[should_panic(expected = "would block that loop forever")]
fn blocking_on_the_result_from_the_loop_thread_panics() {
    block_on(async {
        let handle = get_running_loop();
        let fut = handle.run_coroutine_threadsafe(sleep(MS));
        let _ = fut.result();
    });
}

#[test]
fn a_concurrent_future_can_be_awaited_from_another_loop() {
    // asyncio.wrap_future: await a concurrent future in another loop.
    block_on(async {
        let handle = get_running_loop();
        let other = std::thread::spawn(move || {
            run(from_future(async move {
                let fut = handle.run_coroutine_threadsafe(from_future(async {
                    aw(sleep(5 * MS)).await;
                    "from the first loop"
                }));
                aw(from_future(fut)).await
            }))
        });
        let result = aw(to_thread(move || other.join().unwrap())).await;
        assert_eq!(result, Ok("from the first loop"));
    });
}

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn the_threadsafe_handles_are_send_and_sync() {
    assert_send_sync::<coro_runtime::LoopHandle>();
    assert_send_sync::<coro_runtime::ConcurrentFuture<String>>();
}
