//! What the loop reports on stderr: debug-mode warnings and unretrieved task
//! panics. Each scenario runs in a child process (this test binary, running
//! one ignored test) so its stderr can be checked.

mod common;

use common::{aw, block_on};
use coro_runtime::{Runtime, from_future, sleep, spawn_named};
use std::cell::{Cell, RefCell};
use std::process::Command;
use std::rc::Rc;
use std::time::Duration;

/// Runs the ignored test `name` of this binary in a child process, with
/// `CORO_DEBUG` set to `debug_env` (or unset), and returns its stderr.
fn child_stderr(name: &str, debug_env: Option<&str>) -> String {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args([
        name,
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    command.env_remove("CORO_DEBUG");
    if let Some(value) = debug_env {
        command.env("CORO_DEBUG", value);
    }
    let output = command.output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "child {name} failed: {stdout}");
    assert!(
        stdout.contains("1 passed"),
        "child {name} did not run: {stdout}"
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn slow_task_program(runtime: Runtime) {
    runtime.run(from_future(async {
        let slow = spawn_named(
            "sleepy",
            from_future(async {
                std::thread::sleep(Duration::from_millis(150)); // blocks the loop
            }),
        );
        aw(slow).await.unwrap();
    }));
}

#[test]
#[ignore = "child process of debug_mode_warns_about_a_slow_resume"]
fn child_slow_resume_debug_builder() {
    slow_task_program(Runtime::new().debug(true));
}

#[test]
#[ignore = "child process of slow_resumes_are_not_reported_outside_debug_mode"]
fn child_slow_resume_default() {
    slow_task_program(Runtime::new());
}

#[test]
fn debug_mode_warns_about_a_slow_resume() {
    let stderr = child_stderr("child_slow_resume_debug_builder", None);
    assert!(
        stderr.contains("Executing <Task name='sleepy'") && stderr.contains("took"),
        "{stderr}"
    );
}

#[test]
fn coro_debug_env_var_turns_debug_mode_on() {
    let stderr = child_stderr("child_slow_resume_default", Some("1"));
    assert!(stderr.contains("name='sleepy'"), "{stderr}");
}

#[test]
fn slow_resumes_are_not_reported_outside_debug_mode() {
    let stderr = child_stderr("child_slow_resume_default", None);
    assert!(!stderr.contains("took"), "{stderr}");
    let stderr = child_stderr("child_slow_resume_default", Some("0"));
    assert!(!stderr.contains("took"), "{stderr}");
}

#[test]
#[ignore = "child process of debug_mode_warns_about_tasks_dropped_pending"]
fn child_pending_task_at_shutdown() {
    // Shutdown cancels leftover tasks and awaits their cleanup (issue 14);
    // one whose cleanup outlasts the shutdown timeout is destroyed pending.
    let runtime = Runtime::new()
        .debug(true)
        .shutdown_timeout(Duration::from_millis(20));
    runtime.run(from_future(async {
        drop(spawn_named(
            "forgotten",
            coro_runtime::finally(
                sleep(Duration::from_secs(60)),
                sleep(Duration::from_secs(60)),
            ),
        ));
        aw(sleep(Duration::from_millis(1))).await;
    }));
}

#[test]
fn debug_mode_warns_about_tasks_dropped_pending() {
    let stderr = child_stderr("child_pending_task_at_shutdown", None);
    assert!(
        stderr.contains("Task was destroyed but it is pending") && stderr.contains("forgotten"),
        "{stderr}"
    );
}

#[test]
#[ignore = "child process of unretrieved_task_panics_are_reported"]
fn child_unretrieved_panics() {
    block_on(async {
        // Panics while its handle is alive; the handle is dropped unawaited.
        let kept = spawn_named("kept", from_future(async { panic!("kept handle panic") }));
        // Panics after its handle was dropped (detached).
        let detached_ran = Rc::new(Cell::new(false));
        drop(spawn_named(
            "detached",
            from_future({
                let detached_ran = detached_ran.clone();
                async move {
                    aw(sleep(Duration::from_millis(2))).await;
                    detached_ran.set(true);
                    panic!("detached panic");
                }
            }),
        ));
        // Panics, and its result is retrieved: no report.
        let awaited = spawn_named("awaited", from_future(async { panic!("awaited panic") }));
        while !detached_ran.get() {
            aw(sleep(Duration::from_millis(1))).await;
        }
        assert!(kept.is_done());
        drop(kept);
        assert!(aw(awaited).await.is_err());
        eprintln!("main finished");
    });
}

#[test]
fn unretrieved_task_panics_are_reported() {
    let stderr = child_stderr("child_unretrieved_panics", None);
    let report = "Task exception was never retrieved";
    assert_eq!(stderr.matches(report).count(), 2, "{stderr}");
    assert!(stderr.contains("name='kept'") && stderr.contains("panic: kept handle panic"));
    assert!(stderr.contains("name='detached'") && stderr.contains("panic: detached panic"));
    assert!(!stderr.contains("name='awaited'"), "{stderr}");
}

#[test]
fn an_exception_handler_receives_what_nobody_retrieved() {
    use coro_runtime::{ExceptionContext, reset_exception_handler, set_exception_handler};
    let seen: Rc<RefCell<Vec<ExceptionContext>>> = Rc::default();
    let sink = seen.clone();
    set_exception_handler(move |context: &ExceptionContext| {
        sink.borrow_mut().push(context.clone());
    });
    block_on(async {
        let kept = spawn_named("lost", from_future(async { panic!("nobody awaits me") }));
        aw(sleep(Duration::from_millis(1))).await;
        drop(kept);
    });
    reset_exception_handler();
    let seen = seen.borrow();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].message, "Task exception was never retrieved");
    assert_eq!(seen[0].panic.as_deref(), Some("nobody awaits me"));
    assert_eq!(
        seen[0].task.as_ref().map(|t| t.name().into_owned()),
        Some("lost".into())
    );
}
