//! The task-model primitives used from `#[coro::coroutine]` fns: a consumer
//! loop over a shut-down queue, a condition guard moved through `wait`, a
//! barrier, and a one-shot future.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

#[coro::coroutine]
fn consumer(q: coro::Queue<u32>, seen: Rc<RefCell<Vec<u32>>>) -> usize {
    let mut n = 0;
    while let Ok(item) = q.get().await {
        seen.borrow_mut().push(item);
        n += 1;
        q.task_done();
    }
    n
}

#[coro::coroutine]
fn produce_then_shutdown() -> (usize, usize, Vec<u32>) {
    let q = coro::Queue::new(2);
    let seen = Rc::new(RefCell::new(Vec::new()));
    let a = coro::spawn(consumer(q.clone(), seen.clone()));
    let b = coro::spawn(consumer(q.clone(), seen.clone()));
    for i in 0..10 {
        q.put(i).await.unwrap();
    }
    q.shutdown(false);
    let na = a.await.unwrap();
    let nb = b.await.unwrap();
    let mut all = seen.borrow().clone();
    all.sort();
    (na, nb, all)
}

#[test]
fn consumers_stop_when_the_queue_is_shut_down_and_drained() {
    let (na, nb, all) = coro::run(produce_then_shutdown());
    assert_eq!(na + nb, 10);
    assert!(na > 0 && nb > 0, "both consumers worked: {na} + {nb}");
    assert_eq!(all, (0..10).collect::<Vec<_>>());
}

#[coro::coroutine]
fn wait_until(cond: coro::Condition, level: Rc<Cell<u32>>, target: u32) -> u32 {
    let mut guard = cond.acquire().await;
    while level.get() < target {
        guard = cond.wait(guard).await;
    }
    let seen = level.get();
    drop(guard);
    seen
}

#[coro::coroutine]
fn raise_level(cond: coro::Condition, level: Rc<Cell<u32>>) {
    for _ in 0..5 {
        coro::sleep(Duration::from_millis(1)).await;
        let _guard = cond.acquire().await;
        level.set(level.get() + 1);
        cond.notify_all();
    }
}

#[coro::coroutine]
fn condition_main() -> (u32, u32) {
    let cond = coro::Condition::new();
    let level = Rc::new(Cell::new(0));
    let low = coro::spawn(wait_until(cond.clone(), level.clone(), 2));
    let high = coro::spawn(wait_until(cond.clone(), level.clone(), 5));
    raise_level(cond, level).await;
    (low.await.unwrap(), high.await.unwrap())
}

#[test]
fn a_condition_guard_moves_through_wait_in_a_coroutine() {
    let (low, high) = coro::run(condition_main());
    assert!((2..=5).contains(&low), "low woke at {low}");
    assert_eq!(high, 5);
}

#[coro::coroutine]
fn party(barrier: coro::Barrier, fut: coro::Future<u32>) -> (usize, u32) {
    let index = barrier.wait().await.unwrap();
    let value = fut.await.unwrap();
    (index, value)
}

#[coro::coroutine]
fn barrier_and_future_main() -> Vec<(usize, u32)> {
    let barrier = coro::Barrier::new(3);
    let fut = coro::Future::new();
    let tasks: Vec<_> = (0..3)
        .map(|_| coro::spawn(party(barrier.clone(), fut.clone())))
        .collect();
    coro::sleep(Duration::from_millis(2)).await;
    fut.set_result(42).unwrap();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out.sort();
    out
}

#[test]
fn a_barrier_and_a_future_from_coroutines() {
    assert_eq!(
        coro::run(barrier_and_future_main()),
        vec![(0, 42), (1, 42), (2, 42)]
    );
}

thread_local! {
    static DROPPED: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records its label when dropped: a cancelled loser drops it.
struct DropLog(u64);

impl Drop for DropLog {
    fn drop(&mut self) {
        DROPPED.with(|d| d.borrow_mut().push(self.0));
    }
}

#[coro::coroutine]
fn slow_label(ms: u64, label: &'static str) -> &'static str {
    let _log = DropLog(ms);
    coro::sleep(std::time::Duration::from_millis(ms)).await;
    label
}

#[coro::coroutine]
fn slow_number(ms: u64) -> u64 {
    let _log = DropLog(ms);
    coro::sleep(std::time::Duration::from_millis(ms)).await;
    ms
}

#[coro::coroutine]
fn races() -> (
    coro::Either<&'static str, u64>,
    coro::Either<&'static str, u64>,
) {
    let first = coro::race(slow_label(5, "label"), slow_number(10_000)).await;
    let cancelled_first = DROPPED.with(|d| d.borrow().contains(&10_000));
    assert!(
        cancelled_first,
        "the loser is dropped before race completes"
    );
    let second = coro::race(slow_label(20_000, "label"), slow_number(5)).await;
    (first, second)
}

#[test]
fn race_gives_the_first_to_finish_and_cancels_the_other() {
    let (first, second) = coro::run(races());
    assert_eq!(first, coro::Either::Left("label"));
    assert_eq!(second, coro::Either::Right(5));
    let dropped = DROPPED.with(|d| d.borrow().clone());
    assert_eq!(dropped, vec![5, 10_000, 5, 20_000]);
}
