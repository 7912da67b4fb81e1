//! Deadlines: `timeout` / `timeout_at` scopes (asyncio 3.11's
//! `asyncio.timeout`), `sleep_until`, `interval` and the loop clock.
//! Timing bounds are generous: only "never early" is strict.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{
    AsyncIteratorExt, MissedTickBehavior, TimeoutError, from_future, interval, interval_at, sleep,
    sleep_until, spawn, time, timeout, timeout_at,
};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);
const SLACK: Duration = Duration::from_secs(2);

#[test]
fn timeout_returns_the_output_of_work_that_finishes_in_time() {
    block_on(async {
        let scope = timeout(
            500 * MS,
            from_future(async {
                aw(sleep(5 * MS)).await;
                7
            }),
        );
        let handle = scope.handle();
        assert_eq!(aw(scope).await, Ok(7));
        assert!(
            !handle.expired(),
            "asyncio: expired() is false when the body finished"
        );
    });
}

#[test]
fn timeout_cancels_the_work_at_the_deadline_and_raises_timeout_error() {
    // asyncio.timeout: "If the long running operation takes more than the
    // delay, it is cancelled and TimeoutError is raised."
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let start = Instant::now();
            let scope = timeout(20 * MS, {
                let log = log.clone();
                from_future(async move {
                    let _guard = log.guard("work");
                    log.push("started");
                    aw(sleep(Duration::from_secs(30))).await;
                    log.push("finished");
                })
            });
            let handle = scope.handle();
            let result = aw(scope).await;
            log.push("scope done");
            let took = start.elapsed();
            assert_eq!(result, Err(TimeoutError));
            assert!(handle.expired());
            assert!(took >= 20 * MS, "expired early, after {took:?}");
            assert!(took < 20 * MS + SLACK, "expired late, after {took:?}");
        }
    });
    assert_eq!(
        log.take(),
        strings(&["started", "dropped work", "scope done"])
    );
}

#[test]
fn a_zero_timeout_lets_the_work_run_to_its_first_suspension() {
    // asyncio.timeout(0): the body runs until its first await, where the
    // cancellation is delivered; a body that never suspends completes.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let quick = aw(timeout(Duration::ZERO, from_future(async { 1 }))).await;
            assert_eq!(quick, Ok(1));
            let slow = aw(timeout(Duration::ZERO, {
                let log = log.clone();
                from_future(async move {
                    log.push("before await");
                    aw(sleep(MS)).await;
                    log.push("after await");
                })
            }))
            .await;
            assert_eq!(slow, Err(TimeoutError));
        }
    });
    assert_eq!(log.take(), strings(&["before await"]));
}

#[test]
fn timeout_at_a_past_deadline_still_lets_ready_work_win() {
    block_on(async {
        let past = time() - 10 * MS;
        assert_eq!(
            aw(timeout_at(past, from_future(async { "ok" }))).await,
            Ok("ok")
        );
        let result = aw(timeout_at(past, sleep(Duration::from_secs(30)))).await;
        assert_eq!(result, Err(TimeoutError));
    });
}

#[test]
fn the_deadline_is_fixed_at_the_first_resume() {
    block_on(async {
        let scope = timeout(100 * MS, sleep(5 * MS));
        let handle = scope.handle();
        assert_eq!(
            handle.when(),
            None,
            "a relative timeout starts when awaited"
        );
        let before = Instant::now();
        let task = spawn(scope);
        aw(sleep(MS)).await; // the task started
        let when = handle.when().expect("deadline set at the first resume");
        assert!(
            when >= before + 100 * MS,
            "the clock started before the first resume"
        );
        assert!(when <= Instant::now() + 100 * MS, "the clock started late");
        assert_eq!(aw(task).await.unwrap(), Ok(()));
    });
}

#[test]
fn reschedule_later_extends_the_deadline() {
    // asyncio.Timeout.reschedule(when): the new deadline replaces the old.
    block_on(async {
        let scope = timeout(
            200 * MS,
            from_future(async {
                aw(sleep(300 * MS)).await;
                "slow but allowed"
            }),
        );
        let handle = scope.handle();
        let task = spawn(scope);
        aw(sleep(Duration::ZERO)).await; // the scope started and armed its timer
        assert!(handle.when().is_some());
        handle.reschedule(Some(time() + Duration::from_secs(10)));
        assert_eq!(aw(task).await.unwrap(), Ok("slow but allowed"));
        assert!(!handle.expired());
    });
}

