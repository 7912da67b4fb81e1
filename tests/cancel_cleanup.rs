//! Cancellation with awaited cleanup (issue 14): `Task::cancel` is a request
//! that the innermost `coro::finally` scope delivers at the task's next
//! resume; the cleanup may await. Each test cites the asyncio behaviour it
//! mirrors (https://docs.python.org/3/library/asyncio-task.html, "Task
//! Cancellation" and `Task.cancel`, `cancelling`, `uncancel`).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

type Log = Rc<RefCell<Vec<String>>>;

const MS: Duration = Duration::from_millis(1);

fn push(log: &Log, line: impl Into<String>) {
    log.borrow_mut().push(line.into());
}

fn lines(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

/// A cleanup that awaits twice (yields to the loop, then sleeps) before it
/// logs, so it can only finish if the loop keeps resuming it.
#[coro::coroutine]
fn slow_cleanup(log: Log, name: &'static str) {
    push(&log, format!("{name} cleanup starts"));
    coro::sleep(Duration::ZERO).await;
    coro::sleep(MS).await;
    push(&log, format!("{name} cleanup done"));
}

/// A body that sleeps `steps` times for 1 ms, logging each step.
#[coro::coroutine]
fn steps(log: Log, name: &'static str, steps: u32) -> u32 {
    for i in 0..steps {
        push(&log, format!("{name} step {i}"));
        coro::sleep(MS).await;
    }
    push(&log, format!("{name} body done"));
    steps
}

#[coro::coroutine]
fn scoped(log: Log, name: &'static str, n: u32) -> Result<u32, coro::Cancelled> {
    let value = coro::finally(steps(log.clone(), name, n), slow_cleanup(log, name)).await?;
    Ok(value)
}

#[coro::coroutine]
fn cancel_after(
    task: coro::Task<Result<u32, coro::Cancelled>>,
    wait: Duration,
) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, u32) {
    coro::sleep(wait).await;
    task.cancel();
    let cancelling = task.cancelling();
    (task.await, cancelling)
}

#[test]
fn cleanup_that_awaits_runs_after_cancel() {
    // asyncio: "the coroutine then has a chance to clean up ... try/finally";
    // `task.cancel()` raises CancelledError at the next await, `finally`
    // awaits, and awaiting the task raises CancelledError.
    let log: Log = Rc::default();
    let l = log.clone();
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, u32) {
        let task = coro::spawn(scoped(log, "w", 1000));
        cancel_after(task, 5 * MS).await
    }
    let (result, cancelling) = coro::run(main_coroutine(l));
    assert_eq!(result.unwrap_err(), coro::TaskError::Cancelled);
    assert_eq!(cancelling, 1);
    let got = lines(&log);
    assert!(got.len() >= 3, "{got:?}");
    assert_eq!(
        got[got.len() - 2..],
        ["w cleanup starts", "w cleanup done"],
        "{got:?}"
    );
    assert!(!got.contains(&"w body done".to_string()));
}

#[test]
fn cleanup_runs_after_the_body_completes_normally() {
    // `finally` runs on a normal exit too, and the value comes through.
    let log: Log = Rc::default();
    let result = coro::run(scoped(log.clone(), "w", 2));
    assert_eq!(result.unwrap(), 2);
    assert_eq!(
        lines(&log),
        [
            "w step 0",
            "w step 1",
            "w body done",
            "w cleanup starts",
            "w cleanup done"
        ]
    );
}

#[coro::coroutine]
fn nested(log: Log) -> Result<(), coro::Cancelled> {
    coro::finally(inner(log.clone()), slow_cleanup(log, "outer")).await??;
    Ok(())
}

#[coro::coroutine]
fn inner(log: Log) -> Result<(), coro::Cancelled> {
    coro::finally(
        coro::sleep(Duration::from_secs(60)),
        slow_cleanup(log, "inner"),
    )
    .await?;
    Ok(())
}

