//! Sockets release their fds and poller registrations: after many
//! connections open and close, the process has the fds it started with.
//! (A test binary of its own: other tests would open fds meanwhile.)

#![cfg(target_os = "linux")]

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream};
use coro_runtime::{from_future, spawn, wait_for};
use std::time::Duration;

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}

#[test]
fn fds_return_to_their_starting_count() {
    // Warm up (a first loop).
    block_on(async {
        let l = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        drop(l);
    });
    let before = open_fds();
    let during = block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = spawn(from_future(async move {
            let mut kept = Vec::new();
            for _ in 0..50 {
                kept.push(aw(listener.accept()).await.unwrap().0);
            }
            kept
        }));
        let mut clients = Vec::new();
        for _ in 0..50 {
            clients.push(aw(TcpStream::connect(addr)).await.unwrap());
        }
        let accepted = aw(server).await.unwrap();
        let during = open_fds();
        // A read pending when its task is cancelled deregisters cleanly.
        let reader = spawn(from_future(async move {
            let mut buf = [0u8; 1];
            let s = &accepted[0];
            let _ = aw(s.read(&mut buf)).await;
            accepted.len()
        }));
        let _ = aw(wait_for(
            coro_runtime::sleep(Duration::from_millis(20)),
            Duration::from_secs(1),
        ))
        .await;
        reader.cancel();
        during
    });
    assert!(
        during >= before + 100,
        "{during} fds during, {before} before"
    );
    assert_eq!(open_fds(), before, "every socket was closed");
}
