//! asyncio's context variables, eager tasks and `Runner`, each test named
//! after the behaviour Python documents.

use coro::contextvars::{ContextVar, copy_context};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

static USER: ContextVar<String> = ContextVar::new("user");
static DEPTH: ContextVar<u32> = ContextVar::new("depth");

#[coro::coroutine]
fn remember(name: &'static str, pause: u64) -> (Option<String>, Option<String>) {
    let inherited = USER.get();
    USER.set(name.to_string());
    coro::sleep(Duration::from_millis(pause)).await;
    (inherited, USER.get())
}

/// "Tasks support the contextvars module. When a Task is created it copies
/// the current context and later runs its coroutine in the copied context."
#[coro::coroutine]
fn tasks_see_a_copy_of_the_spawners_context() -> Vec<(Option<String>, Option<String>)> {
    USER.set("main".to_string());
    let a = coro::spawn(remember("a", 3));
    let b = coro::spawn(remember("b", 1));
    let mut out = vec![a.await.unwrap(), b.await.unwrap()];
    // The children's `set`s stayed in their copies.
    out.push((USER.get(), None));
    out
}

#[test]
fn each_task_runs_in_a_copy_of_the_context_it_was_created_in() {
    let got = coro::run(tasks_see_a_copy_of_the_spawners_context());
    let s = |v: &str| Some(v.to_string());
    assert_eq!(
        got,
        vec![(s("main"), s("a")), (s("main"), s("b")), (s("main"), None)]
    );
    // The loop's tasks never touched the thread's own context.
    assert_eq!(USER.get(), None);
}

#[coro::coroutine]
fn nested_spawn(level: u32) -> u32 {
    DEPTH.set(level);
    if level < 3 {
        let child = coro::spawn(nested_spawn(level + 1));
        coro::sleep(Duration::ZERO).await;
        let deepest = child.await.unwrap();
        assert_eq!(DEPTH.get(), Some(level), "a child's set is not seen");
        deepest
    } else {
        DEPTH.get().unwrap()
    }
}

#[test]
fn a_child_inherits_the_value_its_parent_set_before_spawning_it() {
    assert_eq!(coro::run(nested_spawn(0)), 3);
}

#[test]
fn reset_restores_the_previous_value_and_token_old_value_reports_it() {
    let first = DEPTH.set(7);
    assert_eq!(first.old_value(), None);
    let second = DEPTH.set(8);
    assert_eq!(second.old_value(), Some(7));
    assert_eq!(DEPTH.get(), Some(8));
    DEPTH.reset(second);
    assert_eq!(DEPTH.get(), Some(7));
    DEPTH.reset(first);
    assert_eq!(DEPTH.get(), None);
    assert_eq!(DEPTH.get_or(1), 1);
}

#[test]
#[should_panic(expected = "the token was created by a different ContextVar")]
fn reset_with_another_variables_token_panics_like_pythons_value_error() {
    static OTHER: ContextVar<u32> = ContextVar::new("other");
    let token = OTHER.set(1);
    DEPTH.reset(token);
}

/// `Context.run(callable)`: "Any changes to any context variables that
/// callable makes will be contained in the context object."
#[test]
fn context_run_keeps_the_changes_in_the_context_object() {
    static COLOR: ContextVar<&'static str> = ContextVar::new("color");
    COLOR.set("red");
    let mut ctx = copy_context();
    let inside = ctx.run(|| {
        let before = COLOR.get();
        COLOR.set("blue");
        before
    });
    assert_eq!(inside, Some("red"));
    assert_eq!(COLOR.get(), Some("red"), "the outer context is unchanged");
    assert_eq!(ctx.get(&COLOR), Some("blue"), "the change is in ctx");
    assert_eq!(ctx.run(|| COLOR.get()), Some("blue"));
    assert_eq!(COLOR.name(), "color");
}

