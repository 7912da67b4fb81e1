//! Panic safety of the runtime (issue 12): a `Drop` that panics in every
//! position (task result, task coroutine, queue item, lock guard, timer,
//! `to_thread` result, awaited value) and every phase (running, cancelled,
//! shutdown, after the runtime is gone). The runtime must stay usable and
//! deliver everything it promised: every task gets an outcome, every output
//! of a combinator reaches a consumer, the thread can run a loop again.
//!
//! The panics print their messages through the panic hook; that is expected.

mod common;

use common::{Log, aw, block_on, panic_text};
use coro_runtime::{
    Awaitable, Lock, Queue, Task, TaskError, as_completed, from_future, gather, run, sleep, spawn,
    to_thread, wait_for,
};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);
const FOREVER: Duration = Duration::from_secs(3600);

/// Logs `dropped NAME` when dropped, then panics if armed.
struct Bomb {
    log: Log,
    name: &'static str,
    armed: bool,
}

fn bomb(log: &Log, name: &'static str) -> Bomb {
    Bomb {
        log: log.clone(),
        name,
        armed: true,
    }
}

fn dud(log: &Log, name: &'static str) -> Bomb {
    Bomb {
        log: log.clone(),
        name,
        armed: false,
    }
}

impl Drop for Bomb {
    fn drop(&mut self) {
        self.log.push(format!("dropped {}", self.name));
        if self.armed {
            panic!("{} exploded", self.name);
        }
    }
}

/// An awaitable that is ready with `value` after `pending` polls (waking
/// itself each time), holding a [`Bomb`] that goes off when it is dropped.
struct Fused<T> {
    value: Option<T>,
    pending: u32,
    _bomb: Bomb,
}

impl<T> Unpin for Fused<T> {}

impl<T> Awaitable for Fused<T> {
    type Output = T;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let this = self.get_mut();
        if this.pending > 0 {
            this.pending -= 1;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(this.value.take().expect("polled after completion"))
    }
}

fn fused<T>(value: T, pending: u32, bomb: Bomb) -> Fused<T> {
    Fused {
        value: Some(value),
        pending,
        _bomb: bomb,
    }
}

/// Asserts the thread has no loop installed any more and can run one again.
fn assert_thread_usable() {
    let outside = catch_unwind(|| spawn(from_future(async {})));
    let text = panic_text(outside.expect_err("spawn outside a loop panics"));
    assert!(text.contains("requires a running event loop"), "{text}");
    let value = block_on(async {
        let task = spawn(from_future(async {
            aw(sleep(MS)).await;
            20
        }));
        aw(task).await.unwrap() + aw(to_thread(|| 22)).await
    });
    assert_eq!(value, 42);
}

// ---------------------------------------------------------------- task result

#[test]
fn detached_task_result_whose_drop_panics_does_not_stop_the_loop() {
    let log = Log::default();
    let value = block_on({
        let log = log.clone();
        async move {
            drop(spawn(from_future({
                let log = log.clone();
                async move { bomb(&log, "result") }
            })));
            // The detached task finishes and its unclaimed result is dropped
            // by the loop: the panic must not escape into the loop.
            aw(sleep(MS)).await;
            let other = spawn(from_future(async { 7 }));
            aw(other).await.unwrap()
        }
    });
    assert_eq!(value, 7);
    assert_eq!(log.count("dropped result"), 1);
    assert_thread_usable();
}

#[test]
fn task_result_whose_drop_panics_after_the_runtime_is_gone() {
    let log = Log::default();
    let handle: Task<Bomb> = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future(async move { bomb(&log, "result") }));
            aw(sleep(MS)).await;
            task
        }
    });
    assert!(handle.is_done() && !handle.is_cancelled() && !handle.is_panicked());
    assert_eq!(
        log.count("dropped result"),
        0,
        "the result waits for its handle"
    );
    let caught = catch_unwind(AssertUnwindSafe(|| drop(handle)));
    assert_eq!(panic_text(caught.unwrap_err()), "result exploded");
    assert_eq!(log.count("dropped result"), 1);
    assert_thread_usable();
}

