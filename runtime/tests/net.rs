//! `coro::net`: real sockets on 127.0.0.1, driven by the loop's reactor.

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream, UdpSocket};
use coro_runtime::{from_future, gather, sleep, spawn, wait_for};
use std::cell::Cell;
use std::io::ErrorKind;
use std::net::Shutdown;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A task that counts its turns, yielding to the loop after each: how
/// often it ran says whether other tasks let the loop go round.
fn spawn_ticker() -> (Rc<Cell<u32>>, coro_runtime::Task<()>) {
    let ticks = Rc::new(Cell::new(0u32));
    let ticker = spawn(from_future({
        let ticks = ticks.clone();
        async move {
            loop {
                ticks.set(ticks.get() + 1);
                aw(sleep(Duration::ZERO)).await;
            }
        }
    }));
    (ticks, ticker)
}

/// Deterministic test data.
fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

/// Echoes one connection until its peer shuts down writing.
async fn echo(stream: TcpStream) -> std::io::Result<u64> {
    let mut buf = vec![0u8; 4096];
    let mut total = 0;
    loop {
        let n = aw(stream.read(&mut buf)).await?;
        if n == 0 {
            stream.shutdown(Shutdown::Write)?;
            return Ok(total);
        }
        aw(stream.write_all(&buf[..n])).await?;
        total += n as u64;
    }
}

/// Sends `data`, half-closes, and reads everything back.
async fn client(addr: std::net::SocketAddr, data: Vec<u8>) -> std::io::Result<Vec<u8>> {
    let stream = Rc::new(aw(TcpStream::connect(addr)).await?);
    let writer = spawn(from_future({
        let stream = stream.clone();
        async move {
            aw(stream.write_all(&data)).await?;
            stream.shutdown(Shutdown::Write)
        }
    }));
    let mut back = Vec::new();
    let mut buf = [0u8; 1000];
    loop {
        let n = aw(stream.read(&mut buf)).await?;
        if n == 0 {
            break;
        }
        back.extend_from_slice(&buf[..n]);
    }
    aw(writer).await.unwrap()?;
    Ok(back)
}

#[test]
fn echo_round_trip_with_concurrent_clients() {
    const CLIENTS: usize = 20;
    const SIZE: usize = 300_000; // more than a socket buffer: both sides wait
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        assert!(addr.ip().is_loopback() && addr.port() != 0);
        let server = spawn(from_future(async move {
            let mut handlers = Vec::new();
            for _ in 0..CLIENTS {
                let (stream, peer) = aw(listener.accept()).await.unwrap();
                assert_eq!(peer, stream.peer_addr().unwrap());
                handlers.push(spawn(from_future(echo(stream))));
            }
            let mut total = 0;
            for h in handlers {
                total += aw(h).await.unwrap().unwrap();
            }
            total
        }));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|i| spawn(from_future(client(addr, pattern(SIZE, i as u8)))))
            .collect();
        for (i, c) in clients.into_iter().enumerate() {
            let back = aw(c).await.unwrap().unwrap();
            assert_eq!(back.len(), SIZE);
            assert!(back == pattern(SIZE, i as u8), "client {i}: bytes differ");
        }
        assert_eq!(aw(server).await.unwrap(), (CLIENTS * SIZE) as u64);
    });
}

#[test]
fn connecting_to_a_closed_port_is_refused() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let err = aw(TcpStream::connect(addr)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ConnectionRefused, "{err}");
    });
}

#[test]
fn binding_a_listening_port_again_is_addr_in_use() {
    block_on(async {
        let listener = aw(TcpListener::bind(("127.0.0.1", 0))).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let err = aw(TcpListener::bind(addr)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::AddrInUse, "{err}");
    });
}

#[test]
fn host_names_resolve_off_the_loop() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // "localhost" may resolve to ::1 first; connect tries each address.
        let stream = aw(TcpStream::connect(("localhost", port))).await.unwrap();
        assert_eq!(stream.peer_addr().unwrap().port(), port);
        let bad = aw(TcpStream::connect("127.0.0.1:notaport"))
            .await
            .unwrap_err();
        assert_eq!(bad.kind(), ErrorKind::InvalidInput);
    });
}

#[test]
fn eof_partial_reads_and_read_exact() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        client.set_nodelay(true).unwrap();
        assert!(client.nodelay().unwrap());
        aw(client.write_all(b"hello world")).await.unwrap();
        let mut small = [0u8; 4];
        aw(server.read_exact(&mut small)).await.unwrap();
        assert_eq!(&small, b"hell");
        let mut rest = [0u8; 64];
        let n = aw(server.read(&mut rest)).await.unwrap();
        assert_eq!(&rest[..n], b"o world");
        drop(client);
        assert_eq!(aw(server.read(&mut rest)).await.unwrap(), 0, "EOF");
        let err = aw(server.read_exact(&mut small)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnexpectedEof);
    });
}

#[test]
fn half_close_keeps_the_other_direction_open() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        client.shutdown(Shutdown::Write).unwrap();
        let mut buf = [0u8; 8];
        assert_eq!(aw(server.read(&mut buf)).await.unwrap(), 0);
        aw(server.write_all(b"still")).await.unwrap();
        aw(client.read_exact(&mut buf[..5])).await.unwrap();
        assert_eq!(&buf[..5], b"still");
    });
}

