//! `Queue::shutdown` (Python 3.13), `LifoQueue`, `PriorityQueue`,
//! `Condition`, `Barrier` and the one-shot `Future`, each against asyncio's
//! documented behaviour, including cancellation while waiting.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{
    Barrier, BrokenBarrierError, Condition, Future, FutureError, GetNowaitError, InvalidStateError,
    LifoQueue, Lock, PriorityQueue, PutNowaitError, Queue, QueueShutDown, from_future, sleep,
    spawn,
};
use std::cell::Cell;
use std::cmp::Reverse;
use std::rc::Rc;
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

/// Lets every ready task run (a few loop ticks).
async fn settle() {
    for _ in 0..3 {
        aw(sleep(Duration::ZERO)).await;
    }
}

// ---------------------------------------------------------------- shutdown

#[test]
fn put_on_a_shut_down_queue_raises_queue_shut_down_and_gives_the_value_back() {
    // 3.13: "put() ... raise QueueShutDown" after shutdown().
    block_on(async {
        let q = Queue::new(0);
        assert!(!q.is_shut_down());
        q.shutdown(false);
        assert!(q.is_shut_down());
        assert_eq!(
            aw(q.put(String::from("a"))).await.unwrap_err().into_inner(),
            "a"
        );
        assert_eq!(
            q.put_nowait(7.to_string()),
            Err(PutNowaitError::ShutDown("7".into()))
        );
        assert!(q.put_nowait(String::new()).unwrap_err().is_shut_down());
        assert_eq!(q.qsize(), 0);
    });
}

#[test]
fn get_drains_the_remaining_items_then_raises_queue_shut_down() {
    // 3.13: "get() ... raise QueueShutDown once the queue is empty".
    block_on(async {
        let q = Queue::new(0);
        for i in 0..3 {
            q.put_nowait(i).unwrap();
        }
        q.shutdown(false);
        assert_eq!(aw(q.get()).await, Ok(0));
        assert_eq!(q.get_nowait(), Ok(1));
        assert_eq!(aw(q.get()).await, Ok(2));
        assert_eq!(aw(q.get()).await, Err(QueueShutDown(())));
        assert_eq!(q.get_nowait(), Err(GetNowaitError::ShutDown));
    });
}

#[test]
fn shutdown_wakes_blocked_putters_with_their_values() {
    // 3.13: "All blocked callers of put() and get() will be unblocked."
    block_on(async {
        let q = Queue::new(1);
        q.put_nowait(0).unwrap();
        let putters: Vec<_> = (1..=2)
            .map(|i| {
                let q = q.clone();
                spawn(from_future(async move { aw(q.put(i)).await }))
            })
            .collect();
        settle().await;
        assert!(
            putters.iter().all(|p| !p.is_done()),
            "the putters wait for room"
        );
        q.shutdown(false);
        let mut back = Vec::new();
        for putter in putters {
            back.push(aw(putter).await.unwrap().unwrap_err().into_inner());
        }
        assert_eq!(back, vec![1, 2]);
        assert_eq!(aw(q.get()).await, Ok(0), "the queued item still drains");
        assert_eq!(aw(q.get()).await, Err(QueueShutDown(())));
    });
}

#[test]
fn a_getter_waiting_on_an_empty_queue_is_woken_by_shutdown() {
    block_on(async {
        let q: Queue<u8> = Queue::new(0);
        let getter = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await }))
        };
        settle().await;
        q.shutdown(false);
        assert_eq!(aw(getter).await.unwrap(), Err(QueueShutDown(())));
    });
}

#[test]
fn a_consumer_loop_ends_after_shutdown_and_drain() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let q = Queue::new(2);
            let consumer = {
                let (q, log) = (q.clone(), log.clone());
                spawn(from_future(async move {
                    while let Ok(item) = aw(q.get()).await {
                        log.push(format!("got {item}"));
                        aw(sleep(MS)).await;
                        q.task_done();
                    }
                    log.push("consumer done");
                }))
            };
            for i in 0..4 {
                aw(q.put(i)).await.unwrap();
            }
            q.shutdown(false);
            aw(q.join()).await;
            log.push("joined");
            aw(consumer).await.unwrap();
        }
    });
    // The last task_done() wakes the joiner, but the consumer runs on into
    // get(), which fails at once: it finishes first.
    assert_eq!(
        log.take(),
        strings(&[
            "got 0",
            "got 1",
            "got 2",
            "got 3",
            "consumer done",
            "joined"
        ])
    );
}