// ------------------------------------------------------------ task coroutine

#[test]
fn cancelling_a_task_whose_drop_panics_gives_it_the_panic_as_its_outcome() {
    let log = Log::default();
    let (cancelled, joined, outcome) = block_on({
        let log = log.clone();
        async move {
            let victim = Rc::new(RefCell::new(spawn(from_future({
                let log = log.clone();
                async move {
                    let _held = bomb(&log, "victim state");
                    aw(sleep(FOREVER)).await;
                }
            }))));
            // Another task awaits the victim's handle (borrowing it only
            // while polling, so that main can cancel it meanwhile): it must
            // be woken with the outcome.
            let joiner = spawn(from_future({
                let victim = victim.clone();
                std::future::poll_fn(move |cx| Pin::new(&mut *victim.borrow_mut()).resume(cx))
            }));
            aw(sleep(MS)).await;
            let cancelled = victim.borrow().cancel();
            let outcome = {
                let victim = victim.borrow();
                (victim.is_cancelled(), victim.is_panicked())
            };
            let joined = aw(wait_for(joiner, Duration::from_secs(10))).await;
            (cancelled, joined, outcome)
        }
    });
    assert!(cancelled, "cancel returns normally");
    assert_eq!(outcome, (false, true), "the drop's panic is the outcome");
    assert_eq!(
        joined,
        Ok(Ok(Err(TaskError::Panicked("victim state exploded".into())))),
        "the joiner was woken with the outcome"
    );
    assert_eq!(log.count("dropped victim state"), 1);
    assert_thread_usable();
}

#[test]
fn awaiting_a_cancelled_task_whose_drop_panicked_gives_panicked() {
    let log = Log::default();
    let result = block_on({
        let log = log.clone();
        async move {
            let victim = spawn(from_future({
                let log = log.clone();
                async move {
                    let _held = bomb(&log, "victim");
                    aw(sleep(FOREVER)).await;
                }
            }));
            aw(sleep(MS)).await;
            assert!(victim.cancel());
            aw(victim).await
        }
    });
    assert_eq!(result, Err(TaskError::Panicked("victim exploded".into())));
}

#[test]
fn a_task_cancelling_itself_with_a_panicking_drop_gets_an_outcome() {
    let log = Log::default();
    let slot: Rc<RefCell<Option<Task<()>>>> = Rc::default();
    let (outcome, later) = block_on({
        let log = log.clone();
        let slot = slot.clone();
        async move {
            let me = spawn(from_future({
                let log = log.clone();
                let slot = slot.clone();
                async move {
                    let _held = bomb(&log, "self-cancelled");
                    let me = slot.borrow_mut().take().expect("handle stored");
                    assert!(me.cancel());
                    *slot.borrow_mut() = Some(me);
                    aw(sleep(FOREVER)).await;
                }
            }));
            *slot.borrow_mut() = Some(me);
            // The task is dropped once its resume returns; its panic goes
            // nowhere but into its outcome.
            aw(sleep(5 * MS)).await;
            let me = slot.borrow_mut().take().expect("handle given back");
            let later = spawn(from_future(async { 5 }));
            ((me.is_done(), me.is_panicked()), aw(later).await)
        }
    });
    assert_eq!(outcome, (true, true));
    assert_eq!(later, Ok(5));
    assert_eq!(log.count("dropped self-cancelled"), 1);
}

// ------------------------------------------------------------------ shutdown