#[test]
fn reschedule_earlier_expires_sooner() {
    block_on(async {
        let start = Instant::now();
        let scope = timeout(Duration::from_secs(30), sleep(Duration::from_secs(30)));
        let handle = scope.handle();
        let task = spawn(scope);
        aw(sleep(5 * MS)).await;
        let new_deadline = time() + 20 * MS;
        handle.reschedule(Some(new_deadline));
        assert_eq!(aw(task).await.unwrap(), Err(TimeoutError));
        assert!(
            Instant::now() >= new_deadline,
            "expired before the new deadline"
        );
        assert!(start.elapsed() < SLACK);
        assert!(handle.expired());
    });
}

#[test]
fn reschedule_none_removes_the_deadline_and_timeout_at_none_has_none() {
    block_on(async {
        let scope = timeout(10 * MS, sleep(40 * MS));
        let handle = scope.handle();
        handle.reschedule(None); // before the first resume: replaces the delay
        assert_eq!(aw(scope).await, Ok(()));

        // asyncio.timeout(None), then cm.reschedule(...) from elsewhere.
        let scope = timeout_at(None, sleep(Duration::from_secs(30)));
        let handle = scope.handle();
        let task = spawn(scope);
        aw(sleep(20 * MS)).await;
        assert!(!task.is_done(), "no deadline: still running");
        handle.reschedule(Some(time()));
        assert_eq!(aw(task).await.unwrap(), Err(TimeoutError));
    });
}

#[test]
fn reschedule_after_completion_has_no_effect() {
    block_on(async {
        let scope = timeout(100 * MS, from_future(async { 3 }));
        let handle = scope.handle();
        assert_eq!(aw(scope).await, Ok(3));
        let when = handle.when();
        handle.reschedule(Some(time()));
        assert_eq!(handle.when(), when);
        assert!(!handle.expired());
    });
}

#[test]
fn cancelling_the_task_awaiting_a_timeout_drops_the_work() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let task = spawn(timeout(Duration::from_secs(30), {
                let log = log.clone();
                from_future(async move {
                    let _guard = log.guard("work");
                    aw(sleep(Duration::from_secs(30))).await;
                })
            }));
            aw(sleep(5 * MS)).await;
            assert!(task.cancel());
            assert!(aw(task).await.unwrap_err().is_cancelled());
            // The disarmed timers do not keep the loop alive or wake anyone.
            aw(sleep(5 * MS)).await;
        }
    });
    assert_eq!(log.take(), strings(&["dropped work"]));
}

#[test]
fn nested_timeouts_the_inner_one_fires_first() {
    block_on(async {
        let inner = timeout(10 * MS, sleep(Duration::from_secs(30)));
        let outer = timeout(Duration::from_secs(30), inner);
        assert_eq!(aw(outer).await, Ok(Err(TimeoutError)));
        let inner = timeout(Duration::from_secs(30), sleep(Duration::from_secs(30)));
        let outer = timeout(10 * MS, inner);
        assert_eq!(aw(outer).await, Err(TimeoutError));
    });
}

#[test]
fn sleep_until_never_completes_early_and_a_past_deadline_is_immediate() {
    block_on(async {
        for ms in [0u64, 1, 5, 20] {
            let deadline = time() + Duration::from_millis(ms);
            aw(sleep_until(deadline)).await;
            let now = Instant::now();
            assert!(now >= deadline, "woke {:?} early", deadline - now);
            assert!(now < deadline + SLACK);
        }
        let start = Instant::now();
        aw(sleep_until(start - 50 * MS)).await;
        assert!(start.elapsed() < SLACK);
    });
}

#[test]
fn sleep_reset_moves_the_deadline() {
    block_on(async {
        let start = Instant::now();
        let mut s = sleep(Duration::from_secs(30));
        s.reset(start + 15 * MS);
        assert_eq!(s.deadline(), Some(start + 15 * MS));
        aw(&mut s).await;
        assert!(start.elapsed() >= 15 * MS);
        assert!(start.elapsed() < SLACK);
        let again = Instant::now() + 5 * MS;
        s.reset(again); // a completed sleep can be reused
        aw(&mut s).await;
        assert!(Instant::now() >= again);
        assert!(again.elapsed() < SLACK);
    });
}