struct Item {
    log: Log,
    name: &'static str,
    queue: Queue<Item>,
}

impl Drop for Item {
    fn drop(&mut self) {
        // Destructors may look at the queue while it drains.
        self.log.push(format!(
            "dropped {} (qsize {})",
            self.name,
            self.queue.qsize()
        ));
    }
}

#[test]
fn immediate_shutdown_drops_the_items_and_releases_join() {
    // 3.13: "If immediate is true, ... the queue is drained ... unfinished
    // tasks reduced by the number of drained items, join() unblocked when 0."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let q: Queue<Item> = Queue::new(0);
            for name in ["a", "b", "c"] {
                let queue = q.clone();
                q.put_nowait(Item {
                    log: log.clone(),
                    name,
                    queue,
                })
                .unwrap();
            }
            let taken = aw(q.get()).await.unwrap(); // "a": taken, not done
            let joiner = {
                let q = q.clone();
                spawn(from_future(async move { aw(q.join()).await }))
            };
            settle().await;
            q.shutdown(true);
            assert_eq!(q.qsize(), 0);
            assert!(matches!(aw(q.get()).await, Err(QueueShutDown(()))));
            settle().await;
            assert!(!joiner.is_done(), "item a is still unfinished");
            drop(taken);
            q.task_done();
            aw(joiner).await.unwrap();
            log.push("joined");
        }
    });
    assert_eq!(
        log.take(),
        strings(&[
            "dropped b (qsize 0)",
            "dropped c (qsize 0)",
            "dropped a (qsize 0)",
            "joined"
        ])
    );
}

#[test]
fn a_cancelled_getter_passes_its_wakeup_on_and_shutdown_twice_is_harmless() {
    block_on(async {
        let q = Queue::new(0);
        let first = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await }))
        };
        let second = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await }))
        };
        settle().await;
        q.put_nowait(5).unwrap();
        first.cancel();
        q.shutdown(false);
        q.shutdown(false);
        assert_eq!(aw(second).await.unwrap(), Ok(5), "the item is not lost");
    });
}

// ------------------------------------------------------- lifo and priority

#[test]
fn lifo_queue_returns_the_newest_item_first() {
    block_on(async {
        let q = LifoQueue::new(0);
        for i in 1..=4 {
            aw(q.put(i)).await.unwrap();
        }
        let mut got = Vec::new();
        while let Ok(v) = q.get_nowait() {
            got.push(v);
        }
        assert_eq!(got, vec![4, 3, 2, 1]);
        let plain: Queue<i32> = q.clone().into_queue();
        plain.put_nowait(1).unwrap();
        plain.put_nowait(2).unwrap();
        assert_eq!(q.get_nowait(), Ok(2), "the plain handle keeps the order");
    });
}

#[test]
fn priority_queue_returns_the_smallest_item_first() {
    // asyncio.PriorityQueue: "retrieves entries in priority order (lowest
    // first)", typically (priority, data) tuples.
    block_on(async {
        let q = PriorityQueue::new(0);
        let mut seed = 12345u64;
        let mut expected = Vec::new();
        for i in 0..200u32 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let priority = (seed >> 33) % 50;
            q.put_nowait((priority, i)).unwrap();
            expected.push((priority, i));
            if i % 7 == 0 {
                // interleave gets with puts
                expected.sort();
                let smallest = expected.remove(0);
                assert_eq!(aw(q.get()).await, Ok(smallest));
            }
        }
        expected.sort();
        let mut got = Vec::new();
        while let Ok(v) = q.get_nowait() {
            got.push(v);
        }
        assert_eq!(got, expected);
    });
}

#[test]
fn priority_queue_wakes_a_getter_and_supports_reverse_and_backpressure() {
    block_on(async {
        let q: PriorityQueue<Reverse<u32>> = PriorityQueue::new(2);
        let getter = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await }))
        };
        settle().await;
        q.put_nowait(Reverse(1)).unwrap();
        assert_eq!(aw(getter).await.unwrap(), Ok(Reverse(1)));
        q.put_nowait(Reverse(3)).unwrap();
        q.put_nowait(Reverse(9)).unwrap();
        assert!(q.full());
        assert_eq!(
            q.put_nowait(Reverse(5)),
            Err(PutNowaitError::Full(Reverse(5)))
        );
        assert_eq!(q.get_nowait(), Ok(Reverse(9)), "largest first with Reverse");
        assert_eq!(q.get_nowait(), Ok(Reverse(3)));
        assert_eq!(q.get_nowait(), Err(GetNowaitError::Empty));
    });
}