#[test]
fn a_read_cancelled_by_a_timeout_loses_no_bytes() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        let mut buf = [0u8; 16];
        let started = Instant::now();
        let timed_out = aw(wait_for(server.read(&mut buf), Duration::from_millis(50))).await;
        assert!(timed_out.is_err());
        assert!(started.elapsed() >= Duration::from_millis(50));
        aw(client.write_all(b"kept")).await.unwrap();
        let n = aw(server.read(&mut buf)).await.unwrap();
        assert_eq!(&buf[..n], b"kept");
    });
}

#[test]
fn a_peer_reset_is_an_error_not_a_panic() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        // Unread data at close makes the OS send a reset.
        aw(server.write_all(b"unread")).await.unwrap();
        aw(sleep(Duration::from_millis(20))).await;
        drop(client);
        aw(sleep(Duration::from_millis(20))).await;
        let chunk = vec![7u8; 64 * 1024];
        let mut error = None;
        for _ in 0..100 {
            if let Err(e) = aw(server.write_all(&chunk)).await {
                error = Some(e);
                break;
            }
        }
        let error = error.expect("writing to a reset connection fails");
        assert!(
            matches!(
                error.kind(),
                ErrorKind::ConnectionReset | ErrorKind::BrokenPipe
            ),
            "{error:?}"
        );
    });
}

#[test]
fn busy_tasks_do_not_starve_io() {
    block_on(async {
        // A task that is always ready: the loop never has an idle tick.
        let busy = spawn(from_future(async {
            loop {
                aw(sleep(Duration::ZERO)).await;
            }
        }));
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let echoed = aw(wait_for(
            from_future(async move {
                let server = spawn(from_future(async move {
                    let (s, _) = aw(listener.accept()).await.unwrap();
                    echo(s).await.unwrap()
                }));
                let back = client(addr, pattern(200_000, 3)).await.unwrap();
                aw(server).await.unwrap();
                back
            }),
            Duration::from_secs(20),
        ))
        .await
        .expect("IO made progress while a task was busy");
        assert!(echoed == pattern(200_000, 3));
        busy.cancel();
    });
}

#[test]
fn many_waiters_on_one_listener_each_get_a_connection() {
    block_on(async {
        let listener = Rc::new(aw(TcpListener::bind("127.0.0.1:0")).await.unwrap());
        let addr = listener.local_addr().unwrap();
        let acceptors: Vec<_> = (0..3)
            .map(|_| {
                let l = listener.clone();
                spawn(from_future(async move { aw(l.accept()).await.map(|_| ()) }))
            })
            .collect();
        aw(sleep(Duration::from_millis(10))).await;
        let mut clients = Vec::new();
        for _ in 0..3 {
            clients.push(aw(TcpStream::connect(addr)).await.unwrap());
        }
        for a in acceptors {
            aw(wait_for(a, Duration::from_secs(10)))
                .await
                .expect("every acceptor is woken")
                .unwrap()
                .unwrap();
        }
    });
}

#[test]
fn udp_send_to_recv_from_and_connected() {
    block_on(async {
        let a = aw(UdpSocket::bind("127.0.0.1:0")).await.unwrap();
        let b = aw(UdpSocket::bind("127.0.0.1:0")).await.unwrap();
        let (a_addr, b_addr) = (a.local_addr().unwrap(), b.local_addr().unwrap());
        let mut buf = [0u8; 32];
        let (sent, got) = aw(gather!(a.send_to(b"ping", b_addr), b.recv_from(&mut buf))).await;
        assert_eq!(sent.unwrap(), 4);
        let (n, from) = got.unwrap();
        assert_eq!((&buf[..n], from), (&b"ping"[..], a_addr));
        aw(b.connect(a_addr)).await.unwrap();
        assert_eq!(b.peer_addr().unwrap(), a_addr);
        aw(b.send(b"pong")).await.unwrap();
        let (n, from) = aw(a.recv_from(&mut buf)).await.unwrap();
        assert_eq!((&buf[..n], from), (&b"pong"[..], b_addr));
        aw(a.connect(b_addr)).await.unwrap();
        aw(a.send(b"again")).await.unwrap();
        let n = aw(b.recv(&mut buf)).await.unwrap();
        assert_eq!(&buf[..n], b"again");
    });
}

#[test]
fn sockets_need_a_loop_and_stay_with_theirs() {
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let err = TcpListener::from_std(std_listener).unwrap_err();
    assert!(err.to_string().contains("running event loop"), "{err}");
    // A stream made in one loop, used in the next: an error, not a hang.
    let (stream, _peer) = block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        (client, server)
    });
    let err = block_on(async move {
        let mut buf = [0u8; 4];
        aw(stream.read(&mut buf)).await.unwrap_err()
    });
    assert!(err.to_string().contains("outside the event loop"), "{err}");
}

