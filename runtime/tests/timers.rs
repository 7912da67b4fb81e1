//! `sleep` and `wait_for`: timers never fire early and fire in deadline order.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{TimeoutError, from_future, sleep, sleep_until, spawn, wait_for};
use std::time::{Duration, Instant};

const MS: Duration = Duration::from_millis(1);

#[test]
fn a_sleep_never_completes_early() {
    block_on(async {
        for d in [1, 2, 5, 10, 25, 50] {
            let d = d * MS;
            let start = Instant::now();
            aw(sleep(d)).await;
            let took = start.elapsed();
            assert!(took >= d, "sleep({d:?}) woke after {took:?}");
            assert!(
                took < d + Duration::from_secs(2),
                "sleep({d:?}) took {took:?}"
            );
        }
    });
}

#[test]
fn many_concurrent_sleeps_never_complete_early() {
    block_on(async {
        let tasks: Vec<_> = (0..200u64)
            .map(|i| {
                spawn(from_future(async move {
                    let d = Duration::from_micros(i * 137 % 20_000);
                    let start = Instant::now();
                    aw(sleep(d)).await;
                    start.elapsed() >= d
                }))
            })
            .collect();
        for task in tasks {
            assert!(aw(task).await.unwrap());
        }
    });
}

#[test]
fn timers_fire_in_deadline_order() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let tasks: Vec<_> = [30u64, 10, 20, 0, 40]
                .into_iter()
                .map(|ms| {
                    let log = log.clone();
                    spawn(from_future(async move {
                        aw(sleep(Duration::from_millis(ms))).await;
                        log.push(format!("{ms}"));
                    }))
                })
                .collect();
            for task in tasks {
                aw(task).await.unwrap();
            }
        }
    });
    assert_eq!(log.take(), strings(&["0", "10", "20", "30", "40"]));
}

#[test]
fn equal_sleeps_wake_in_the_order_they_started() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let tasks: Vec<_> = (0..10)
                .map(|i| {
                    let log = log.clone();
                    spawn(from_future(async move {
                        aw(sleep(10 * MS)).await;
                        log.push(format!("{i}"));
                    }))
                })
                .collect();
            for task in tasks {
                aw(task).await.unwrap();
            }
        }
    });
    let expected: Vec<String> = (0..10).map(|i| i.to_string()).collect();
    assert_eq!(log.take(), expected);
}

#[test]
fn the_clock_of_a_sleep_starts_when_it_is_first_awaited() {
    block_on(async {
        let pending = sleep(20 * MS);
        aw(sleep(30 * MS)).await;
        let start = Instant::now();
        aw(pending).await;
        assert!(start.elapsed() >= 20 * MS);
    });
}

#[test]
fn wait_for_returns_the_output_when_in_time() {
    block_on(async {
        let fast = from_future(async {
            aw(sleep(2 * MS)).await;
            7
        });
        assert_eq!(aw(wait_for(fast, Duration::from_secs(5))).await, Ok(7));
        // The timer of the finished wait_for is gone: the loop does not wait
        // for it (the whole test would take 5 s otherwise, bounded below).
    });
}

#[test]
fn wait_for_times_out_and_drops_the_inner_awaitable() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let slow = {
                let log = log.clone();
                from_future(async move {
                    let _g = log.guard("slow");
                    aw(sleep(Duration::from_secs(60))).await;
                    log.push("slow finished");
                    1
                })
            };
            let start = Instant::now();
            let result = aw(wait_for(slow, 20 * MS)).await;
            assert_eq!(result, Err(TimeoutError));
            assert!(start.elapsed() >= 20 * MS);
            log.push("timed out");
        }
    });
    assert_eq!(log.take(), strings(&["dropped slow", "timed out"]));
}

#[test]
fn wait_for_with_zero_timeout_gives_ready_work_one_chance() {
    block_on(async {
        let ready = from_future(async { 1 });
        assert_eq!(aw(wait_for(ready, Duration::ZERO)).await, Ok(1));
        let pending = sleep(10 * MS);
        assert_eq!(
            aw(wait_for(pending, Duration::ZERO)).await,
            Err(TimeoutError)
        );
    });
}

#[test]
fn a_finished_wait_for_does_not_keep_the_loop_alive() {
    let start = Instant::now();
    block_on(async {
        let quick = from_future(async { 1 });
        aw(wait_for(quick, Duration::from_secs(30))).await.unwrap();
    });
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn equal_deadlines_fire_in_the_order_they_were_armed() {
    // Truly equal deadlines (one `Instant` shared by many sleeps), three of
    // them interleaved: each group wakes in spawn order, groups in deadline
    // order.
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            // Far enough ahead that every task has armed its sleep before
            // the first deadline, even under valgrind's slowdown.
            let t0 = Instant::now() + 200 * MS;
            let deadlines = [t0 + 10 * MS, t0, t0 + 5 * MS];
            let tasks: Vec<_> = (0..60usize)
                .map(|i| {
                    let log = log.clone();
                    let deadline = deadlines[i % 3];
                    spawn(from_future(async move {
                        aw(sleep_until(deadline)).await;
                        log.push(format!("{i}"));
                    }))
                })
                .collect();
            for task in tasks {
                aw(task).await.unwrap();
            }
        }
    });
    let mut expected: Vec<usize> = (0..60).collect();
    // Group 1 (t0) first, then group 2 (t0 + 5 ms), then group 0.
    expected.sort_by_key(|i| [2, 0, 1][i % 3]);
    let expected: Vec<String> = expected.iter().map(|i| i.to_string()).collect();
    assert_eq!(log.take(), expected);
}

#[test]
fn a_sleep_completing_after_its_timer_fired_leaves_a_reused_slot_armed() {
    // `first` and `second` share a deadline, so one expiry fires both and
    // frees both slots; `first` runs first and arms a new timer in a freed
    // slot; then `second` completes and disarms its fired timer, which must
    // leave the new one armed (else `first` would never wake: the bound
    // below catches that).
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let deadline = Instant::now() + 5 * MS;
            let first = spawn(from_future({
                let log = log.clone();
                async move {
                    aw(sleep_until(deadline)).await;
                    log.push("first fired");
                    for _ in 0..3 {
                        let start = Instant::now();
                        aw(sleep(2 * MS)).await;
                        assert!(start.elapsed() >= 2 * MS);
                    }
                    log.push("first again");
                }
            }));
            let second = spawn(from_future({
                let log = log.clone();
                async move {
                    aw(sleep_until(deadline)).await;
                    log.push("second fired");
                }
            }));
            let both = from_future(async move {
                aw(first).await.unwrap();
                aw(second).await.unwrap();
            });
            aw(wait_for(both, Duration::from_secs(5)))
                .await
                .expect("the re-armed timer never fired");
        }
    });
    assert_eq!(
        log.take(),
        strings(&["first fired", "second fired", "first again"])
    );
}

#[test]
fn a_zero_sleep_yields_once_to_every_ready_task() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let other = spawn(from_future({
                let log = log.clone();
                async move { log.push("other") }
            }));
            log.push("before");
            aw(sleep(Duration::ZERO)).await;
            log.push("after");
            aw(other).await.unwrap();
        }
    });
    assert_eq!(log.take(), strings(&["before", "other", "after"]));
}