#[test]
fn context_run_restores_the_outer_context_when_the_callable_panics() {
    static FLAG: ContextVar<bool> = ContextVar::new("flag");
    let mut ctx = copy_context();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ctx.run(|| {
            FLAG.set(true);
            panic!("inside");
        })
    }));
    assert!(caught.is_err());
    assert_eq!(FLAG.get(), None);
}

// --- eager tasks ---

#[coro::coroutine]
fn log_then_sleep(log: Rc<RefCell<Vec<&'static str>>>) -> u32 {
    log.borrow_mut().push("child starts");
    coro::sleep(Duration::from_millis(1)).await;
    log.borrow_mut().push("child resumes");
    5
}

#[coro::coroutine]
fn eager_runs_first_step_inside_spawn() -> Vec<&'static str> {
    let log = Rc::new(RefCell::new(Vec::new()));
    let lazy = coro::spawn(log_then_sleep(log.clone()));
    log.borrow_mut().push("after spawn");
    let eager = coro::spawn_eager(log_then_sleep(log.clone()));
    log.borrow_mut().push("after spawn_eager");
    assert_eq!(lazy.await.unwrap() + eager.await.unwrap(), 10);
    Rc::try_unwrap(log).unwrap().into_inner()
}

/// "the coroutine starts executing synchronously during task construction.
/// Tasks are only scheduled on the event loop if they block."
#[test]
fn an_eager_task_runs_up_to_its_first_suspension_inside_spawn_eager() {
    let log = coro::run(eager_runs_first_step_inside_spawn());
    assert_eq!(
        log,
        vec![
            "after spawn",
            "child starts", // the eager one, before spawn_eager returned
            "after spawn_eager",
            "child starts", // the lazy one, at the first suspension of main
            "child resumes",
            "child resumes",
        ]
    );
}

#[coro::coroutine]
fn finish_at_once(seen: Rc<Cell<Option<String>>>) -> u32 {
    seen.set(coro::current_task().map(|t| t.name().to_string()));
    41 + 1
}

#[coro::coroutine]
fn eager_task_that_never_suspends() -> (bool, u32, Option<String>, usize) {
    let seen = Rc::new(Cell::new(None));
    let task = coro::spawn_eager(finish_at_once(seen.clone()));
    let done = task.is_done();
    let pending = coro::all_tasks().len();
    let value = task.await.unwrap();
    (done, value, seen.take(), pending)
}

#[test]
fn an_eager_task_that_does_not_suspend_is_done_when_spawn_eager_returns() {
    let (done, value, name, pending) = coro::run(eager_task_that_never_suspends());
    assert!(done);
    assert_eq!(value, 42);
    assert!(
        name.is_some_and(|n| n.starts_with("Task-")),
        "current_task names the eager task"
    );
    assert_eq!(pending, 1, "only main is pending");
}

#[coro::coroutine]
fn eager_panic() -> u32 {
    // A diverging tail: clippy (in CI) must not flag the generated `let`.
    panic!("eager boom")
}

#[coro::coroutine]
fn eager_task_panicking_in_its_first_step() -> String {
    let task = coro::spawn_eager(eager_panic());
    match task.await {
        Err(e) => e.to_string(),
        Ok(v) => format!("unexpected {v}"),
    }
}

#[test]
fn a_panic_in_an_eager_tasks_first_step_is_the_tasks_outcome() {
    assert!(coro::run(eager_task_panicking_in_its_first_step()).contains("eager boom"));
}

#[coro::coroutine]
fn eager_child_inherits_context() -> Option<u32> {
    DEPTH.set(9);
    let task = coro::spawn_eager(coro::from_future(async { DEPTH.get() }));
    task.await.unwrap()
}

#[test]
fn an_eager_task_runs_in_a_copy_of_its_spawners_context() {
    assert_eq!(coro::run(eager_child_inherits_context()), Some(9));
    assert_eq!(DEPTH.get(), None);
}

// --- Runner ---

#[coro::coroutine]
fn ticker(count: Rc<Cell<u32>>) {
    loop {
        count.set(count.get() + 1);
        coro::sleep(Duration::from_millis(1)).await;
    }
}