#[test]
fn shutdown_completes_every_leftover_task_even_when_drops_panic() {
    let log = Log::default();
    let handles: Vec<Task<()>> = block_on({
        let log = log.clone();
        async move {
            let names = ["a", "b", "c", "d"];
            let handles: Vec<_> = names
                .iter()
                .enumerate()
                .map(|(i, &name)| {
                    let log = log.clone();
                    spawn(from_future(async move {
                        // b and d hold bombs; a and c hold duds.
                        let _held = if i % 2 == 1 {
                            bomb(&log, name)
                        } else {
                            dud(&log, name)
                        };
                        aw(sleep(FOREVER)).await;
                    }))
                })
                .collect();
            aw(sleep(MS)).await;
            handles
        }
    });
    let outcomes: Vec<_> = handles
        .iter()
        .map(|t| (t.is_done(), t.is_cancelled(), t.is_panicked()))
        .collect();
    assert_eq!(
        outcomes,
        [
            (true, true, false),
            (true, false, true),
            (true, true, false),
            (true, false, true),
        ],
        "every leftover task completed, the panicking ones as panicked"
    );
    for name in ["a", "b", "c", "d"] {
        assert_eq!(log.count(&format!("dropped {name}")), 1, "{name}");
    }
    assert_thread_usable();
}

#[test]
fn shutdown_after_main_panicked_survives_panicking_drops() {
    let log = Log::default();
    let leftover: Rc<RefCell<Option<Task<()>>>> = Rc::default();
    let caught = catch_unwind(AssertUnwindSafe(|| {
        block_on({
            let log = log.clone();
            let leftover = leftover.clone();
            async move {
                *leftover.borrow_mut() = Some(spawn(from_future(async move {
                    let _held = bomb(&log, "leftover");
                    aw(sleep(FOREVER)).await;
                })));
                aw(sleep(MS)).await;
                panic!("main failed");
            }
        })
    }));
    assert_eq!(panic_text(caught.unwrap_err()), "main failed");
    let task = leftover.borrow_mut().take().unwrap();
    assert!(task.is_panicked(), "the leftover was completed");
    assert_eq!(log.count("dropped leftover"), 1);
    assert_thread_usable();
}

#[test]
fn a_main_whose_drop_panics_leaves_no_loop_installed() {
    let log = Log::default();
    let caught = catch_unwind(AssertUnwindSafe(|| {
        let log = log.clone();
        run(fused(1, 1, bomb(&log, "main")))
    }));
    assert_eq!(panic_text(caught.unwrap_err()), "main exploded");
    assert_eq!(log.count("dropped main"), 1);
    assert_thread_usable();
}

#[test]
fn destructors_spawning_at_shutdown_with_panics_leave_nothing_behind() {
    struct SpawnOnDrop(Rc<RefCell<Option<Task<()>>>>, Log);
    impl Drop for SpawnOnDrop {
        fn drop(&mut self) {
            let log = self.1.clone();
            *self.0.borrow_mut() = Some(spawn(from_future(async move {
                let _held = bomb(&log, "spawned at shutdown");
                aw(sleep(FOREVER)).await;
            })));
            panic!("spawner exploded");
        }
    }
    let log = Log::default();
    let spawned: Rc<RefCell<Option<Task<()>>>> = Rc::default();
    let first: Task<()> = block_on({
        let log = log.clone();
        let spawned = spawned.clone();
        async move {
            let first = spawn(from_future(async move {
                let _spawner = SpawnOnDrop(spawned, log);
                aw(sleep(FOREVER)).await;
            }));
            aw(sleep(MS)).await;
            first
        }
    });
    assert!(first.is_panicked());
    let second = spawned
        .borrow_mut()
        .take()
        .expect("spawned during shutdown");
    assert!(
        second.is_done(),
        "a task spawned at shutdown is completed too"
    );
    assert_eq!(log.count("dropped spawned at shutdown"), 0, "never started");
    assert_thread_usable();
}

// ---------------------------------------------------------------- queue item

