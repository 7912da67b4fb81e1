//! `Queue`, `Lock`, `Semaphore` and `Event`.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{
    Event, GetNowaitError, Lock, PutNowaitError, Queue, Semaphore, from_future, gather, sleep,
    spawn, wait_for,
};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

#[test]
fn queue_is_fifo_and_reports_its_size() {
    block_on(async {
        let q = Queue::new(0);
        assert_eq!(q.maxsize(), 0);
        assert!(q.empty() && !q.full());
        for i in 0..5 {
            aw(q.put(i)).await.unwrap();
        }
        assert_eq!(q.qsize(), 5);
        assert!(!q.full(), "an unbounded queue is never full");
        let mut got = Vec::new();
        for _ in 0..5 {
            got.push(aw(q.get()).await.unwrap());
        }
        assert_eq!(got, vec![0, 1, 2, 3, 4]);
        assert!(q.empty());
    });
}

#[test]
fn nowait_operations_report_full_and_empty() {
    let q = Queue::new(2);
    assert_eq!(q.get_nowait(), Err(GetNowaitError::Empty));
    assert_eq!(q.put_nowait("a"), Ok(()));
    assert_eq!(q.put_nowait("b"), Ok(()));
    assert!(q.full());
    let err = q.put_nowait("c").unwrap_err();
    assert_eq!(err.into_inner(), "c", "the value comes back");
    assert!(matches!(q.put_nowait("d"), Err(PutNowaitError::Full("d"))));
    assert_eq!(q.get_nowait(), Ok("a"));
    assert_eq!(q.get_nowait(), Ok("b"));
    assert_eq!(q.get_nowait(), Err(GetNowaitError::Empty));
}

#[test]
fn get_waits_for_a_put() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let q = Queue::new(0);
            let consumer = {
                let q = q.clone();
                let log = log.clone();
                spawn(from_future(async move {
                    log.push("waiting");
                    let v: i32 = aw(q.get()).await.unwrap();
                    log.push(format!("got {v}"));
                }))
            };
            aw(sleep(5 * MS)).await;
            log.push("putting");
            q.put_nowait(42).unwrap();
            aw(consumer).await.unwrap();
        }
    });
    assert_eq!(log.take(), strings(&["waiting", "putting", "got 42"]));
}

#[test]
fn a_bounded_queue_applies_backpressure_to_put() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let q = Queue::new(2);
            let producer = {
                let q = q.clone();
                let log = log.clone();
                spawn(from_future(async move {
                    for i in 0..5 {
                        aw(q.put(i)).await.unwrap();
                        log.push(format!("put {i}"));
                    }
                }))
            };
            aw(sleep(10 * MS)).await;
            assert_eq!(
                log.snapshot(),
                strings(&["put 0", "put 1"]),
                "blocked when full"
            );
            assert_eq!(q.qsize(), 2);
            for expected in 0..5 {
                assert_eq!(aw(q.get()).await.unwrap(), expected);
                log.push(format!("get {expected}"));
                aw(sleep(MS)).await;
                assert!(q.qsize() <= 2);
            }
            aw(producer).await.unwrap();
        }
    });
    let events = log.take();
    assert_eq!(events.len(), 10);
    assert_eq!(&events[..2], &strings(&["put 0", "put 1"])[..]);
    // `put 2` only completes after the first get made room.
    let get0 = events.iter().position(|e| e == "get 0").unwrap();
    let put2 = events.iter().position(|e| e == "put 2").unwrap();
    assert!(put2 > get0, "{events:?}");
}

#[test]
fn join_waits_until_every_item_is_marked_done() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let q = Queue::new(0);
            for i in 0..3 {
                q.put_nowait(i).unwrap();
            }
            let workers: Vec<_> = (0..2)
                .map(|w| {
                    let q = q.clone();
                    let log = log.clone();
                    spawn(from_future(async move {
                        loop {
                            let item: i32 = aw(q.get()).await.unwrap();
                            aw(sleep(5 * MS)).await;
                            log.push(format!("done {item} by {w}"));
                            q.task_done();
                        }
                    }))
                })
                .collect();
            aw(q.join()).await;
            log.push("joined");
            for w in &workers {
                assert!(w.cancel(), "workers wait forever in get");
            }
            // An empty, fully processed queue joins at once.
            aw(q.join()).await;
        }
    });
    let events = log.take();
    assert_eq!(events.len(), 4);
    assert_eq!(events.last().unwrap(), "joined");
}

#[test]
#[should_panic(expected = "task_done() called too many times")]
fn task_done_without_items_panics() {
    let q: Queue<u8> = Queue::new(0);
    q.task_done();
}

#[test]
fn a_cancelled_getter_does_not_swallow_an_item() {
    block_on(async {
        let q = Queue::new(0);
        let first = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await.unwrap() }))
        };
        let second = {
            let q = q.clone();
            spawn(from_future(async move { aw(q.get()).await.unwrap() }))
        };
        aw(sleep(2 * MS)).await;
        q.put_nowait(1).unwrap(); // notifies `first`
        first.cancel(); // before it ran: the wake-up passes to `second`
        assert_eq!(aw(second).await, Ok(1));
    });
}

