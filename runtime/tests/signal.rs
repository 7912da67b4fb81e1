//! `coro::signal`: signals sent to this process with kill(1) wake the tasks
//! waiting for them.

#![cfg(unix)]

mod common;

use common::{aw, block_on};
use coro_runtime::signal::{SIGUSR1, SIGUSR2, signal};
use coro_runtime::{sleep, wait_for};
use std::io::ErrorKind;
use std::time::Duration;

/// Sends `name` (USR1, ...) to this process, on the loop (kill(1) as a
/// subprocess, waited for without blocking).
async fn raise(name: &str) {
    let mut child = coro_runtime::process::spawn(
        std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(std::process::id().to_string()),
    )
    .unwrap();
    assert!(aw(child.wait()).await.unwrap().success());
}

#[test]
fn a_signal_wakes_its_waiting_task_and_is_counted_when_nobody_waits() {
    block_on(async {
        let mut usr1 = signal(SIGUSR1).unwrap();
        // Nothing delivered yet: recv waits.
        assert!(
            aw(wait_for(usr1.recv(), Duration::from_millis(30)))
                .await
                .is_err()
        );
        raise("USR1").await;
        aw(wait_for(usr1.recv(), Duration::from_secs(10)))
            .await
            .expect("the signal was reported");
        // Delivered while nobody waits: the next recv reports it.
        raise("USR1").await;
        aw(sleep(Duration::from_millis(50))).await;
        aw(wait_for(usr1.recv(), Duration::from_secs(10)))
            .await
            .expect("a delivery between two recvs is kept");
        // And then it waits again.
        assert!(
            aw(wait_for(usr1.recv(), Duration::from_millis(30)))
                .await
                .is_err()
        );
    });
}

#[test]
fn listeners_on_two_loops_both_hear_the_signal() {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let other = std::thread::spawn(move || {
        block_on(async move {
            let mut usr2 = signal(SIGUSR2).unwrap();
            ready_tx.send(()).unwrap();
            aw(wait_for(usr2.recv(), Duration::from_secs(10)))
                .await
                .is_ok()
        })
    });
    block_on(async {
        let mut usr2 = signal(SIGUSR2).unwrap();
        ready_rx.recv().unwrap();
        raise("USR2").await;
        aw(wait_for(usr2.recv(), Duration::from_secs(10)))
            .await
            .expect("this loop heard it");
    });
    assert!(other.join().unwrap(), "the other loop heard it");
}

#[test]
fn signals_that_cannot_be_handled_are_refused() {
    for signum in [0, 9, 11, -1, 1000] {
        let err = signal(signum).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "signal {signum}");
    }
}