// --------------------------------------------------------------- condition

#[test]
fn condition_wait_releases_the_lock_and_reacquires_it_when_notified() {
    // asyncio.Condition.wait: "releases the underlying lock, and then blocks
    // until awakened by notify(); once awakened, re-acquires the lock".
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let cond = Condition::new();
            let ready = Rc::new(Cell::new(false));
            let waiter = {
                let (cond, ready, log) = (cond.clone(), ready.clone(), log.clone());
                spawn(from_future(async move {
                    let mut guard = aw(cond.acquire()).await;
                    while !ready.get() {
                        log.push("waiting");
                        guard = aw(cond.wait(guard)).await;
                    }
                    assert!(cond.locked(), "the lock is held again after wait");
                    log.push("woken with the lock");
                    drop(guard);
                }))
            };
            settle().await;
            assert!(!cond.locked(), "wait released the lock");
            let guard = aw(cond.acquire()).await;
            ready.set(true);
            cond.notify(1);
            settle().await;
            log.push("notifier still holds the lock");
            drop(guard);
            aw(waiter).await.unwrap();
        }
    });
    assert_eq!(
        log.take(),
        strings(&[
            "waiting",
            "notifier still holds the lock",
            "woken with the lock"
        ])
    );
}

/// Spawns `n` tasks that wait on `cond` once and log their number.
fn waiters(cond: &Condition, n: usize, log: &Log) -> Vec<coro_runtime::Task<()>> {
    (0..n)
        .map(|i| {
            let (cond, log) = (cond.clone(), log.clone());
            spawn(from_future(async move {
                let guard = aw(cond.acquire()).await;
                let _guard = aw(cond.wait(guard)).await;
                log.push(format!("woke {i}"));
            }))
        })
        .collect()
}

#[test]
fn notify_n_wakes_n_waiters_oldest_first_and_notify_all_the_rest() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let cond = Condition::new();
            let tasks = waiters(&cond, 4, &log);
            settle().await;
            let guard = aw(cond.acquire()).await;
            cond.notify(2);
            drop(guard);
            settle().await;
            assert_eq!(log.take(), strings(&["woke 0", "woke 1"]));
            let guard = aw(cond.acquire()).await;
            cond.notify_all();
            cond.notify(5); // no one left waiting: a no-op
            drop(guard);
            for task in tasks {
                aw(task).await.unwrap();
            }
            assert_eq!(log.take(), strings(&["woke 2", "woke 3"]));
        }
    });
}

#[test]
fn wait_for_checks_the_predicate_first_and_after_each_notification() {
    block_on(async {
        let cond = Condition::new();
        let value = Rc::new(Cell::new(0));
        let checks = Rc::new(Cell::new(0));
        // Already true: no waiting at all.
        let guard = aw(cond.acquire()).await;
        let guard = aw(cond.wait_for(guard, || true)).await;
        drop(guard);
        let waiter = {
            let (cond, value, checks) = (cond.clone(), value.clone(), checks.clone());
            spawn(from_future(async move {
                let guard = aw(cond.acquire()).await;
                let guard = aw(cond.wait_for(guard, || {
                    checks.set(checks.get() + 1);
                    value.get() >= 3
                }))
                .await;
                assert!(cond.locked());
                drop(guard);
                value.get()
            }))
        };
        for v in 1..=3 {
            settle().await;
            let guard = aw(cond.acquire()).await;
            value.set(v);
            cond.notify_all();
            drop(guard);
        }
        assert_eq!(aw(waiter).await, Ok(3));
        assert_eq!(checks.get(), 4, "once at the start, once per notification");
    });
}

