//! `coro::process`: subprocesses with async pipes, reaped without blocking
//! the loop.

#![cfg(unix)]

mod common;

use common::{aw, block_on};
use coro_runtime::process::spawn;
use coro_runtime::{from_future, sleep, wait_for};
use std::cell::Cell;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.args(["-c", script]);
    command
}

#[test]
fn communicate_collects_stdout_stderr_and_the_exit_code() {
    let output = block_on(async {
        let mut child = spawn(
            sh("echo out; echo err >&2; exit 3")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped()),
        )
        .unwrap();
        assert!(child.id() > 0);
        aw(child.communicate(b"")).await.unwrap()
    });
    assert_eq!(output.stdout, b"out\n");
    assert_eq!(output.stderr, b"err\n");
    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn communicate_feeds_and_drains_a_filter_at_once() {
    // More than a pipe holds both ways: sequential writing then reading
    // would deadlock.
    let input: Vec<u8> = (0..2_000_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    let output = block_on({
        let input = input.clone();
        async move {
            let mut child = spawn(
                Command::new("cat")
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped()),
            )
            .unwrap();
            aw(child.communicate(&input)).await.unwrap()
        }
    });
    assert!(output.status.success());
    assert_eq!(output.stdout.len(), input.len());
    assert!(output.stdout == input);
}

#[test]
fn pipes_can_be_used_one_by_one() {
    block_on(async {
        let mut child = spawn(
            sh("read line; echo \"got $line\"")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped()),
        )
        .unwrap();
        let stdin = child.stdin.take().unwrap();
        aw(stdin.write_all(b"hello\n")).await.unwrap();
        drop(stdin);
        let out = aw(child.stdout.as_ref().unwrap().read_to_end())
            .await
            .unwrap();
        assert_eq!(out, b"got hello\n");
        assert!(aw(child.wait()).await.unwrap().success());
        // Waiting again gives the same status.
        assert!(aw(child.wait()).await.unwrap().success());
    });
}

#[test]
fn waiting_does_not_block_the_loop() {
    let ticks = Rc::new(Cell::new(0));
    block_on({
        let ticks = ticks.clone();
        async move {
            let ticker = coro_runtime::spawn(from_future({
                let ticks = ticks.clone();
                async move {
                    loop {
                        ticks.set(ticks.get() + 1);
                        aw(sleep(Duration::from_millis(10))).await;
                    }
                }
            }));
            let started = Instant::now();
            let mut child = spawn(&mut sh("sleep 0.3")).unwrap();
            let status = aw(child.wait()).await.unwrap();
            assert!(status.success());
            assert!(started.elapsed() >= Duration::from_millis(250));
            ticker.cancel();
        }
    });
    assert!(ticks.get() >= 5, "only {} ticks while waiting", ticks.get());
}

#[test]
fn kill_ends_a_child_and_wait_reports_the_signal() {
    block_on(async {
        let mut child = spawn(Command::new("sleep").arg("30")).unwrap();
        assert!(child.try_wait().unwrap().is_none());
        // A wait cancelled by a timeout can be awaited again.
        assert!(
            aw(wait_for(child.wait(), Duration::from_millis(20)))
                .await
                .is_err()
        );
        child.kill().unwrap();
        let status = aw(wait_for(child.wait(), Duration::from_secs(10)))
            .await
            .expect("the killed child is reaped")
            .unwrap();
        assert_eq!(status.signal(), Some(9));
        child.kill().unwrap(); // already reaped: not an error
    });
}

#[test]
fn spawning_a_missing_program_is_not_found() {
    block_on(async {
        let err = spawn(&mut Command::new("/nonexistent/coro-test-program")).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
    });
    let err = spawn(&mut Command::new("true")).unwrap_err();
    assert!(err.to_string().contains("running event loop"), "{err}");
}