#[test]
fn nested_scopes_clean_up_innermost_first() {
    // Python: nested try/finally blocks unwind from the innermost out.
    let log: Log = Rc::default();
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> Result<(), coro::TaskError> {
        let task = coro::spawn(nested(log));
        coro::sleep(2 * MS).await;
        task.cancel();
        task.await?.map_err(coro::TaskError::from)
    }
    assert_eq!(
        coro::run(main_coroutine(log.clone())),
        Err(coro::TaskError::Cancelled)
    );
    assert_eq!(
        lines(&log),
        [
            "inner cleanup starts",
            "inner cleanup done",
            "outer cleanup starts",
            "outer cleanup done"
        ]
    );
}

/// Cancels `task` `times` times, `gap` apart, the first after `first`.
#[coro::coroutine]
fn cancel_times<T: 'static>(
    task: coro::Task<T>,
    first: Duration,
    gap: Duration,
    times: u32,
) -> (Result<T, coro::TaskError>, u32) {
    coro::sleep(first).await;
    for _ in 0..times {
        task.cancel();
        coro::sleep(gap).await;
    }
    let cancelling = task.cancelling();
    (task.await, cancelling)
}

#[test]
fn a_second_cancel_interrupts_the_cleanup_at_its_await() {
    // asyncio: a cancel() while the `finally` block awaits raises a new
    // CancelledError at that await; the rest of the cleanup does not run.
    let log: Log = Rc::default();
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, u32) {
        let task = coro::spawn(scoped(log, "w", 1000));
        // The cleanup yields once, then sleeps 1 ms: the second cancel, one
        // loop turn after the first, lands in that sleep.
        cancel_times(task, 3 * MS, Duration::ZERO, 2).await
    }
    let (result, cancelling) = coro::run(main_coroutine(log.clone()));
    assert_eq!(result.unwrap_err(), coro::TaskError::Cancelled);
    assert_eq!(cancelling, 2);
    let got = lines(&log);
    assert_eq!(
        got.last().map(String::as_str),
        Some("w cleanup starts"),
        "{got:?}"
    );
}

#[test]
fn cancel_twice_before_the_task_runs_delivers_one_cancellation() {
    // asyncio: two cancel() calls before the task resumes set the same
    // `_must_cancel` flag: one CancelledError, `cancelling()` == 2, and the
    // cleanup runs to its end.
    let log: Log = Rc::default();
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, u32) {
        let task = coro::spawn(scoped(log, "w", 1000));
        coro::sleep(2 * MS).await;
        task.cancel();
        task.cancel();
        let n = task.cancelling();
        (task.await, n)
    }
    let (result, cancelling) = coro::run(main_coroutine(log.clone()));
    assert_eq!(result.unwrap_err(), coro::TaskError::Cancelled);
    assert_eq!(cancelling, 2);
    assert_eq!(
        lines(&log)[lines(&log).len() - 2..],
        ["w cleanup starts", "w cleanup done"]
    );
}

#[coro::coroutine]
fn swallower(log: Log) -> &'static str {
    let result = coro::finally(
        coro::sleep(Duration::from_secs(60)),
        slow_cleanup(log.clone(), "s"),
    )
    .await;
    match result {
        Ok(()) => "slept",
        Err(cancelled) => {
            drop(cancelled); // `except CancelledError: pass`
            push(&log, format!("cancelling {}", coro::cancelling()));
            let left = coro::uncancel();
            push(&log, format!("uncancel -> {left}"));
            "swallowed"
        }
    }
}

#[test]
fn a_swallowed_cancellation_gives_the_value_and_uncancel_counts_down() {
    // asyncio: a coroutine that catches CancelledError and returns makes the
    // task's result that value (the task is not cancelled);
    // `cancelling()` counts the requests, `uncancel()` decrements it.
    let log: Log = Rc::default();
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<&'static str, coro::TaskError>, bool, u32) {
        let task = coro::spawn(swallower(log));
        coro::sleep(2 * MS).await;
        task.cancel();
        let n = task.cancelling();
        let mut task = task;
        let handle = &mut task;
        let result = handle.await;
        (result, task.is_cancelled(), n)
    }
    let (result, cancelled, n) = coro::run(main_coroutine(log.clone()));
    assert_eq!(result, Ok("swallowed"));
    assert!(!cancelled);
    assert_eq!(n, 1);
    assert_eq!(
        lines(&log),
        [
            "s cleanup starts",
            "s cleanup done",
            "cancelling 1",
            "uncancel -> 0"
        ]
    );
}

