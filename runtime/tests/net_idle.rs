//! The loop does not busy-poll: while its only task waits on a socket (and
//! a listener waits for connections), the process uses next to no CPU.
//! Its own test binary, so no other test burns CPU meanwhile.

#![cfg(target_os = "linux")]

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream};
use coro_runtime::{spawn, wait_for};
use std::time::{Duration, Instant};

/// This process's user + system CPU time, from /proc (clock ticks of 10 ms).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10)
}

#[test]
fn waiting_for_io_does_not_burn_cpu() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        let acceptor = spawn(coro_runtime::from_future(async move {
            let _ = aw(listener.accept()).await;
        }));
        let (cpu, wall) = (cpu_time(), Instant::now());
        let mut buf = [0u8; 8];
        let read = aw(wait_for(server.read(&mut buf), Duration::from_millis(500))).await;
        assert!(read.is_err(), "nothing was sent");
        let (cpu, wall) = (cpu_time() - cpu, wall.elapsed());
        assert!(wall >= Duration::from_millis(500));
        assert!(
            cpu < Duration::from_millis(150),
            "{cpu:?} of CPU while waiting {wall:?}"
        );
        acceptor.cancel();
        drop(client);
    });
}