#[coro::coroutine]
fn start_ticker(count: Rc<Cell<u32>>) -> coro::Task<()> {
    coro::spawn(ticker(count))
}

/// `asyncio.Runner`: "Runs a coroutine ... on the same event loop": tasks a
/// run leaves pending go on in the next run; `close()` cancels them.
#[test]
fn a_runner_keeps_its_loop_and_pending_tasks_between_runs() {
    let count = Rc::new(Cell::new(0));
    let mut runner = coro::Runner::new();
    let task = runner.run(start_ticker(count.clone()));
    let after_first = count.get();
    assert!(
        after_first <= 1,
        "the ticker has at most started: {after_first}"
    );
    runner.run(coro::sleep(Duration::from_millis(30)));
    let after_second = count.get();
    assert!(
        after_second > after_first + 1,
        "{after_first} -> {after_second}"
    );
    assert!(!task.is_done());
    runner.close();
    assert!(task.is_done(), "close() cancelled the pending task");
    let frozen = count.get();
    runner.close(); // closing twice is allowed
    assert_eq!(count.get(), frozen);
    // The thread can run a fresh loop afterwards.
    assert_eq!(coro::run(coro::from_future(async { 3 })), 3);
}

#[coro::coroutine]
fn sleep_then_panic() {
    coro::sleep(Duration::from_millis(5)).await;
    panic!("main failed");
}

#[coro::coroutine]
fn sleep_then_count_tasks() -> usize {
    coro::sleep(Duration::from_millis(10)).await;
    coro::all_tasks().len()
}

#[test]
fn a_runner_survives_a_panicking_run_and_drops_its_tasks_when_dropped() {
    let count = Rc::new(Cell::new(0));
    let mut runner = coro::Runtime::new().runner();
    let task = runner.run(start_ticker(count.clone()));
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        runner.run(sleep_then_panic())
    }));
    assert!(caught.is_err());
    let before = count.get();
    assert_eq!(
        runner.run(sleep_then_count_tasks()),
        2,
        "main and the ticker: the panicked main is gone"
    );
    assert!(count.get() > before, "the ticker kept running");
    drop(runner);
    assert!(task.is_done());
}

#[test]
#[should_panic(expected = "coro::Runner::run() cannot be called from a running event loop")]
fn runner_run_inside_a_running_loop_panics_like_asyncio() {
    coro::run(coro::from_future(async {
        let mut runner = coro::Runner::new();
        runner.run(coro::from_future(async {}));
    }));
}

#[test]
#[should_panic(expected = "coro::Runner::run() called after close()")]
fn runner_run_after_close_panics() {
    let mut runner = coro::Runner::new();
    runner.close();
    runner.run(coro::from_future(async {}));
}

#[coro::coroutine]
fn serve_until_cancelled(log: Rc<RefCell<Vec<&'static str>>>) -> Result<(), coro::Cancelled> {
    let body = coro::sleep(Duration::from_secs(60));
    coro::finally(body, close_connection(log)).await?;
    Ok(())
}

#[coro::coroutine]
fn close_connection(log: Rc<RefCell<Vec<&'static str>>>) {
    log.borrow_mut().push("closing");
    coro::sleep(Duration::from_millis(2)).await; // cleanup that awaits
    log.borrow_mut().push("closed");
}

#[coro::coroutine]
fn start_server(log: Rc<RefCell<Vec<&'static str>>>) -> coro::Task<Result<(), coro::Cancelled>> {
    let task = coro::spawn(serve_until_cancelled(log));
    coro::sleep(Duration::ZERO).await; // it enters its scope
    task
}

/// `Runner.close()` runs `_cancel_all_tasks` like `asyncio.run`: the pending
/// tasks' `finally` blocks run, and may await; between runs nothing is
/// cancelled.
#[test]
fn closing_a_runner_cancels_its_tasks_and_awaits_their_cleanup() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut runner = coro::Runner::new();
    let task = runner.run(start_server(log.clone()));
    runner.run(coro::sleep(Duration::from_millis(5)));
    assert!(log.borrow().is_empty(), "not cancelled between runs");
    assert!(!task.is_done());
    runner.close();
    assert_eq!(*log.borrow(), ["closing", "closed"]);
    assert!(task.is_done());
}