#[test]
fn cancelling_is_zero_outside_a_cancelled_task() {
    #[coro::coroutine]
    fn main_coroutine() -> (u32, u32) {
        (coro::cancelling(), coro::uncancel())
    }
    assert_eq!(coro::run(main_coroutine()), (0, 0));
    assert_eq!(coro::cancelling(), 0);
}

#[test]
fn a_task_without_a_scope_is_still_dropped_at_once() {
    // The hard fallback: no active scope, so cancel() drops the coroutine
    // before it returns (destructors only), as before issue 14.
    struct Dropped(Log);
    impl Drop for Dropped {
        fn drop(&mut self) {
            push(&self.0, "dropped");
        }
    }
    #[coro::coroutine]
    fn plain(log: Log) {
        let _guard = Dropped(log);
        coro::sleep(Duration::from_secs(60)).await;
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> Result<(), coro::TaskError> {
        let task = coro::spawn(plain(log.clone()));
        coro::sleep(MS).await;
        task.cancel();
        push(&log, "cancel returned");
        task.await
    }
    let log: Log = Rc::default();
    assert_eq!(
        coro::run(main_coroutine(log.clone())),
        Err(coro::TaskError::Cancelled)
    );
    assert_eq!(lines(&log), ["dropped", "cancel returned"]);
}

/// A body with three awaits and a cleanup with two, each a plain yield to
/// the loop, logging where it is: deterministic in loop turns.
#[coro::coroutine]
fn yielding_body(log: Log) -> u32 {
    for i in 0..3 {
        push(&log, format!("body {i}"));
        coro::sleep(Duration::ZERO).await;
    }
    push(&log, "body done");
    3
}

#[coro::coroutine]
fn yielding_cleanup(log: Log) {
    for i in 0..2 {
        push(&log, format!("cleanup {i}"));
        coro::sleep(Duration::ZERO).await;
    }
    push(&log, "cleanup done");
}

#[coro::coroutine]
fn yielding_scoped(log: Log) -> Result<u32, coro::Cancelled> {
    let value = coro::finally(yielding_body(log.clone()), yielding_cleanup(log)).await?;
    Ok(value)
}

#[test]
fn cancellation_at_every_await_of_the_body_and_the_cleanup() {
    // asyncio delivers CancelledError at whichever await the task is
    // suspended in. Cancelling after k loop turns, for every k, lands at
    // each of the 3 awaits of the body and the 2 of the cleanup in turn,
    // then after the task finished:
    // - in the body: the body stops there, the cleanup runs whole, the task
    //   is cancelled;
    // - in the cleanup (the body had completed, so this cancellation
    //   arrives during the `finally`): the cleanup stops at that await, the
    //   task is cancelled;
    // - after: the task's value stands and cancel() returns false.
    #[coro::coroutine]
    fn main_coroutine(
        log: Log,
        turns: u32,
    ) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, bool) {
        let task = coro::spawn(yielding_scoped(log));
        for _ in 0..turns {
            coro::sleep(Duration::ZERO).await;
        }
        let requested = task.cancel();
        (task.await, requested)
    }
    let mut landed = Vec::new();
    for turns in 0..9 {
        let log: Log = Rc::default();
        let (result, requested) = coro::run(main_coroutine(log.clone(), turns));
        let got = lines(&log);
        let last = got.last().cloned().unwrap_or_default();
        let body_steps = got
            .iter()
            .filter(|l| l.starts_with("body ") && *l != "body done")
            .count();
        let cleanup_steps = got
            .iter()
            .filter(|l| l.starts_with("cleanup ") && *l != "cleanup done")
            .count();
        let place = if !requested {
            assert_eq!(
                result.as_ref().ok().and_then(|r| r.as_ref().ok()),
                Some(&3),
                "{turns}: {got:?}"
            );
            assert_eq!(last, "cleanup done", "{turns}: {got:?}");
            "finished".to_string()
        } else if got.contains(&"body done".to_string()) {
            assert_eq!(
                result.as_ref().unwrap_err(),
                &coro::TaskError::Cancelled,
                "{turns}: {got:?}"
            );
            assert_ne!(
                last, "cleanup done",
                "{turns}: interrupted cleanup: {got:?}"
            );
            format!("cleanup await {}", cleanup_steps - 1)
        } else if body_steps == 0 {
            // Cancelled before it first ran: no scope was active yet, so
            // the task was dropped (asyncio: a task cancelled before it
            // starts never runs its coroutine).
            assert!(got.is_empty(), "{turns}: {got:?}");
            assert_eq!(result.as_ref().unwrap_err(), &coro::TaskError::Cancelled);
            "before start".to_string()
        } else {
            assert_eq!(
                result.as_ref().unwrap_err(),
                &coro::TaskError::Cancelled,
                "{turns}: {got:?}"
            );
            assert_eq!(
                got[got.len() - 3..],
                ["cleanup 0", "cleanup 1", "cleanup done"],
                "{turns}: {got:?}"
            );
            format!("body await {}", body_steps - 1)
        };
        if landed.last() != Some(&place) {
            landed.push(place);
        }
    }
    assert_eq!(
        landed,
        [
            "before start",
            "body await 0",
            "body await 1",
            "body await 2",
            "cleanup await 0",
            "cleanup await 1",
            "finished"
        ]
    );
}

