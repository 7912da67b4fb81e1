//! Examples that have a Python twin beside them (`examples/<name>.py`): the
//! Rust program must print what asyncio documents; when a `python3` of the
//! needed version is on the PATH, the Python program is run too and the two
//! outputs must be the same lines.

use std::process::Command;

/// Runs `cargo run --example name` and returns its stdout lines.
fn run_example(name: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo for example {name}: {e}"));
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    assert!(
        output.status.success(),
        "example {name} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout.lines().map(str::to_owned).collect()
}

/// Runs `python3 examples/<name>.py` if a `python3` of at least `3.minor`
/// is on the PATH; `None` (and a note on stderr) otherwise.
fn run_python(name: &str, minor: u32) -> Option<Vec<String>> {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[1])"])
        .output()
        .ok()?;
    let found: u32 = String::from_utf8_lossy(&version.stdout)
        .trim()
        .parse()
        .ok()?;
    if !version.status.success() || found < minor {
        eprintln!("skipping the Python twin of {name}: needs python3 >= 3.{minor}");
        return None;
    }
    let path = format!("{}/examples/{name}.py", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new("python3").arg(&path).output().ok()?;
    assert!(
        output.status.success(),
        "{path} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    Some(stdout.lines().map(str::to_owned).collect())
}

#[test]
fn taskgroup_one_child_fails_as_in_asyncio() {
    // asyncio.TaskGroup: the body runs before the children start; when `b`
    // fails, the still-running `c` is cancelled; the group then raises the
    // failure (an ExceptionGroup caught with `except*`).
    let rust = run_example("taskgroup");
    assert_eq!(
        rust,
        [
            "body done",
            "a started",
            "b started",
            "c started",
            "a finished",
            "c cancelled",
            "caught: b failed",
            "after the group",
        ]
    );
    if let Some(python) = run_python("taskgroup", 11) {
        assert_eq!(rust, python, "the Rust and Python programs differ");
    }
}

#[test]
fn queue_workers_cancelled_after_join_as_in_asyncio_docs() {
    // asyncio's "Queues" example: three workers share the queue, each
    // taking the next item when it is free (the fixed sleeps are 70 ms
    // apart at least, so the order is stable); after `join()` the workers,
    // waiting in `get()`, are cancelled, and `gather(return_exceptions=True)`
    // gives a CancelledError for each.
    let rust = run_example("queue_workers");
    assert_eq!(
        rust,
        [
            "worker-0 has slept for 0.08 seconds",
            "worker-1 has slept for 0.19 seconds",
            "worker-2 has slept for 0.26 seconds",
            "worker-0 has slept for 0.27 seconds",
            "worker-2 has slept for 0.19 seconds",
            "worker-1 has slept for 0.33 seconds",
            "worker-0 has slept for 0.28 seconds",
            "worker-2 has slept for 0.31 seconds",
            "worker-1 has slept for 0.36 seconds",
            "====",
            "worker-0: CancelledError",
            "worker-1: CancelledError",
            "worker-2: CancelledError",
            "3 workers slept in parallel for less than the total",
            "total expected sleep time: 2.27 seconds",
        ]
    );
    if let Some(python) = run_python("queue_workers", 8) {
        assert_eq!(rust, python, "the Rust and Python programs differ");
    }
}

#[test]
fn shutdown_awaits_every_workers_cleanup_as_in_asyncio() {
    // asyncio: `task.cancel()` raises CancelledError at the task's next
    // await; its `finally` block runs and may await (here: sleeps of 30,
    // 10 and 20 ms, so the workers close in the order b, c, a); a task
    // that catches the error and returns has that value as its result
    // (after `uncancel()`); gather(return_exceptions=True) collects them.
    let rust = run_example("shutdown");
    assert_eq!(
        rust,
        [
            "a started",
            "b started",
            "c started",
            "main: cancelling the workers",
            "a cleaning up (cancelling=1)",
            "b cleaning up (cancelling=1)",
            "c cleaning up (cancelling=1)",
            "b closed",
            "c closed",
            "a closed",
            "a: cancelled",
            "b: cancelled",
            "c: c saved its work",
            "main: done",
        ]
    );
    if let Some(python) = run_python("shutdown", 11) {
        assert_eq!(rust, python, "the Rust and Python programs differ");
    }
}
