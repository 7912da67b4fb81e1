//! Load: 1,000 concurrent loopback clients each echo 1 MiB through a
//! streams-based echo server; every byte comes back in order, the run ends
//! by itself, and (on Linux) the fd count returns to its starting value.
//! Its own test binary, so no other test opens fds meanwhile.

mod common;

use common::{aw, block_on};
use coro_runtime::net::TcpStream;
use coro_runtime::streams::{StreamReader, StreamWriter, start_server};
use coro_runtime::{Awaitable, from_future, spawn, wait_for};
use std::net::Shutdown;
use std::rc::Rc;
use std::time::{Duration, Instant};

const CLIENTS: usize = 1000;
const BYTES: usize = 1 << 20;
const CHUNK: usize = 16 * 1024;

fn echo(mut reader: StreamReader, writer: StreamWriter) -> impl Awaitable<Output = ()> {
    from_future(async move {
        loop {
            let data = aw(reader.read(64 * 1024)).await.unwrap();
            if data.is_empty() {
                break;
            }
            writer.write(&data);
            aw(writer.drain()).await.unwrap();
        }
        writer.close();
        aw(writer.wait_closed()).await.unwrap();
    })
}

/// The pattern's period (a prime, so chunks do not line up with it).
const PERIOD: usize = 4093;

/// `len` bytes of client `c`'s stream from offset `i`: the pattern is
/// stored repeated, so any window is one slice; every client's data differs.
fn window(pattern: &[u8], c: usize, i: usize, len: usize) -> &[u8] {
    let start = (i + c * 7) % PERIOD;
    &pattern[start..start + len]
}

async fn client(port: u16, c: usize, pattern: Rc<Vec<u8>>) -> usize {
    let stream = Rc::new(aw(TcpStream::connect(("127.0.0.1", port))).await.unwrap());
    let writer = spawn(from_future({
        let stream = stream.clone();
        let pattern = pattern.clone();
        async move {
            let mut sent = 0;
            while sent < BYTES {
                aw(stream.write_all(window(&pattern, c, sent, CHUNK)))
                    .await
                    .unwrap();
                sent += CHUNK;
            }
            stream.shutdown(Shutdown::Write).unwrap();
        }
    }));
    let mut buf = vec![0u8; CHUNK];
    let mut got = 0;
    loop {
        let n = aw(stream.read(&mut buf)).await.unwrap();
        if n == 0 {
            break;
        }
        assert!(
            buf[..n] == *window(&pattern, c, got, n),
            "client {c}: bytes {got}..{} differ",
            got + n
        );
        got += n;
    }
    aw(writer).await.unwrap();
    got
}

#[cfg(target_os = "linux")]
fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}

#[cfg(not(target_os = "linux"))]
fn open_fds() -> usize {
    0
}

#[test]
fn a_thousand_clients_echo_a_mebibyte_each() {
    let before = open_fds();
    let started = Instant::now();
    let totals = block_on(async {
        let server = aw(start_server(echo, "127.0.0.1", 0)).await.unwrap();
        let port = server.addresses()[0].port();
        let pattern: Rc<Vec<u8>> = Rc::new(
            (0..PERIOD + CHUNK)
                .map(|i| ((i % PERIOD) * 131 % 256) as u8)
                .collect(),
        );
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| spawn(from_future(client(port, c, pattern.clone()))))
            .collect();
        let mut totals = Vec::new();
        for task in clients {
            let total = aw(wait_for(task, Duration::from_secs(300)))
                .await
                .expect("the run ends by itself")
                .unwrap();
            totals.push(total);
        }
        server.close();
        aw(wait_for(server.wait_closed(), Duration::from_secs(30)))
            .await
            .expect("every handler finished");
        totals
    });
    eprintln!(
        "{CLIENTS} clients x {BYTES} bytes echoed in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        totals.iter().all(|t| *t == BYTES),
        "some client got short data"
    );
    assert_eq!(open_fds(), before, "every socket was closed");
}