#[test]
fn a_panicking_cleanup_ends_the_task_as_panicked() {
    // Python: an exception raised in `finally` replaces the one in flight
    // (here the CancelledError): the task ends with that exception. In coro
    // the task ends `Panicked`; the loop goes on.
    #[coro::coroutine]
    fn bad_cleanup() {
        coro::sleep(Duration::ZERO).await;
        panic!("cleanup failed");
    }
    #[coro::coroutine]
    fn work() -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), bad_cleanup()).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine() -> (
        Result<Result<(), coro::Cancelled>, coro::TaskError>,
        &'static str,
    ) {
        let task = coro::spawn(work());
        coro::sleep(MS).await;
        task.cancel();
        let result = task.await;
        coro::sleep(MS).await; // the loop still runs
        (result, "loop alive")
    }
    let (result, alive) = coro::run(main_coroutine());
    assert_eq!(
        result.unwrap_err(),
        coro::TaskError::Panicked("cleanup failed".into())
    );
    assert_eq!(alive, "loop alive");
}

#[test]
fn a_panicking_body_still_awaits_the_cleanup_then_unwinds() {
    // Python: `finally` runs when the body raises, then the exception
    // propagates.
    #[coro::coroutine]
    fn boom() {
        coro::sleep(MS).await;
        panic!("body failed");
    }
    #[coro::coroutine]
    fn work(log: Log) -> Result<(), coro::Cancelled> {
        coro::finally(boom(), slow_cleanup(log, "p")).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> Result<Result<(), coro::Cancelled>, coro::TaskError> {
        coro::spawn(work(log)).await
    }
    let log: Log = Rc::default();
    let result = coro::run(main_coroutine(log.clone()));
    assert_eq!(
        result.unwrap_err(),
        coro::TaskError::Panicked("body failed".into())
    );
    assert_eq!(lines(&log), ["p cleanup starts", "p cleanup done"]);
}

#[test]
fn a_timeout_cancels_the_work_through_its_scope_and_awaits_the_cleanup() {
    // asyncio.timeout: "the inner work is cancelled" on expiry (so its
    // `finally` runs, and may await), and the CancelledError is converted
    // into TimeoutError at the end of the `async with`. `cancelling()` is 1
    // during that cleanup (timeout calls task.cancel()) and 0 after
    // (uncancel in __aexit__).
    #[coro::coroutine]
    fn cleanup(log: Log) {
        push(
            &log,
            format!("cleanup starts, cancelling {}", coro::cancelling()),
        );
        coro::sleep(3 * MS).await;
        push(&log, "cleanup done");
    }
    #[coro::coroutine]
    fn work(log: Log) -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), cleanup(log)).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log, wait_for: bool) -> bool {
        let result: Result<Result<(), coro::Cancelled>, coro::TimeoutError> = if wait_for {
            coro::wait_for(work(log.clone()), 5 * MS).await
        } else {
            coro::timeout(5 * MS, work(log.clone())).await
        };
        push(&log, format!("after, cancelling {}", coro::cancelling()));
        result.is_err()
    }
    for wait_for in [false, true] {
        let log: Log = Rc::default();
        assert!(
            coro::run(main_coroutine(log.clone(), wait_for)),
            "TimeoutError"
        );
        assert_eq!(
            lines(&log),
            [
                "cleanup starts, cancelling 1",
                "cleanup done",
                "after, cancelling 0"
            ],
            "wait_for: {wait_for}"
        );
    }
}