#[test]
fn a_waiter_cancelled_after_notify_passes_the_notification_on() {
    // asyncio 3.13 (gh-112202): a notified waiter that is cancelled wakes
    // another, so notify(1) is not lost.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let cond = Condition::new();
            let mut tasks = waiters(&cond, 2, &log);
            settle().await;
            let guard = aw(cond.acquire()).await;
            cond.notify(1); // goes to waiter 0 ...
            assert!(tasks[0].cancel()); // ... which is cancelled before it sees it
            drop(guard);
            let second = tasks.pop().unwrap();
            aw(second).await.unwrap();
            assert_eq!(log.take(), strings(&["woke 1"]));
        }
    });
}

#[test]
fn cancelling_a_waiter_leaves_the_lock_free_at_every_stage() {
    block_on(async {
        let cond = Condition::new();
        // Stage 1: waiting for a notification.
        let log = Log::default();
        let tasks = waiters(&cond, 1, &log);
        settle().await;
        assert!(tasks[0].cancel());
        assert!(!cond.locked());
        let guard = aw(cond.acquire()).await;
        cond.notify(1); // no waiter left: nobody is woken
        drop(guard);
        // Stage 2: notified, waiting to reacquire the lock.
        let tasks = waiters(&cond, 1, &log);
        settle().await;
        let guard = aw(cond.acquire()).await;
        cond.notify(1);
        settle().await; // the waiter now queues for the lock
        assert!(tasks[0].cancel());
        drop(guard);
        assert!(
            !cond.locked(),
            "the lock is not leaked to the cancelled waiter"
        );
        assert!(cond.lock().try_lock().is_some());
        assert!(log.take().is_empty());
    });
}

#[test]
#[should_panic(expected = "notify() on an un-acquired lock")]
fn notify_without_the_lock_panics() {
    Condition::new().notify(1);
}

#[test]
#[should_panic(expected = "guard of another lock")]
fn wait_with_the_guard_of_another_lock_panics() {
    let other = Lock::new();
    let guard = other.try_lock().unwrap();
    let _ = Condition::new().wait(guard);
}

#[test]
fn conditions_can_share_a_lock() {
    let lock = Lock::new();
    let a = Condition::with_lock(lock.clone());
    let b = Condition::with_lock(lock.clone());
    let guard = a.lock().try_lock().unwrap();
    assert!(b.locked() && lock.locked());
    let _wait = b.wait(guard); // b accepts a's guard: same lock
}

// ----------------------------------------------------------------- barrier

#[test]
fn barrier_releases_all_parties_together_with_distinct_indices() {
    // asyncio.Barrier.wait: "returns a unique integer in 0..parties-1".
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let barrier = Barrier::new(3);
            assert_eq!(barrier.parties(), 3);
            let tasks: Vec<_> = (0..3)
                .map(|i| {
                    let (barrier, log) = (barrier.clone(), log.clone());
                    spawn(from_future(async move {
                        aw(sleep(MS * i)).await;
                        log.push("arrive");
                        let index = aw(barrier.wait()).await.unwrap();
                        log.push("pass");
                        index
                    }))
                })
                .collect();
            aw(sleep(MS)).await;
            let mut indices = Vec::new();
            for task in tasks {
                indices.push(aw(task).await.unwrap());
            }
            indices.sort();
            assert_eq!(indices, vec![0, 1, 2]);
            assert_eq!(barrier.n_waiting(), 0);
        }
    });
    assert_eq!(
        log.take(),
        strings(&["arrive", "arrive", "arrive", "pass", "pass", "pass"])
    );
}

#[test]
fn a_barrier_is_reusable_and_arrivals_while_draining_wait_for_the_next_round() {
    block_on(async {
        let barrier = Barrier::new(2);
        let a = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        settle().await;
        assert_eq!(barrier.n_waiting(), 1);
        // B releases round 1 and at once arrives for round 2 while `a` has
        // not left yet (the barrier is draining).
        let b = {
            let barrier = barrier.clone();
            spawn(from_future(async move {
                let first = aw(barrier.wait()).await;
                let second = aw(barrier.wait()).await;
                (first, second)
            }))
        };
        settle().await;
        let c = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        assert_eq!(aw(a).await.unwrap(), Ok(0));
        assert_eq!(aw(b).await.unwrap(), (Ok(1), Ok(0)));
        assert_eq!(aw(c).await.unwrap(), Ok(1));
    });
}