// The loop skips the context swap around a task whose context and the
// current one are both empty (`Executor::poll_task`): a task that starts with
// an empty context and sets a variable must keep it across its resumes, pass
// it to the children it spawns afterwards, and leak it to nobody else.

static SEEN: ContextVar<u32> = ContextVar::new("seen");

#[coro::coroutine]
fn read_seen_after_yields(yields: u32) -> Option<u32> {
    for _ in 0..yields {
        coro::sleep(Duration::ZERO).await;
    }
    SEEN.get()
}

#[coro::coroutine]
fn set_seen_then_spawn(value: u32) -> (Option<u32>, Option<u32>, Option<u32>) {
    let before = SEEN.get();
    SEEN.set(value);
    coro::sleep(Duration::ZERO).await;
    coro::sleep(Duration::from_millis(1)).await;
    let child = coro::spawn(read_seen_after_yields(2));
    let from_child = child.await.unwrap();
    (before, SEEN.get(), from_child)
}

#[coro::coroutine]
fn siblings_with_empty_contexts() -> Vec<Option<u32>> {
    let a = coro::spawn(set_seen_then_spawn(7));
    let bystander = coro::spawn(read_seen_after_yields(3));
    let b = coro::spawn(set_seen_then_spawn(9));
    let late = coro::spawn(read_seen_after_yields(0));
    let (a_before, a_after, a_child) = a.await.unwrap();
    let (b_before, b_after, b_child) = b.await.unwrap();
    vec![
        a_before,
        a_after,
        a_child,
        b_before,
        b_after,
        b_child,
        bystander.await.unwrap(),
        late.await.unwrap(),
        SEEN.get(),
    ]
}

#[test]
fn a_variable_set_in_a_task_that_started_with_an_empty_context_stays_in_that_task() {
    let got = coro::run(siblings_with_empty_contexts());
    assert_eq!(
        got,
        vec![
            None,
            Some(7),
            Some(7),
            None,
            Some(9),
            Some(9),
            None,
            None,
            None
        ]
    );
    assert_eq!(SEEN.get(), None);
}

// --- a failing awaiter does not cancel the tasks it awaited ---

#[coro::coroutine]
fn sibling_worker(log: Rc<RefCell<Vec<&'static str>>>) {
    coro::sleep(Duration::from_millis(10)).await;
    log.borrow_mut().push("sibling done");
}

#[coro::coroutine]
fn fail_soon() {
    coro::sleep(Duration::from_millis(1)).await;
    panic!("child failed");
}

#[coro::coroutine]
fn gather_with_a_failing_child(sibling: coro::Task<()>) {
    let _ = coro::gather!(fail_soon(), sibling).await;
}

#[coro::coroutine]
fn failing_gather_in_a_task(log: Rc<RefCell<Vec<&'static str>>>) -> bool {
    let sibling = coro::spawn(sibling_worker(log.clone()));
    let failing = coro::spawn(gather_with_a_failing_child(sibling));
    let failed = failing.await.is_err_and(|e| e.is_panic());
    coro::sleep(Duration::from_millis(30)).await;
    failed
}

/// asyncio.gather: "If return_exceptions is False (default), the first
/// raised exception is immediately propagated to the task that awaits on
/// gather(). Other awaitables in the aws sequence won't be cancelled and will
/// continue to run." The coroutine keeps the gather in its state, so the loop
/// drops it after the panic was caught: the sibling task's handle detaches.
#[test]
fn a_coroutine_failing_in_gather_leaves_its_sibling_task_running() {
    let log = Rc::new(RefCell::new(Vec::new()));
    assert!(coro::run(failing_gather_in_a_task(log.clone())));
    assert_eq!(*log.borrow(), ["sibling done"]);
}