#[test]
fn a_timeout_whose_work_swallows_the_cancellation_gives_the_value() {
    // asyncio.timeout's __aexit__ raises TimeoutError only if a
    // CancelledError reaches it; a body that catches it completes normally.
    #[coro::coroutine]
    fn work() -> &'static str {
        match coro::finally(coro::sleep(Duration::from_secs(60)), coro::sleep(MS)).await {
            Ok(()) => "slept",
            Err(_) => "caught",
        }
    }
    #[coro::coroutine]
    fn main_coroutine() -> (Result<&'static str, coro::TimeoutError>, u32) {
        let result = coro::timeout(2 * MS, work()).await;
        (result, coro::cancelling())
    }
    assert_eq!(coro::run(main_coroutine()), (Ok("caught"), 0));
}

#[test]
fn a_task_cancelled_inside_a_timeout_stays_cancelled() {
    // asyncio.timeout: a cancellation from outside is not turned into
    // TimeoutError (the task's cancelling() is above the count at entry).
    #[coro::coroutine]
    fn work(log: Log) -> Result<Result<(), coro::Cancelled>, coro::TimeoutError> {
        coro::timeout(
            Duration::from_secs(60),
            coro::finally(coro::sleep(Duration::from_secs(60)), slow_cleanup(log, "t")),
        )
        .await
    }
    #[coro::coroutine]
    fn main_coroutine(
        log: Log,
    ) -> Result<Result<Result<(), coro::Cancelled>, coro::TimeoutError>, coro::TaskError> {
        let task = coro::spawn(work(log));
        coro::sleep(2 * MS).await;
        task.cancel();
        task.await
    }
    let log: Log = Rc::default();
    assert_eq!(
        coro::run(main_coroutine(log.clone())).unwrap_err(),
        coro::TaskError::Cancelled
    );
    assert_eq!(lines(&log), ["t cleanup starts", "t cleanup done"]);
}

#[test]
fn shutdown_cancels_leftover_tasks_and_awaits_their_cleanup() {
    // asyncio.run: "all remaining tasks are cancelled" when main returns
    // (`_cancel_all_tasks`), and the loop runs until they have finished, so
    // their `finally` blocks may await.
    #[coro::coroutine]
    fn main_coroutine(log: Log) {
        for name in ["a", "b"] {
            drop(coro::spawn(scoped(log.clone(), name, 1000)));
        }
        coro::sleep(2 * MS).await;
        push(&log, "main returns");
    }
    let log: Log = Rc::default();
    coro::run(main_coroutine(log.clone()));
    let got = lines(&log);
    let at = got
        .iter()
        .position(|l| l == "main returns")
        .expect("main ran");
    let mut after = got[at + 1..].to_vec();
    after.sort();
    assert_eq!(
        after,
        [
            "a cleanup done",
            "a cleanup starts",
            "b cleanup done",
            "b cleanup starts"
        ],
        "{got:?}"
    );
}