#[test]
fn abort_breaks_the_barrier_until_reset() {
    // asyncio.Barrier.abort: "Any current or future calls to wait() will
    // fail with the BrokenBarrierError".
    block_on(async {
        let barrier = Barrier::new(3);
        let waiting: Vec<_> = (0..2)
            .map(|_| {
                let barrier = barrier.clone();
                spawn(from_future(async move { aw(barrier.wait()).await }))
            })
            .collect();
        settle().await;
        assert_eq!(barrier.n_waiting(), 2);
        barrier.abort();
        assert!(barrier.broken());
        for task in waiting {
            assert_eq!(aw(task).await.unwrap(), Err(BrokenBarrierError));
        }
        assert_eq!(aw(barrier.wait()).await, Err(BrokenBarrierError));
        barrier.reset();
        assert!(!barrier.broken());
        let tasks: Vec<_> = (0..3)
            .map(|_| {
                let barrier = barrier.clone();
                spawn(from_future(async move { aw(barrier.wait()).await }))
            })
            .collect();
        for task in tasks {
            assert!(aw(task).await.unwrap().is_ok());
        }
    });
}

#[test]
fn reset_breaks_the_waiting_round_and_refills_afterwards() {
    // asyncio.Barrier.reset: "Any tasks waiting ... will receive the
    // BrokenBarrierError exception."
    block_on(async {
        let barrier = Barrier::new(2);
        let waiter = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        settle().await;
        barrier.reset();
        // Arrives while the broken round empties: waits for the new round.
        let early = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        assert_eq!(aw(waiter).await.unwrap(), Err(BrokenBarrierError));
        assert!(!barrier.broken());
        assert_eq!(aw(barrier.wait()).await, Ok(1));
        assert_eq!(aw(early).await.unwrap(), Ok(0));
    });
}

#[test]
fn a_cancelled_waiter_leaves_the_round() {
    block_on(async {
        let barrier = Barrier::new(2);
        let waiter = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        settle().await;
        assert_eq!(barrier.n_waiting(), 1);
        assert!(waiter.cancel());
        assert_eq!(barrier.n_waiting(), 0);
        let other = {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        settle().await;
        assert!(
            !other.is_done(),
            "one arrival is not enough after the cancel"
        );
        assert_eq!(aw(barrier.wait()).await, Ok(1));
        assert_eq!(aw(other).await.unwrap(), Ok(0));
    });
}

#[test]
fn a_waiter_cancelled_while_the_barrier_drains_still_lets_the_next_round_fill() {
    block_on(async {
        let barrier = Barrier::new(2);
        let spawn_wait = |barrier: &Barrier| {
            let barrier = barrier.clone();
            spawn(from_future(async move { aw(barrier.wait()).await }))
        };
        let a = spawn_wait(&barrier);
        settle().await;
        // This task is the second party: it releases the round at once, and
        // `a` has been woken but has not left yet: the barrier drains.
        assert_eq!(aw(barrier.wait()).await, Ok(1));
        let early = spawn_wait(&barrier); // arrives while draining: blocked
        assert!(a.cancel(), "cancelled before it saw the release");
        settle().await;
        assert_eq!(
            barrier.n_waiting(),
            1,
            "the drain finished; `early` is counted"
        );
        assert_eq!(aw(barrier.wait()).await, Ok(1));
        assert_eq!(aw(early).await.unwrap(), Ok(0));
        // An arrival blocked by a drain that is cancelled leaves no trace.
        let a = spawn_wait(&barrier);
        settle().await;
        // Ready queue: releaser, blocked, this task. The releaser wakes `a`
        // behind them, so `blocked` arrives while the barrier drains, and
        // this task cancels it before `a` leaves.
        let releaser = spawn_wait(&barrier);
        let blocked = spawn_wait(&barrier);
        aw(sleep(Duration::ZERO)).await;
        assert_eq!(barrier.n_waiting(), 0, "draining");
        assert!(releaser.is_done() && !a.is_done() && !blocked.is_done());
        assert!(blocked.cancel());
        assert_eq!(aw(a).await.unwrap(), Ok(0));
        assert_eq!(aw(releaser).await.unwrap(), Ok(1));
        assert_eq!(
            barrier.n_waiting(),
            0,
            "the cancelled arrival was not counted"
        );
        let b = spawn_wait(&barrier);
        settle().await;
        assert_eq!(barrier.n_waiting(), 1);
        assert_eq!(aw(barrier.wait()).await, Ok(1));
        assert_eq!(aw(b).await.unwrap(), Ok(0));
    });
}

#[test]
#[should_panic(expected = "parties must be > 0")]
fn a_barrier_of_zero_parties_panics() {
    let _ = Barrier::new(0);
}

// ------------------------------------------------------------------ future

#[test]
fn set_result_wakes_every_waiter_with_the_value() {
    // asyncio: several tasks may await one Future; all get its result.
    block_on(async {
        let fut: Future<String> = Future::new();
        assert!(!fut.done());
        assert!(fut.result().is_none());
        let waiters: Vec<_> = (0..3)
            .map(|_| {
                let fut = fut.clone();
                spawn(from_future(async move { aw(fut).await }))
            })
            .collect();
        settle().await;
        assert!(waiters.iter().all(|w| !w.is_done()));
        fut.set_result("hello".into()).unwrap();
        assert!(fut.done() && !fut.cancelled());
        for w in waiters {
            assert_eq!(aw(w).await.unwrap().unwrap(), "hello");
        }
        assert_eq!(aw(fut.clone()).await.unwrap(), "hello", "done: at once");
        assert_eq!(fut.result().unwrap().unwrap(), "hello");
        let again = fut.set_result("again".into()).unwrap_err();
        assert_eq!(
            again.into_inner(),
            "again",
            "InvalidStateError gives it back"
        );
    });
}

#[derive(Debug)]
struct Boom;

impl std::fmt::Display for Boom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("boom")
    }
}