#[test]
fn a_queue_item_whose_drop_panics_loses_no_other_item() {
    let log = Log::default();
    let (got, first) = block_on({
        let log = log.clone();
        async move {
            let queue: Queue<Bomb> = Queue::new(0);
            queue.put_nowait(bomb(&log, "item 0")).ok().unwrap();
            queue.put_nowait(dud(&log, "item 1")).ok().unwrap();
            queue.put_nowait(dud(&log, "item 2")).ok().unwrap();
            // The first consumer drops its item: its task panics.
            let first = spawn(from_future({
                let queue = queue.clone();
                async move {
                    let item = aw(queue.get()).await;
                    drop(item);
                }
            }));
            let first = aw(first).await;
            let mut got = Vec::new();
            for _ in 0..2 {
                got.push(aw(queue.get()).await.expect("not shut down").name);
            }
            (got, first)
        }
    });
    assert_eq!(first, Err(TaskError::Panicked("item 0 exploded".into())));
    assert_eq!(got, ["item 1", "item 2"]);
    assert_eq!(log.count("dropped item 0"), 1);
}

#[test]
fn queue_items_of_a_cancelled_task_are_all_dropped_when_one_panics() {
    let log = Log::default();
    let task = block_on({
        let log = log.clone();
        async move {
            let queue: Queue<Bomb> = Queue::new(0);
            queue.put_nowait(bomb(&log, "first")).ok().unwrap();
            queue.put_nowait(dud(&log, "second")).ok().unwrap();
            let task = spawn(from_future(async move {
                let _queue = queue;
                aw(sleep(FOREVER)).await;
            }));
            aw(sleep(MS)).await;
            assert!(task.cancel());
            task
        }
    });
    assert!(task.is_panicked());
    assert_eq!(log.count("dropped first"), 1);
    assert_eq!(log.count("dropped second"), 1, "unwinding drops the rest");
}

// ---------------------------------------------------------------- lock guard

#[test]
fn a_lock_held_by_a_task_whose_drop_panics_is_released() {
    let log = Log::default();
    let (holder, waiter) = block_on({
        let log = log.clone();
        async move {
            let lock = Lock::new();
            let holder = spawn(from_future({
                let lock = lock.clone();
                let log = log.clone();
                async move {
                    // Dropped in reverse order: the bomb first, then the guard.
                    let _guard = aw(lock.lock()).await;
                    let _held = bomb(&log, "holder");
                    aw(sleep(FOREVER)).await;
                }
            }));
            aw(sleep(MS)).await;
            let waiter = spawn(from_future({
                let lock = lock.clone();
                async move {
                    let _guard = aw(lock.lock()).await;
                    "acquired"
                }
            }));
            aw(sleep(MS)).await;
            assert!(holder.cancel());
            let waiter = aw(wait_for(waiter, Duration::from_secs(10))).await;
            (holder.is_panicked(), waiter)
        }
    });
    assert!(holder);
    assert_eq!(waiter, Ok(Ok("acquired")));
}

#[test]
fn a_lock_guard_next_to_a_panicking_drop_at_shutdown_is_released() {
    let log = Log::default();
    let lock = Lock::new();
    block_on({
        let log = log.clone();
        let lock = lock.clone();
        async move {
            drop(spawn(from_future(async move {
                let _guard = aw(lock.lock()).await;
                let _held = bomb(&log, "holder");
                aw(sleep(FOREVER)).await;
            })));
            aw(sleep(MS)).await;
        }
    });
    assert!(!lock.locked(), "the guard was dropped despite the panic");
    assert!(lock.try_lock().is_some());
}

// --------------------------------------------------------------- timer/sleep

#[test]
fn a_sleeping_task_whose_drop_panics_leaves_the_timers_working() {
    let log = Log::default();
    let elapsed = block_on({
        let log = log.clone();
        async move {
            let sleepers: Vec<_> = (0..3)
                .map(|_| {
                    let log = log.clone();
                    spawn(from_future(async move {
                        let _held = bomb(&log, "sleeper");
                        aw(sleep(FOREVER)).await;
                    }))
                })
                .collect();
            let timed = spawn(from_future(async {
                let start = Instant::now();
                aw(sleep(20 * MS)).await;
                start.elapsed()
            }));
            aw(sleep(MS)).await;
            for task in &sleepers {
                assert!(task.cancel());
            }
            aw(timed).await.unwrap()
        }
    });
    assert!(elapsed >= 20 * MS);
    assert_eq!(log.count("dropped sleeper"), 3);
}

