//! `gather!`, `gather` and `as_completed`.

mod common;

use common::{Log, aw, block_on, strings};
use coro_runtime::{Event, TaskError, as_completed, from_future, gather, sleep, spawn};
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

fn after(
    log: &Log,
    ms: u64,
    value: &'static str,
) -> coro_runtime::FromFuture<impl Future<Output = &'static str> + use<>> {
    let log = log.clone();
    from_future(async move {
        aw(sleep(Duration::from_millis(ms))).await;
        log.push(value);
        value
    })
}

/// `value` after `after` is set (and a sleep), then sets `then`.
fn chained(
    log: &Log,
    after: Option<&Event>,
    then: Option<&Event>,
    value: &'static str,
) -> coro_runtime::FromFuture<impl Future<Output = &'static str> + use<>> {
    let (log, after, then) = (log.clone(), after.cloned(), then.cloned());
    from_future(async move {
        if let Some(after) = after {
            aw(after.wait()).await;
        }
        aw(sleep(MS)).await;
        log.push(value);
        if let Some(then) = then {
            then.set();
        }
        value
    })
}

#[test]
fn gather_macro_gives_a_tuple_in_argument_order() {
    let log = Log::default();
    let out = block_on({
        let log = log.clone();
        async move {
            let number = from_future(async {
                aw(sleep(5 * MS)).await;
                2
            });
            aw(coro_runtime::gather!(
                after(&log, 30, "slow"),
                number,
                after(&log, 10, "fast")
            ))
            .await
        }
    });
    assert_eq!(out, ("slow", 2, "fast"));
    assert_eq!(
        log.take(),
        strings(&["fast", "slow"]),
        "children ran concurrently"
    );
}

#[test]
fn gather_vec_gives_outputs_in_argument_order() {
    let log = Log::default();
    let out = block_on({
        let log = log.clone();
        async move {
            let children = vec![
                after(&log, 30, "a"),
                after(&log, 10, "b"),
                after(&log, 20, "c"),
            ];
            aw(gather(children)).await
        }
    });
    assert_eq!(out, vec!["a", "b", "c"]);
    assert_eq!(log.take(), strings(&["b", "c", "a"]));
}

#[test]
fn gather_of_nothing_is_empty() {
    let out: Vec<()> = block_on(async { aw(gather(Vec::<coro_runtime::Sleep>::new())).await });
    assert!(out.is_empty());
}

#[test]
fn gather_of_tasks_reports_cancelled_and_panicked_children_in_their_slots() {
    let results = block_on(async {
        let ok = spawn(from_future(async {
            aw(sleep(5 * MS)).await;
            1
        }));
        let panicked = spawn(from_future(async {
            aw(sleep(MS)).await;
            if true {
                panic!("child failed");
            }
            2
        }));
        let cancelled = spawn(from_future(async {
            aw(sleep(Duration::from_secs(60))).await;
            3
        }));
        cancelled.cancel();
        aw(gather(vec![ok, panicked, cancelled])).await
    });
    assert_eq!(
        results,
        vec![
            Ok(1),
            Err(TaskError::Panicked("child failed".into())),
            Err(TaskError::Cancelled)
        ]
    );
}

#[test]
fn dropping_a_gather_drops_its_unfinished_children() {
    let log = Log::default();
    block_on({
        let log = log.clone();
        async move {
            let child = |name: &'static str, ms: u64| {
                let log = log.clone();
                from_future(async move {
                    let _g = log.guard(name);
                    aw(sleep(Duration::from_millis(ms))).await;
                })
            };
            let g = coro_runtime::gather!(child("quick", 1), child("stuck", 60_000));
            let result = aw(coro_runtime::wait_for(g, 20 * MS)).await;
            assert!(result.is_err());
        }
    });
    assert_eq!(log.take(), strings(&["dropped quick", "dropped stuck"]));
}

#[test]
fn as_completed_yields_in_completion_order() {
    let log = Log::default();
    let order = block_on({
        let log = log.clone();
        async move {
            // Completion order set by events, not by timers (a loaded
            // machine can stall between the children's first polls).
            let (ten_done, twenty_done) = (Event::new(), Event::new());
            let results = as_completed(vec![
                chained(&log, Some(&twenty_done), None, "thirty"),
                chained(&log, None, Some(&ten_done), "ten"),
                chained(&log, Some(&ten_done), Some(&twenty_done), "twenty"),
            ]);
            assert_eq!(results.len(), 3);
            let mut order = Vec::new();
            while let Some(value) = aw(results.next()).await {
                order.push(value);
            }
            assert!(results.is_empty());
            assert_eq!(aw(results.next()).await, None);
            order
        }
    });
    assert_eq!(order, vec!["ten", "twenty", "thirty"]);
}

#[test]
fn as_completed_over_tasks_gives_their_results() {
    // Completion order is set by events, not by timers (a loaded machine
    // can stall between the first polls of timed tasks): 5, then 10, then
    // 20, spawned as 20, 5, 10.
    let order = block_on(async {
        let five_done = Event::new();
        let ten_done = Event::new();
        let task = |value: u64, after: Option<Event>, then: Option<Event>| {
            spawn(from_future(async move {
                if let Some(after) = after {
                    aw(after.wait()).await;
                }
                aw(sleep(MS)).await;
                if let Some(then) = then {
                    then.set();
                }
                value
            }))
        };
        let tasks = vec![
            task(20, Some(ten_done.clone()), None),
            task(5, None, Some(five_done.clone())),
            task(10, Some(five_done), Some(ten_done)),
        ];
        let results = as_completed(tasks);
        let mut order = Vec::new();
        while let Some(result) = aw(results.next()).await {
            order.push(result.unwrap());
        }
        order
    });
    assert_eq!(order, vec![5, 10, 20]);
}