#[test]
fn a_cleanup_that_never_ends_is_cut_off_by_the_shutdown_timeout() {
    // Bounded (asyncio.run is not): the loop gives up on the cleanup after
    // `shutdown_timeout` and drops the task.
    #[coro::coroutine]
    fn stuck(log: Log) -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), never(log)).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn never(log: Log) {
        push(&log, "cleanup starts");
        coro::sleep(Duration::from_secs(60)).await;
        push(&log, "cleanup done");
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) {
        drop(coro::spawn(stuck(log)));
        coro::sleep(MS).await;
    }
    let log: Log = Rc::default();
    let start = std::time::Instant::now();
    coro::Runtime::new()
        .shutdown_timeout(20 * MS)
        .run(main_coroutine(log.clone()));
    assert!(start.elapsed() >= 20 * MS);
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(lines(&log), ["cleanup starts"]);
}

#[test]
fn a_failing_task_group_child_awaits_its_siblings_cleanup_first() {
    // asyncio.TaskGroup: when a child fails, "the remaining tasks in the
    // group are cancelled" and the group waits for them, so their `finally`
    // blocks (which may await) finish before `async with` exits.
    #[coro::coroutine]
    fn failing() -> Result<(), String> {
        coro::sleep(2 * MS).await;
        Err("boom".to_string())
    }
    #[coro::coroutine]
    fn sibling(log: Log, name: &'static str) -> Result<(), coro::Cancelled> {
        coro::finally(
            coro::sleep(Duration::from_secs(60)),
            slow_cleanup(log, name),
        )
        .await?;
        Ok(())
    }
    #[coro::coroutine]
    fn body(tg: coro::TaskGroup, log: Log) {
        let _ = tg.create_try_task(failing());
        let _ = tg.create_task(sibling(log.clone(), "x"));
        let _ = tg.create_task(sibling(log, "y"));
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> usize {
        let l = log.clone();
        let result = coro::task_group(move |tg| body(tg, l)).await;
        push(&log, "group done");
        result.unwrap_err().failures().len()
    }
    let log: Log = Rc::default();
    assert_eq!(coro::run(main_coroutine(log.clone())), 1);
    assert_eq!(
        lines(&log),
        [
            "x cleanup starts",
            "y cleanup starts",
            "x cleanup done",
            "y cleanup done",
            "group done"
        ]
    );
}

#[test]
fn a_failing_task_group_child_cancels_the_body_through_its_scope() {
    // asyncio.TaskGroup: a failing child cancels the parent task (the body
    // of `async with`), whose `finally` may await, then the group raises
    // the failure; the parent's cancellation is uncancelled on exit.
    #[coro::coroutine]
    fn failing() -> Result<(), String> {
        coro::sleep(2 * MS).await;
        Err("boom".to_string())
    }
    #[coro::coroutine]
    fn body(tg: coro::TaskGroup, log: Log) -> Result<(), coro::Cancelled> {
        let _ = tg.create_try_task(failing());
        coro::finally(
            coro::sleep(Duration::from_secs(60)),
            slow_cleanup(log, "body"),
        )
        .await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (String, u32) {
        let l = log.clone();
        let result = coro::task_group(move |tg| body(tg, l)).await;
        push(&log, "group done");
        (
            result.unwrap_err().failures()[0].message().to_string(),
            coro::cancelling(),
        )
    }
    let log: Log = Rc::default();
    assert_eq!(
        coro::run(main_coroutine(log.clone())),
        ("boom".to_string(), 0)
    );
    assert_eq!(
        lines(&log),
        ["body cleanup starts", "body cleanup done", "group done"]
    );
}

#[test]
fn sibling_scopes_in_one_task_both_clean_up() {
    // Within one task, `gather!` runs two scoped branches: a cancel()
    // reaches every innermost scope, so both cleanups run (as asyncio's
    // gather cancels each of its children).
    #[coro::coroutine]
    fn both(log: Log) -> (Result<u32, coro::Cancelled>, Result<u32, coro::Cancelled>) {
        coro::gather!(scoped(log.clone(), "l", 1000), scoped(log, "r", 1000)).await
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> coro::TaskError {
        let task = coro::spawn(both(log));
        coro::sleep(3 * MS).await;
        task.cancel();
        task.await.unwrap_err()
    }
    let log: Log = Rc::default();
    let err = coro::run(main_coroutine(log.clone()));
    // Both `Cancelled` reach the task's output: the task ends cancelled.
    assert_eq!(err, coro::TaskError::Cancelled);
    let got = lines(&log);
    for name in ["l", "r"] {
        assert!(got.contains(&format!("{name} cleanup done")), "{got:?}");
    }
}

#[test]
fn a_cancelled_converted_into_another_error_is_the_task_result() {
    // Python: `except CancelledError: raise OtherError` ends the task with
    // OtherError, not as cancelled.
    #[derive(Debug, PartialEq)]
    struct Stopped;
    impl From<coro::Cancelled> for Stopped {
        fn from(_: coro::Cancelled) -> Stopped {
            Stopped
        }
    }
    #[coro::coroutine]
    fn work(log: Log) -> Result<(), Stopped> {
        coro::finally(coro::sleep(Duration::from_secs(60)), slow_cleanup(log, "c")).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> Result<Result<(), Stopped>, coro::TaskError> {
        let task = coro::spawn(work(log));
        coro::sleep(MS).await;
        task.cancel();
        task.await
    }
    let log: Log = Rc::default();
    assert_eq!(coro::run(main_coroutine(log.clone())), Ok(Err(Stopped)));
    assert_eq!(lines(&log), ["c cleanup starts", "c cleanup done"]);
}

#[test]
fn a_task_cancelling_itself_inside_a_scope_cleans_up_at_its_next_await() {
    // asyncio: a task may cancel itself; CancelledError is raised at its
    // next await, inside the `try`.
    type Slot = Rc<RefCell<Option<coro::Task<Result<(), coro::Cancelled>>>>>;
    #[coro::coroutine]
    fn body(log: Log, me: Slot) {
        coro::sleep(MS).await;
        let cancelled = me.borrow().as_ref().map(|t| t.cancel());
        push(&log, format!("cancelled myself: {cancelled:?}"));
        coro::sleep(MS).await;
        push(&log, "not reached");
    }
    #[coro::coroutine]
    fn work(log: Log, me: Slot) -> Result<(), coro::Cancelled> {
        coro::finally(body(log.clone(), me), slow_cleanup(log, "self")).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> Result<Result<(), coro::Cancelled>, coro::TaskError> {
        let me: Slot = Rc::default();
        let task = coro::spawn(work(log, me.clone()));
        coro::sleep(Duration::ZERO).await;
        let task = {
            *me.borrow_mut() = Some(task);
            coro::sleep(5 * MS).await;
            me.borrow_mut().take().expect("still there")
        };
        task.await
    }
    let log: Log = Rc::default();
    assert_eq!(
        coro::run(main_coroutine(log.clone())).unwrap_err(),
        coro::TaskError::Cancelled
    );
    assert_eq!(
        lines(&log),
        [
            "cancelled myself: Some(true)",
            "self cleanup starts",
            "self cleanup done"
        ]
    );
}

#[test]
fn a_scope_inside_the_cleanup_takes_a_second_cancellation() {
    // Python: a `try/finally` inside a `finally` block handles the second
    // CancelledError itself (innermost first).
    #[coro::coroutine]
    fn outer_cleanup(log: Log) {
        push(&log, "outer cleanup starts");
        let inner = coro::finally(
            coro::sleep(Duration::from_secs(60)),
            slow_cleanup(log.clone(), "inner"),
        )
        .await;
        push(&log, format!("inner gave cancelled: {}", inner.is_err()));
    }
    #[coro::coroutine]
    fn work(log: Log) -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), outer_cleanup(log)).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<Result<(), coro::Cancelled>, coro::TaskError>, u32) {
        let task = coro::spawn(work(log));
        cancel_times(task, 2 * MS, 2 * MS, 2).await
    }
    let log: Log = Rc::default();
    let (result, cancelling) = coro::run(main_coroutine(log.clone()));
    assert_eq!(cancelling, 2);
    // The outer cleanup swallowed the inner Cancelled (it only logged it),
    // so the task ends with the first cancellation.
    assert_eq!(result.unwrap_err(), coro::TaskError::Cancelled);
    assert_eq!(
        lines(&log),
        [
            "outer cleanup starts",
            "inner cleanup starts",
            "inner cleanup done",
            "inner gave cancelled: true"
        ]
    );
}

#[test]
fn uncancel_to_zero_withdraws_a_request_not_delivered_yet() {
    // Python 3.13: "uncancel() ... when the count reaches zero, the
    // pending cancellation is withdrawn" (`_must_cancel = False`).
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (Result<Result<u32, coro::Cancelled>, coro::TaskError>, u32) {
        let task = coro::spawn(scoped(log, "w", 3));
        coro::sleep(Duration::ZERO).await; // the scope is active now
        task.cancel();
        let left = task.uncancel();
        (task.await, left)
    }
    let log: Log = Rc::default();
    let (result, left) = coro::run(main_coroutine(log.clone()));
    assert_eq!(left, 0);
    assert_eq!(result.unwrap().unwrap(), 3);
    assert!(lines(&log).contains(&"w body done".to_string()));
}

#[test]
fn a_task_group_sibling_failing_in_its_cleanup_is_a_second_failure() {
    // asyncio.TaskGroup collects every child exception into the
    // ExceptionGroup, also one raised while a child handles its
    // cancellation.
    #[coro::coroutine]
    fn failing() -> Result<(), String> {
        coro::sleep(2 * MS).await;
        Err("first".to_string())
    }
    #[coro::coroutine]
    fn bad_cleanup() {
        coro::sleep(MS).await;
        panic!("second");
    }
    #[coro::coroutine]
    fn sibling() -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), bad_cleanup()).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn body(tg: coro::TaskGroup) {
        let _ = tg.create_try_task(failing());
        let handle = tg.create_task(sibling());
        drop(handle);
    }
    #[coro::coroutine]
    fn main_coroutine() -> Vec<String> {
        let result = coro::task_group(body).await;
        result
            .unwrap_err()
            .failures()
            .iter()
            .map(|f| f.message().to_string())
            .collect()
    }
    assert_eq!(coro::run(main_coroutine()), ["first", "second"]);
}