#[test]
fn wait_for_dropping_a_timed_out_child_whose_drop_panics() {
    let log = Log::default();
    let (outcome, after) = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move {
                    let slow = spawn(from_future(aw(sleep(FOREVER))));
                    let child = fused((), 0, bomb(&log, "timed out child"));
                    let waited = wait_for(gather([child]), MS);
                    let _ = aw(waited).await;
                    slow.cancel();
                }
            }));
            let outcome = aw(task).await;
            let after = aw(wait_for(sleep(MS), Duration::from_secs(10))).await;
            (outcome, after)
        }
    });
    assert_eq!(
        outcome,
        Err(TaskError::Panicked("timed out child exploded".into()))
    );
    assert!(after.is_ok());
}

// --------------------------------------------------------- to_thread result

/// Counts its drops, then panics (a `Send` bomb for `to_thread`).
struct SendBomb(Arc<AtomicUsize>);

impl Drop for SendBomb {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
        panic!("to_thread result exploded");
    }
}

#[test]
fn to_thread_survives_many_panicking_result_drops() {
    // More than the pool's largest size (32): each used to kill a worker.
    const JOBS: usize = 40;
    let dropped = Arc::new(AtomicUsize::new(0));
    // Holds every job back until all the awaitables are gone.
    let go = Arc::new(AtomicBool::new(false));
    let value = block_on({
        let dropped = dropped.clone();
        let go = go.clone();
        async move {
            for _ in 0..JOBS {
                let dropped = dropped.clone();
                let go = go.clone();
                let job = to_thread(move || {
                    while !go.load(Ordering::SeqCst) {
                        std::thread::sleep(MS);
                    }
                    SendBomb(dropped)
                });
                // Times out: the awaitable is dropped first, so the worker
                // holds the last reference to the result and drops it.
                let timed_out = aw(wait_for(job, Duration::ZERO)).await;
                assert!(timed_out.is_err());
            }
            go.store(true, Ordering::SeqCst);
            let deadline = Instant::now() + Duration::from_secs(20);
            while dropped.load(Ordering::SeqCst) < JOBS && Instant::now() < deadline {
                aw(sleep(5 * MS)).await;
            }
            aw(wait_for(to_thread(|| 42), Duration::from_secs(20))).await
        }
    });
    assert_eq!(dropped.load(Ordering::SeqCst), JOBS);
    assert_eq!(value, Ok(42), "the pool still runs jobs");
}

#[test]
fn to_thread_with_a_foreign_waker_that_panics_still_delivers() {
    struct PanickingWaker(AtomicBool);
    impl Wake for PanickingWaker {
        fn wake(self: Arc<Self>) {
            self.0.store(true, Ordering::SeqCst);
            panic!("foreign waker exploded");
        }
    }
    // More than the pool's largest size (32): each used to kill a worker.
    for i in 0..40 {
        let flag = Arc::new(PanickingWaker(AtomicBool::new(false)));
        let waker = Waker::from(flag.clone());
        let mut job = std::pin::pin!(to_thread(move || i * 2));
        let mut cx = Context::from_waker(&waker);
        assert!(job.as_mut().resume(&mut cx).is_pending());
        let deadline = Instant::now() + Duration::from_secs(20);
        while !flag.0.load(Ordering::SeqCst) && Instant::now() < deadline {
            std::thread::sleep(MS);
        }
        assert!(
            flag.0.load(Ordering::SeqCst),
            "job {i}: the waker was woken"
        );
        let mut cx = Context::from_waker(Waker::noop());
        assert_eq!(job.as_mut().resume(&mut cx), Poll::Ready(i * 2));
    }
    assert_thread_usable();
}

// ------------------------------------------------------------- awaited value