#[test]
fn lock_excludes_and_hands_over_in_fifo_order() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let lock = Lock::new();
            let held = aw(lock.lock()).await;
            assert!(lock.locked());
            let waiters: Vec<_> = ["b", "c", "d"]
                .into_iter()
                .map(|name| {
                    let lock = lock.clone();
                    let log = log.clone();
                    spawn(from_future(async move {
                        let _guard = aw(lock.lock()).await;
                        log.push(format!("{name} in"));
                        aw(sleep(2 * MS)).await;
                        log.push(format!("{name} out"));
                    }))
                })
                .collect();
            aw(sleep(5 * MS)).await; // all three are queued now
            drop(held);
            assert!(lock.locked(), "handed straight to the first waiter");
            assert!(lock.try_lock().is_none(), "a newcomer cannot overtake");
            for w in waiters {
                aw(w).await.unwrap();
            }
            assert!(!lock.locked());
            assert!(lock.try_lock().is_some());
        }
    });
    assert_eq!(
        log.take(),
        strings(&["b in", "b out", "c in", "c out", "d in", "d out"])
    );
}

#[test]
fn a_cancelled_lock_waiter_gives_its_turn_to_the_next() {
    block_on(async {
        let lock = Lock::new();
        let held = aw(lock.lock()).await;
        let first = {
            let lock = lock.clone();
            spawn(from_future(async move {
                let _g = aw(lock.lock()).await;
                "first"
            }))
        };
        let second = {
            let lock = lock.clone();
            spawn(from_future(async move {
                let _g = aw(lock.lock()).await;
                "second"
            }))
        };
        aw(sleep(2 * MS)).await;
        drop(held); // granted to `first`...
        first.cancel(); // ...which is dropped before it ran
        assert_eq!(aw(second).await, Ok("second"));
        assert!(!lock.locked());
    });
}

#[test]
fn semaphore_limits_concurrency() {
    block_on(async {
        let sem = Semaphore::new(3);
        let inside = Rc::new(Cell::new(0));
        let peak = Rc::new(Cell::new(0));
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let sem = sem.clone();
                let inside = inside.clone();
                let peak = peak.clone();
                spawn(from_future(async move {
                    let _permit = aw(sem.acquire()).await;
                    inside.set(inside.get() + 1);
                    peak.set(peak.get().max(inside.get()));
                    aw(sleep(3 * MS)).await;
                    inside.set(inside.get() - 1);
                }))
            })
            .collect();
        for r in aw(gather(tasks)).await {
            r.unwrap();
        }
        assert_eq!(peak.get(), 3);
        assert_eq!(sem.available_permits(), 3);
    });
}

#[test]
fn semaphore_permits_go_to_waiters_in_order() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let sem = Semaphore::new(1);
            let permit = sem.try_acquire().unwrap();
            assert!(sem.locked());
            let tasks: Vec<_> = (0..4)
                .map(|i| {
                    let sem = sem.clone();
                    let log = log.clone();
                    spawn(from_future(async move {
                        let _p = aw(sem.acquire()).await;
                        log.push(format!("{i}"));
                        aw(sleep(MS)).await;
                    }))
                })
                .collect();
            aw(sleep(3 * MS)).await;
            drop(permit);
            assert!(sem.try_acquire().is_none(), "granted to the first waiter");
            for t in tasks {
                aw(t).await.unwrap();
            }
        }
    });
    assert_eq!(log.take(), strings(&["0", "1", "2", "3"]));
}

#[test]
fn event_wakes_every_waiter_and_stays_set_until_cleared() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let event = Event::new();
            assert!(!event.is_set());
            let waiters: Vec<_> = (0..3)
                .map(|i| {
                    let event = event.clone();
                    let log = log.clone();
                    spawn(from_future(async move {
                        aw(event.wait()).await;
                        log.push(format!("woke {i}"));
                    }))
                })
                .collect();
            aw(sleep(5 * MS)).await;
            assert!(log.snapshot().is_empty(), "nobody passes an unset event");
            log.push("set");
            event.set();
            event.clear(); // waiters woken by `set` still complete
            for w in waiters {
                aw(w).await.unwrap();
            }
            assert!(!event.is_set());
            let blocked = aw(wait_for(event.wait(), 10 * MS)).await;
            assert!(blocked.is_err(), "a cleared event blocks again");
            event.set();
            aw(event.wait()).await; // set: completes at once
        }
    });
    assert_eq!(log.take(), strings(&["set", "woke 0", "woke 1", "woke 2"]));
}

#[test]
fn lock_acquire_is_pythons_name_for_lock() {
    let lock = coro_runtime::Lock::new();
    let held = coro_runtime::run(coro_runtime::from_future({
        let lock = lock.clone();
        async move {
            use coro_runtime::AwaitableExt;
            let guard = lock.acquire().into_std_future().await;
            let held = lock.locked();
            drop(guard);
            held
        }
    }));
    assert!(held, "acquire() takes the lock");
    assert!(!lock.locked(), "dropping the guard releases it");
}
