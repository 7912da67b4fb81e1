//! `task_group`, `wait` and `shield` driven from `#[coro::coroutine]` fns.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

type Log = Rc<RefCell<Vec<String>>>;

struct Guard(Log, &'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.borrow_mut().push(format!("cleanup {}", self.1));
    }
}

#[coro::coroutine]
fn worker(log: Log, name: &'static str, ms: u64, fail: bool) -> u64 {
    let _guard = Guard(log.clone(), name);
    coro::sleep(Duration::from_millis(ms)).await;
    if fail {
        panic!("{name} failed");
    }
    log.borrow_mut().push(format!("{name} finished"));
    ms
}

#[coro::coroutine]
fn body(tg: coro::TaskGroup, log: Log, fail: bool) -> &'static str {
    let _ = tg.create_task_named("one", worker(log.clone(), "one", 5, false));
    let _ = tg.create_task_named("two", worker(log.clone(), "two", 10, fail));
    let _ = tg.create_task_named("three", worker(log.clone(), "three", 200, false));
    "body returned"
}

#[coro::coroutine]
fn group_main(log: Log, fail: bool) -> Result<&'static str, coro::TaskGroupError> {
    let l = log.clone();
    coro::task_group(move |tg| body(tg, l, fail)).await
}

#[test]
fn a_task_group_of_coroutines_waits_for_all() {
    let log: Log = Rc::default();
    assert_eq!(
        coro::run(group_main(log.clone(), false)),
        Ok("body returned")
    );
    assert_eq!(
        *log.borrow(),
        [
            "one finished",
            "cleanup one",
            "two finished",
            "cleanup two",
            "three finished",
            "cleanup three"
        ]
    );
}

#[test]
fn a_failing_coroutine_child_cancels_the_others() {
    // asyncio.TaskGroup: one child fails, the rest are cancelled, the
    // errors surface together.
    let log: Log = Rc::default();
    let err = coro::run(group_main(log.clone(), true)).unwrap_err();
    assert_eq!(err.failures().len(), 1);
    assert_eq!(err.failures()[0].task().name(), "two");
    assert_eq!(err.failures()[0].message(), "two failed");
    assert_eq!(
        *log.borrow(),
        [
            "one finished",
            "cleanup one",
            "cleanup two",
            "cleanup three"
        ]
    );
}

#[coro::coroutine]
fn race(log: Log) -> (usize, usize, u64) {
    let tasks = vec![
        coro::spawn(worker(log.clone(), "fast", 5, false)),
        coro::spawn(worker(log.clone(), "slow", 300, false)),
    ];
    let (done, pending) = coro::wait(tasks, coro::ReturnWhen::FirstCompleted).await;
    let (n_done, n_pending) = (done.len(), pending.len());
    for task in &pending {
        task.cancel();
    }
    let mut first = 0;
    for task in done {
        first = task.await.unwrap();
    }
    (n_done, n_pending, first)
}

#[test]
fn wait_first_completed_from_a_coroutine() {
    let log: Log = Rc::default();
    assert_eq!(coro::run(race(log.clone())), (1, 1, 5));
    assert_eq!(
        *log.borrow(),
        ["fast finished", "cleanup fast", "cleanup slow"]
    );
}