#[test]
fn an_awaited_value_whose_drop_panics_fails_only_its_task() {
    let log = Log::default();
    let (failed, other) = block_on({
        let log = log.clone();
        async move {
            let failed = spawn(from_future({
                let log = log.clone();
                async move { aw(fused(1, 2, bomb(&log, "awaited"))).await }
            }));
            let other = spawn(from_future(async {
                aw(sleep(2 * MS)).await;
                2
            }));
            (aw(failed).await, aw(other).await)
        }
    });
    assert_eq!(failed, Err(TaskError::Panicked("awaited exploded".into())));
    assert_eq!(other, Ok(2));
    assert_eq!(log.count("dropped awaited"), 1);
}

#[test]
fn a_cancelled_task_suspended_on_a_panicking_awaitable() {
    let log = Log::default();
    let task = block_on({
        let log = log.clone();
        async move {
            let task = spawn(from_future({
                let log = log.clone();
                async move { aw(fused(1, u32::MAX, bomb(&log, "awaited"))).await }
            }));
            aw(sleep(MS)).await;
            assert!(task.cancel());
            task
        }
    });
    assert!(task.is_panicked());
    assert_eq!(log.count("dropped awaited"), 1);
}

// ------------------------------------------------- gather and as_completed

/// Resumes `awaitable` with a no-op waker, catching a panic.
fn resume_caught<A: Awaitable>(awaitable: Pin<&mut A>) -> Result<Poll<A::Output>, String> {
    let mut cx = Context::from_waker(Waker::noop());
    catch_unwind(AssertUnwindSafe(|| awaitable.resume(&mut cx))).map_err(panic_text)
}

#[test]
fn gather_counts_a_child_whose_drop_panics_as_finished() {
    let log = Log::default();
    let mut all = std::pin::pin!(gather([
        fused(1, 0, bomb(&log, "first")),
        fused(2, 1, dud(&log, "second")),
    ]));
    assert_eq!(resume_caught(all.as_mut()), Err("first exploded".into()));
    let mut polls = 0;
    let out = loop {
        polls += 1;
        assert!(polls < 10, "the gather never completes");
        if let Poll::Ready(out) = resume_caught(all.as_mut()).unwrap() {
            break out;
        }
    };
    assert_eq!(out, [1, 2], "the first output was kept");
    assert_eq!(log.count("dropped first"), 1);
}

#[test]
fn as_completed_keeps_the_output_of_a_child_whose_drop_panics() {
    let log = Log::default();
    let results = as_completed([
        fused(1, 0, bomb(&log, "first")),
        fused(2, 1, dud(&log, "second")),
    ]);
    let mut failing = results.next();
    assert_eq!(
        resume_caught(Pin::new(&mut failing)),
        Err("first exploded".into())
    );
    drop(failing);
    let mut got = Vec::new();
    let mut polls = 0;
    while got.len() < 3 {
        polls += 1;
        assert!(polls < 10, "as_completed never finishes: {got:?}");
        if let Poll::Ready(out) = resume_caught(Pin::new(&mut results.next())).unwrap() {
            got.push(out);
        }
    }
    assert_eq!(got, [Some(1), Some(2), None]);
    assert!(results.is_empty());
}

#[test]
fn as_completed_shared_by_two_consumers_wakes_both() {
    let outputs = block_on(async {
        fn delayed(after: Duration, value: u32) -> impl Awaitable<Output = u32> {
            from_future(async move {
                aw(sleep(after)).await;
                value
            })
        }
        let results = as_completed([delayed(5 * MS, 1), delayed(15 * MS, 2)]);
        let consumer = |results: coro_runtime::AsCompleted<_>| {
            spawn(from_future(async move { aw(results.next()).await }))
        };
        let a = consumer(results.clone());
        let b = consumer(results.clone());
        let a = aw(wait_for(a, Duration::from_secs(10))).await;
        let b = aw(wait_for(b, Duration::from_secs(10))).await;
        (a, b)
    });
    let (a, b) = outputs;
    let mut got = [
        a.expect("consumer A was woken").unwrap(),
        b.expect("consumer B was woken").unwrap(),
    ];
    got.sort();
    assert_eq!(got, [Some(1), Some(2)]);
}