#[cfg(unix)]
#[test]
fn unix_streams_and_listeners() {
    use coro_runtime::net::{UnixListener, UnixStream};
    let dir = std::env::temp_dir().join(format!("coro-net-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("echo.sock");
    let _ = std::fs::remove_file(&path);
    block_on({
        let path = path.clone();
        let missing = dir.join("missing.sock");
        async move {
            let listener = UnixListener::bind(&path).unwrap();
            let server = spawn(from_future(async move {
                let (s, _) = aw(listener.accept()).await.unwrap();
                let mut buf = [0u8; 5];
                aw(s.read_exact(&mut buf)).await.unwrap();
                aw(s.write_all(&buf)).await.unwrap();
            }));
            let c = aw(UnixStream::connect(&path)).await.unwrap();
            aw(c.write_all(b"unix!")).await.unwrap();
            let mut buf = [0u8; 5];
            aw(c.read_exact(&mut buf)).await.unwrap();
            assert_eq!(&buf, b"unix!");
            aw(server).await.unwrap();
            let err = aw(UnixStream::connect(missing)).await.unwrap_err();
            assert_eq!(err.kind(), ErrorKind::NotFound);
            let (a, b) = UnixStream::pair().unwrap();
            a.shutdown(Shutdown::Write).unwrap();
            assert_eq!(aw(b.read(&mut buf)).await.unwrap(), 0);
        }
    });
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_task_whose_socket_is_always_ready_still_yields() {
    const BYTES: usize = 20_000;
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        aw(client.write_all(&pattern(BYTES, 9))).await.unwrap();
        aw(sleep(Duration::from_millis(50))).await; // all of it arrived
        let (ticks, ticker) = spawn_ticker();
        // One byte per read: every read completes at once.
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while got.len() < BYTES {
            let n = aw(server.read(&mut byte)).await.unwrap();
            got.extend_from_slice(&byte[..n]);
        }
        assert!(
            got == pattern(BYTES, 9),
            "bytes lost or reordered by yielding"
        );
        // 20,000 reads with a budget of 128 in a row: the ticker ran
        // between the runs (without the budget it would not have run yet).
        assert!(
            ticks.get() >= 20,
            "the ticker ran only {} times",
            ticks.get()
        );
        ticker.cancel();
    });
}

#[test]
fn a_short_read_followed_by_the_end_of_stream_still_ends() {
    // The data and the FIN arrive together: the first read stops short at
    // the FIN (fewer bytes than asked, which usually means "socket
    // emptied"), and no readiness edge follows; the next read must still
    // see the end of the stream instead of waiting for one.
    use std::io::Write;
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut peer = std::net::TcpStream::connect(addr).unwrap();
        let (stream, _) = aw(listener.accept()).await.unwrap();
        peer.write_all(b"hello").unwrap();
        peer.shutdown(Shutdown::Write).unwrap();
        aw(sleep(Duration::from_millis(20))).await; // both arrived
        let mut buf = [0u8; 64];
        let outcome = aw(wait_for(
            from_future(async {
                let n = aw(stream.read(&mut buf)).await?;
                let end = aw(stream.read(&mut buf[n..])).await?;
                std::io::Result::Ok((n, end))
            }),
            Duration::from_secs(10),
        ))
        .await
        .expect("the end of the stream was seen");
        assert_eq!(outcome.unwrap(), (5, 0));
        assert_eq!(&buf[..5], b"hello");
    });
}

#[cfg(target_os = "linux")]
#[test]
fn after_a_short_read_the_task_goes_back_through_the_loop() {
    // The echo benchmark's tail (BENCHMARKS.md Part D): a server task that
    // read its socket again right after answering found the client's next
    // request already there whenever the woken client had run first, and
    // so served that one connection again and again while the others
    // waited. A read that returned fewer bytes than asked emptied the
    // socket: the next read waits for the next readiness event, which puts
    // the task behind the other ready tasks, even when the data is there.
    use std::io::Write;
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let mut peer = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (stream, _) = aw(listener.accept()).await.unwrap();
        let (ticks, ticker) = spawn_ticker();
        peer.write_all(b"first").unwrap();
        aw(sleep(Duration::from_millis(20))).await; // it arrived
        let mut buf = [0u8; 64];
        let n = aw(stream.read(&mut buf)).await.unwrap();
        assert_eq!(&buf[..n], b"first", "a short read: 5 of 64 bytes");
        // On loopback the bytes are queued by the time `write` returns.
        peer.write_all(b"second").unwrap();
        let before = ticks.get();
        let n = aw(stream.read(&mut buf)).await.unwrap();
        assert_eq!(&buf[..n], b"second");
        assert!(
            ticks.get() > before,
            "the read after a short read completed without letting the other tasks run"
        );
        // `read_exact` after one of its reads stopped short: it waits for
        // the next event, and the rest, sent later, arrives.
        peer.write_all(b"abc").unwrap();
        aw(sleep(Duration::from_millis(20))).await;
        let mut six = [0u8; 6];
        let rest = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            peer.write_all(b"def").unwrap();
            peer
        });
        aw(stream.read_exact(&mut six)).await.unwrap();
        assert_eq!(&six, b"abcdef");
        drop(rest.join().unwrap());
        ticker.cancel();
    });
}