#[test]
fn a_cleanup_panicking_at_shutdown_does_not_stop_the_others() {
    // The loop's shutdown catches the panic of one task's cleanup (the task
    // ends Panicked, reported as never retrieved) and still awaits the
    // other task's cleanup; `run` returns normally.
    #[coro::coroutine]
    fn bad_cleanup() {
        coro::sleep(MS).await;
        panic!("cleanup failed at shutdown");
    }
    #[coro::coroutine]
    fn bad() -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), bad_cleanup()).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> &'static str {
        drop(coro::spawn(bad()));
        drop(coro::spawn(scoped(log, "good", 1000)));
        coro::sleep(MS).await;
        "main done"
    }
    let log: Log = Rc::default();
    assert_eq!(coro::run(main_coroutine(log.clone())), "main done");
    assert_eq!(
        lines(&log)[lines(&log).len() - 2..],
        ["good cleanup starts", "good cleanup done"]
    );
}

#[test]
fn a_timeout_dropped_while_it_cancels_its_work_gives_its_request_back() {
    // asyncio's timeout uncancels on exit; a coro timeout dropped while its
    // work is cleaning up (here: it loses a race) must not leave the task
    // counting a cancellation.
    #[coro::coroutine]
    fn long_cleanup(log: Log) {
        push(
            &log,
            format!("cleanup starts, cancelling {}", coro::cancelling()),
        );
        coro::sleep(Duration::from_secs(60)).await;
        push(&log, "not reached");
    }
    #[coro::coroutine]
    fn work(log: Log) -> Result<(), coro::Cancelled> {
        coro::finally(coro::sleep(Duration::from_secs(60)), long_cleanup(log)).await?;
        Ok(())
    }
    #[coro::coroutine]
    fn main_coroutine(log: Log) -> (bool, u32) {
        let raced = coro::race(coro::timeout(2 * MS, work(log)), coro::sleep(10 * MS)).await;
        (matches!(raced, coro::Either::Right(())), coro::cancelling())
    }
    let log: Log = Rc::default();
    assert_eq!(coro::run(main_coroutine(log.clone())), (true, 0));
    assert_eq!(lines(&log), ["cleanup starts, cancelling 1"]);
}