#[test]
fn as_completed_consumers_waiting_for_ready_at_once_children_are_woken() {
    // Children that finish in one round without waking anyone: the consumer
    // that polls them takes one output, the other waiting consumer must be
    // woken for the rest.
    let outputs = block_on(async {
        let gate = Rc::new(std::cell::Cell::new(false));
        let make = |v: u32| {
            let gate = gate.clone();
            from_future(std::future::poll_fn(move |_| {
                if gate.get() {
                    Poll::Ready(v)
                } else {
                    Poll::Pending // no waker kept: only a consumer's poll helps
                }
            }))
        };
        let results = as_completed([make(1), make(2)]);
        let a = spawn(from_future({
            let results = results.clone();
            async move { aw(results.next()).await }
        }));
        aw(sleep(MS)).await; // a is waiting
        gate.set(true);
        let b = aw(results.next()).await; // polls both children: both ready
        let a = aw(wait_for(a, Duration::from_secs(10))).await;
        (a, b)
    });
    let (a, b) = outputs;
    assert_eq!(b, Some(1));
    assert_eq!(
        a,
        Ok(Ok(Some(2))),
        "the waiting consumer got the other output"
    );
}

// ------------------------------------------------- after the runtime is gone

#[test]
fn timers_queues_and_locks_outliving_the_runtime() {
    let log = Log::default();
    let (mut timer, queue, lock, guard) = block_on({
        let log = log.clone();
        async move {
            let mut timer = Box::pin(sleep(FOREVER));
            let mut cx = Context::from_waker(Waker::noop());
            assert!(timer.as_mut().resume(&mut cx).is_pending(), "armed");
            let queue: Queue<Bomb> = Queue::new(0);
            queue.put_nowait(bomb(&log, "queued")).ok().unwrap();
            let lock = Lock::new();
            let guard = aw(lock.lock()).await;
            (timer, queue, lock, guard)
        }
    });
    // The loop is gone: its timer, queue and lock are plain values now.
    let mut cx = Context::from_waker(Waker::noop());
    let resumed = catch_unwind(AssertUnwindSafe(|| timer.as_mut().resume(&mut cx)));
    let text = panic_text(resumed.expect_err("a sleep needs its loop"));
    assert!(text.contains("requires a running event loop"), "{text}");
    drop(timer); // disarms nothing: its loop is gone
    assert!(lock.locked());
    drop(guard);
    assert!(!lock.locked(), "the guard releases the lock without a loop");
    assert_eq!(queue.qsize(), 1, "the item is still there");
    let caught = catch_unwind(AssertUnwindSafe(|| drop(queue)));
    assert_eq!(panic_text(caught.unwrap_err()), "queued exploded");
    assert_eq!(log.count("dropped queued"), 1);
    assert_thread_usable();
}

// --------------------------------------------------------- foreign wakers

#[test]
fn a_foreign_waker_of_a_task_handle_that_panics_does_not_stop_the_loop() {
    struct PanickingWaker;
    impl Wake for PanickingWaker {
        fn wake(self: Arc<Self>) {
            panic!("join waker exploded");
        }
    }
    let (first, second) = block_on(async {
        let mut task = spawn(from_future(async {
            aw(sleep(MS)).await;
            42
        }));
        // Polled once by hand with a foreign waker: the task wakes that
        // waker when it completes.
        let waker = Waker::from(Arc::new(PanickingWaker));
        let mut cx = Context::from_waker(&waker);
        assert!(Pin::new(&mut task).resume(&mut cx).is_pending());
        let other = spawn(from_future(async {
            aw(sleep(5 * MS)).await;
            7
        }));
        // The task completes (waking the foreign waker) meanwhile.
        aw(sleep(20 * MS)).await;
        assert!(task.is_done());
        let first = aw(wait_for(&mut task, Duration::from_secs(10))).await;
        (first, aw(other).await)
    });
    assert_eq!(first, Ok(Ok(42)));
    assert_eq!(second, Ok(7));
    assert_thread_usable();
}
