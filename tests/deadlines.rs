//! Deadlines from coroutines: `timeout`, `interval` (a `&mut` borrow held
//! across `.await`) and `sleep_until` inside `#[coro::coroutine]` fns.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);

#[coro::coroutine]
fn slow_worker(log: Rc<RefCell<Vec<String>>>) -> u32 {
    let _guard = Guard(log.clone());
    log.borrow_mut().push("start".into());
    coro::sleep(Duration::from_secs(30)).await;
    log.borrow_mut().push("unreachable".into());
    1
}

struct Guard(Rc<RefCell<Vec<String>>>);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.borrow_mut().push("cleanup".into());
    }
}

#[coro::coroutine]
fn ticker(n: u32, period: Duration) -> Vec<Instant> {
    let mut ticks = coro::interval(period);
    // Every tick reports its own grid point, even one made late by a loaded
    // machine (the default, Skip, would jump ahead).
    ticks.set_missed_tick_behavior(coro::MissedTickBehavior::Burst);
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(ticks.tick().await);
    }
    out
}

#[coro::coroutine]
fn main_with_timeout(log: Rc<RefCell<Vec<String>>>) -> (Result<u32, coro::TimeoutError>, bool) {
    let scope = coro::timeout(10 * MS, slow_worker(log.clone()));
    let handle = scope.handle();
    let result = scope.await;
    log.borrow_mut().push("after scope".into());
    (result, handle.expired())
}

#[test]
fn a_timeout_around_a_coroutine_cancels_it_and_runs_its_destructors() {
    // asyncio.timeout: the body is cancelled and TimeoutError raised.
    let log = Rc::new(RefCell::new(Vec::new()));
    let (result, expired) = coro::run(main_with_timeout(log.clone()));
    assert_eq!(result, Err(coro::TimeoutError));
    assert!(expired);
    assert_eq!(*log.borrow(), ["start", "cleanup", "after scope"]);
}

#[test]
fn an_interval_ticks_on_its_grid_inside_a_coroutine() {
    let ticks = coro::run(ticker(4, 5 * MS));
    assert_eq!(ticks.len(), 4);
    for (k, pair) in ticks.windows(2).enumerate() {
        assert_eq!(pair[1] - pair[0], 5 * MS, "tick {} off the grid", k + 1);
    }
}

#[coro::coroutine]
fn wake_at(deadline: Instant) -> Instant {
    coro::sleep_until(deadline).await;
    coro::time()
}

#[test]
fn sleep_until_from_a_coroutine_never_wakes_early() {
    let deadline = Instant::now() + 15 * MS;
    let woke = coro::run(wake_at(deadline));
    assert!(woke >= deadline);
}