#[test]
fn the_loop_clock_is_monotonic_and_is_the_timers_clock() {
    let a = time();
    let b = time();
    assert!(b >= a);
    block_on(async {
        let before = time();
        aw(sleep(5 * MS)).await;
        assert!(time() - before >= 5 * MS);
    });
}

#[test]
fn interval_ticks_on_a_grid_starting_at_once() {
    block_on(async {
        let start = Instant::now();
        let mut ticks = interval(10 * MS);
        // Burst: a tick made late by a loaded machine still reports its own
        // grid point (Skip, the default, would jump ahead).
        ticks.set_missed_tick_behavior(MissedTickBehavior::Burst);
        assert_eq!(ticks.period(), 10 * MS);
        let first = aw(ticks.tick()).await;
        assert!(
            first >= start && first.duration_since(start) < 5 * MS,
            "first tick at once"
        );
        for k in 1..5u32 {
            let scheduled = aw(ticks.tick()).await;
            assert_eq!(scheduled, first + 10 * MS * k, "tick {k} is on the grid");
            assert!(Instant::now() >= scheduled, "tick {k} completed early");
        }
        assert!(start.elapsed() < SLACK);
    });
}

#[test]
fn interval_at_starts_at_the_given_instant_and_iterates() {
    block_on(async {
        let start = time() + 15 * MS;
        let mut ticks = interval_at(start, 5 * MS);
        ticks.set_missed_tick_behavior(MissedTickBehavior::Burst); // see above
        let got = aw(ticks.next()).await;
        assert_eq!(got, Some(start));
        assert!(Instant::now() >= start);
        assert_eq!(aw(ticks.next()).await, Some(start + 5 * MS));
        assert_eq!(ticks.next_tick(), start + 10 * MS);
    });
}

/// Ticks once, blocks the thread for 3.5 periods, then ticks twice more.
fn after_a_stall(behavior: MissedTickBehavior) -> (Instant, Instant, Vec<Instant>) {
    block_on(async move {
        let period = 20 * MS;
        let mut ticks = interval(period);
        ticks.set_missed_tick_behavior(behavior);
        assert_eq!(ticks.missed_tick_behavior(), behavior);
        let first = aw(ticks.tick()).await;
        std::thread::sleep(period * 7 / 2); // the loop is blocked: ticks are missed
        let resumed = Instant::now();
        let mut got = Vec::new();
        for _ in 0..2 {
            got.push(aw(ticks.tick()).await);
        }
        (first, resumed, got)
    })
}

#[test]
fn interval_skip_drops_missed_ticks_and_stays_on_the_grid() {
    let (first, resumed, got) = after_a_stall(MissedTickBehavior::Skip);
    let period = 20 * MS;
    // The late tick fires at once, with its scheduled instant ...
    assert_eq!(got[0], first + period);
    // ... then the next is the first grid point after it fired.
    assert!(got[1] > resumed, "a skipped tick was fired");
    let offset = got[1] - first;
    assert_eq!(
        offset.as_nanos() % period.as_nanos(),
        0,
        "off the grid: {offset:?}"
    );
    assert!(offset >= 4 * period);
}

#[test]
fn interval_burst_fires_missed_ticks_back_to_back() {
    let (first, resumed, got) = after_a_stall(MissedTickBehavior::Burst);
    let period = 20 * MS;
    assert_eq!(got, vec![first + period, first + 2 * period]);
    assert!(
        got[1] < resumed,
        "the second tick was a missed one, fired late"
    );
}

#[test]
fn interval_delay_starts_a_new_grid_after_a_late_tick() {
    let (first, resumed, got) = after_a_stall(MissedTickBehavior::Delay);
    let period = 20 * MS;
    assert_eq!(got[0], first + period);
    assert!(
        got[1] >= resumed + period,
        "the next tick is a period after the late one"
    );
    assert!(got[1] < resumed + period + SLACK);
}

#[test]
#[should_panic(expected = "interval period must be non-zero")]
fn a_zero_interval_period_panics() {
    let _ = interval(Duration::ZERO);
}

#[test]
fn an_interval_tick_dropped_while_waiting_loses_no_tick() {
    block_on(async {
        // A long period: the timeout must fire well before the tick.
        let mut ticks = interval(200 * MS);
        let first = aw(ticks.tick()).await;
        let raced = aw(timeout(2 * MS, ticks.tick())).await;
        assert_eq!(raced, Err(TimeoutError));
        assert_eq!(aw(ticks.tick()).await, first + 200 * MS);
    });
}