impl std::error::Error for Boom {}

#[test]
fn set_exception_and_cancel_reach_every_waiter() {
    block_on(async {
        let fut: Future<u8> = Future::new();
        let waiter = {
            let fut = fut.clone();
            spawn(from_future(async move { aw(fut).await }))
        };
        settle().await;
        fut.set_exception(Boom).unwrap();
        match aw(waiter).await.unwrap() {
            Err(FutureError::Exception(e)) => assert_eq!(e.to_string(), "boom"),
            other => panic!("expected the exception, got {other:?}"),
        }
        assert!(!fut.cancel(), "cancel() is false on a done future");
        assert_eq!(fut.set_exception(Boom), Err(InvalidStateError(())));

        let fut: Future<u8> = Future::new();
        let waiter = {
            let fut = fut.clone();
            spawn(from_future(async move { aw(fut).await }))
        };
        settle().await;
        assert!(fut.cancel());
        assert!(fut.cancelled());
        assert!(aw(waiter).await.unwrap().unwrap_err().is_cancelled());
        assert_eq!(fut.set_result(1), Err(InvalidStateError(1)));
    });
}

#[test]
fn a_cancelled_waiter_does_not_disturb_the_others() {
    block_on(async {
        let fut: Future<u32> = Future::new();
        let first = {
            let fut = fut.clone();
            spawn(from_future(async move { aw(fut).await }))
        };
        let second = {
            let fut = fut.clone();
            spawn(from_future(async move { aw(fut).await }))
        };
        settle().await;
        assert!(first.cancel());
        assert!(
            !fut.done(),
            "cancelling a waiter does not cancel the future"
        );
        fut.set_result(9).unwrap();
        assert_eq!(aw(second).await.unwrap().unwrap(), 9);
    });
}

fn assert_unpin_awaitable<A: coro_runtime::Awaitable + Unpin>(_: &A) {}

#[test]
fn the_new_awaitables_are_unpin() {
    block_on(async {
        let q: Queue<std::marker::PhantomPinned> = Queue::new(0);
        assert_unpin_awaitable(&q.get());
        let cond = Condition::new();
        let guard = cond.lock().try_lock().unwrap();
        assert_unpin_awaitable(&cond.wait(guard));
        let guard = cond.lock().try_lock().unwrap();
        assert_unpin_awaitable(&cond.wait_for(guard, || true));
        assert_unpin_awaitable(&Barrier::new(1).wait());
        assert_unpin_awaitable(&Future::<u8>::new());
        let mut ticks = coro_runtime::interval(MS);
        assert_unpin_awaitable(&ticks.tick());
        assert_unpin_awaitable(&coro_runtime::timeout(MS, sleep(MS)));
        assert_unpin_awaitable(&coro_runtime::timeout_at(None, sleep(MS)));
    });
}
