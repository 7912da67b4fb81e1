//! `coro::streams`: asyncio's StreamReader/StreamWriter, open_connection and
//! start_server, over real sockets on 127.0.0.1.

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream};
use coro_runtime::streams::{
    IncompleteReadError, LimitOverrunError, StreamReader, StreamWriter, open_connection, split,
    start_server,
};
use coro_runtime::{Awaitable, from_future, sleep, spawn, wait_for};
use std::cell::Cell;
use std::io::ErrorKind;
use std::rc::Rc;
use std::time::Duration;

/// Echoes lines until the client closes.
fn echo_lines(mut reader: StreamReader, writer: StreamWriter) -> impl Awaitable<Output = ()> {
    from_future(async move {
        loop {
            let line = aw(reader.readline()).await.unwrap();
            if line.is_empty() {
                break;
            }
            writer.write(&line);
            aw(writer.drain()).await.unwrap();
        }
        assert!(reader.at_eof());
        writer.close();
        aw(writer.wait_closed()).await.unwrap();
    })
}

/// A connected (client, server-side) pair of streams.
async fn pair() -> ((StreamReader, StreamWriter), (StreamReader, StreamWriter)) {
    let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
    let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
        .await
        .unwrap();
    let (server, _) = aw(listener.accept()).await.unwrap();
    (split(client), split(server))
}

#[test]
fn start_server_and_open_connection_echo_lines_for_concurrent_clients() {
    const CLIENTS: usize = 16;
    const LINES: usize = 200;
    block_on(async {
        let server = aw(start_server(echo_lines, "127.0.0.1", 0)).await.unwrap();
        assert!(server.is_serving());
        let port = server.addresses()[0].port();
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                spawn(from_future(async move {
                    let (mut reader, writer) = aw(open_connection("127.0.0.1", port)).await?;
                    assert_eq!(writer.peer_addr()?.port(), port);
                    for i in 0..LINES {
                        writer.write(format!("client {c} line {i}\n").as_bytes());
                    }
                    aw(writer.drain()).await?;
                    writer.write_eof();
                    let mut lines = Vec::new();
                    loop {
                        let line = aw(reader.readline()).await?;
                        if line.is_empty() {
                            break;
                        }
                        lines.push(String::from_utf8(line).unwrap());
                    }
                    std::io::Result::Ok(lines)
                }))
            })
            .collect();
        for (c, client) in clients.into_iter().enumerate() {
            let lines = aw(client).await.unwrap().unwrap();
            let expected: Vec<_> = (0..LINES)
                .map(|i| format!("client {c} line {i}\n"))
                .collect();
            assert_eq!(lines, expected);
        }
        server.close();
        assert!(!server.is_serving());
        aw(wait_for(server.wait_closed(), Duration::from_secs(10)))
            .await
            .expect("every handler finished");
    });
}

#[test]
fn readexactly_at_eof_carries_the_partial_bytes() {
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        client_w.write(b"abcd");
        client_w.close();
        let got = aw(server_r.readexactly(2)).await.unwrap();
        assert_eq!(got, b"ab");
        let err = aw(server_r.readexactly(10)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnexpectedEof);
        let incomplete = IncompleteReadError::take(err).unwrap();
        assert_eq!(incomplete.partial, b"cd");
        assert_eq!(incomplete.expected, Some(10));
        assert!(server_r.at_eof());
        assert_eq!(aw(server_r.read(100)).await.unwrap(), b"");
    });
}

#[test]
fn readuntil_limits_and_separators() {
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        server_r.set_limit(8);
        client_w.write(b"one--two is too long--");
        aw(client_w.drain()).await.unwrap();
        assert_eq!(aw(server_r.readuntil(b"--")).await.unwrap(), b"one--");
        let err = aw(server_r.readuntil(b"--")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidData);
        let overrun = LimitOverrunError::of(&err).unwrap().clone();
        assert!(overrun.separator_found);
        assert_eq!(overrun.consumed, "two is too long--".len());
        // The data stayed in the buffer.
        let rest = aw(server_r.readexactly(overrun.consumed)).await.unwrap();
        assert_eq!(rest, b"two is too long--");
        let err = aw(server_r.readuntil(b"")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        // A separator split across two socket reads is found.
        client_w.write(b"abc-");
        aw(client_w.drain()).await.unwrap();
        let reading = spawn(from_future(async move {
            let line = aw(server_r.readuntil(b"-+")).await.unwrap();
            (line, server_r)
        }));
        aw(sleep(Duration::from_millis(20))).await;
        client_w.write(b"+tail");
        client_w.close();
        let (line, mut server_r) = aw(reading).await.unwrap();
        assert_eq!(line, b"abc-+");
        let err = aw(server_r.readuntil(b"\n")).await.unwrap_err();
        assert_eq!(IncompleteReadError::of(&err).unwrap().partial, b"tail");
    });
}

#[test]
fn readline_returns_the_last_partial_line_then_empty() {
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        client_w.writelines([&b"first\nsec"[..], b"ond\nno newline"]);
        client_w.close();
        assert_eq!(aw(server_r.readline()).await.unwrap(), b"first\n");
        assert_eq!(aw(server_r.readline()).await.unwrap(), b"second\n");
        assert_eq!(aw(server_r.readline()).await.unwrap(), b"no newline");
        assert!(server_r.at_eof());
        assert_eq!(aw(server_r.readline()).await.unwrap(), b"");
    });
}

#[test]
fn readline_over_the_limit_is_an_error_and_drops_the_line() {
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        server_r.set_limit(4);
        client_w.write(b"much too long\nok\n");
        client_w.close();
        let err = aw(server_r.readline()).await.unwrap_err();
        assert!(LimitOverrunError::of(&err).is_some(), "{err}");
        assert_eq!(aw(server_r.readline()).await.unwrap(), b"ok\n");
    });
}

#[test]
fn cancelling_a_read_loses_no_bytes() {
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        client_w.write(b"1234");
        aw(client_w.drain()).await.unwrap();
        // Times out with 4 of 10 bytes read from the socket.
        let timed_out = aw(wait_for(
            server_r.readexactly(10),
            Duration::from_millis(50),
        ))
        .await;
        assert!(timed_out.is_err());
        assert_eq!(server_r.buffered(), b"1234");
        let timed_out = aw(wait_for(server_r.readline(), Duration::from_millis(20))).await;
        assert!(timed_out.is_err());
        client_w.write(b"567890");
        let all = aw(server_r.readexactly(10)).await.unwrap();
        assert_eq!(all, b"1234567890");
    });
}

#[test]
fn drain_applies_back_pressure_until_the_peer_reads() {
    // Far more than loopback socket buffers take in one write.
    const TOTAL: usize = 16 * 1024 * 1024;
    block_on(async {
        let ((_, client_w), (mut server_r, _server_w)) = pair().await;
        client_w.set_write_buffer_limits(64 * 1024, Some(16 * 1024));
        let data: Vec<u8> = (0..TOTAL).map(|i| (i % 251) as u8).collect();
        client_w.write(&data);
        assert!(
            client_w.buffer_size() > 64 * 1024,
            "the socket took everything: {} buffered",
            client_w.buffer_size()
        );
        // Nobody reads: drain waits.
        let blocked = aw(wait_for(client_w.drain(), Duration::from_millis(50))).await;
        assert!(
            blocked.is_err(),
            "drain returned while the peer did not read"
        );
        let drained = Rc::new(Cell::new(false));
        let drainer = spawn(from_future({
            let drained = drained.clone();
            async move {
                aw(client_w.drain()).await.unwrap();
                drained.set(true);
                assert!(client_w.buffer_size() <= 16 * 1024);
                client_w.close();
                aw(client_w.wait_closed()).await.unwrap();
            }
        }));
        let got = aw(server_r.read_to_end()).await.unwrap();
        assert!(drained.get());
        assert_eq!(got.len(), TOTAL);
        assert!(got == data, "bytes differ");
        aw(drainer).await.unwrap();
    });
}

#[test]
fn writing_to_a_reset_connection_reports_the_error() {
    block_on(async {
        let ((client_r, client_w), (server_r, server_w)) = pair().await;
        server_w.write(b"never read");
        aw(sleep(Duration::from_millis(20))).await;
        drop((client_r, client_w)); // unread data: a reset
        aw(sleep(Duration::from_millis(20))).await;
        drop(server_r);
        let chunk = vec![0u8; 256 * 1024];
        let mut error = None;
        for _ in 0..50 {
            server_w.write(&chunk);
            if let Err(e) = aw(server_w.drain()).await {
                error = Some(e);
                break;
            }
        }
        let error = error.expect("drain reports the failed write");
        assert!(
            matches!(
                error.kind(),
                ErrorKind::ConnectionReset | ErrorKind::BrokenPipe
            ),
            "{error:?}"
        );
        assert!(server_w.is_closing());
        assert!(aw(server_w.wait_closed()).await.is_err());
    });
}

#[test]
fn open_connection_to_a_closed_port_is_refused() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let err = aw(open_connection("127.0.0.1", port)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
    });
}

#[test]
fn cancelled_serve_forever_closes_the_server_and_wait_closed_waits_for_handlers() {
    block_on(async {
        let release = Rc::new(coro_runtime::Event::new());
        let handler = {
            let release = release.clone();
            move |_reader: StreamReader, writer: StreamWriter| {
                let release = release.clone();
                from_future(async move {
                    aw(release.wait()).await;
                    writer.write(b"bye\n");
                })
            }
        };
        let server = aw(start_server(handler, "127.0.0.1", 0)).await.unwrap();
        let addr = server.addresses()[0];
        let (mut reader, _writer) = aw(open_connection("127.0.0.1", addr.port())).await.unwrap();
        drop(server.serve_forever()); // never awaited: nothing happens
        assert!(server.is_serving());
        let timed_out = aw(wait_for(server.serve_forever(), Duration::from_millis(30))).await;
        assert!(timed_out.is_err());
        assert!(!server.is_serving(), "cancelling serve_forever closed it");
        let err = aw(TcpStream::connect(addr)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
        // The accepted connection's handler still runs.
        let pending = aw(wait_for(server.wait_closed(), Duration::from_millis(30))).await;
        assert!(pending.is_err(), "wait_closed waits for the handler");
        release.set();
        assert_eq!(aw(reader.readline()).await.unwrap(), b"bye\n");
        aw(wait_for(server.wait_closed(), Duration::from_secs(10)))
            .await
            .unwrap();
        aw(server.serve_forever()).await; // closed: returns at once
    });
}

#[cfg(unix)]
#[test]
fn unix_server_and_connection() {
    use coro_runtime::streams::{open_unix_connection, start_unix_server};
    let dir = std::env::temp_dir().join(format!("coro-streams-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("s.sock");
    let _ = std::fs::remove_file(&path);
    block_on({
        let path = path.clone();
        async move {
            let server = start_unix_server(
                |mut r: StreamReader<_>, w: StreamWriter<_>| {
                    from_future(async move {
                        let line = aw(r.readline()).await.unwrap();
                        w.write(&line.to_ascii_uppercase());
                    })
                },
                &path,
            )
            .unwrap();
            let (mut r, w) = aw(open_unix_connection(&path)).await.unwrap();
            w.write(b"quiet\n");
            assert_eq!(aw(r.readline()).await.unwrap(), b"QUIET\n");
            server.close();
        }
    });
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn streams_sockets_have_tcp_nodelay_like_asyncio() {
    /// Reports whether the server side of the connection has TCP_NODELAY.
    fn report(_reader: StreamReader, writer: StreamWriter) -> impl Awaitable<Output = ()> {
        from_future(async move {
            let on = writer.transport().nodelay().unwrap();
            writer.write(if on { b"on\n" } else { b"off\n" });
            aw(writer.drain()).await.unwrap();
            writer.close();
        })
    }
    block_on(async {
        let server = aw(start_server(report, "127.0.0.1", 0)).await.unwrap();
        let port = server.addresses()[0].port();
        let (mut reader, writer) = aw(open_connection("127.0.0.1", port)).await.unwrap();
        assert!(writer.transport().nodelay().unwrap(), "client side");
        assert_eq!(aw(reader.readline()).await.unwrap(), b"on\n", "server side");
        server.close();
    });
}

#[test]
fn short_reads_then_later_data_are_all_delivered() {
    // A read that returns less than asked makes the next one wait for the
    // next readiness edge without trying the socket: data (and the end of
    // the stream) arriving later must still wake it, in every split.
    block_on(async {
        let ((mut reader, _w), (_r, writer)) = pair().await;
        let writer_task = spawn(from_future(async move {
            for i in 0..50u8 {
                writer.write(&vec![i; 1 + usize::from(i) * 37]);
                aw(writer.drain()).await.unwrap();
                if i % 5 == 0 {
                    aw(sleep(Duration::from_millis(1))).await;
                }
            }
            writer.close();
            aw(writer.wait_closed()).await.unwrap();
        }));
        let mut got = Vec::new();
        loop {
            let chunk = aw(reader.read(100_000)).await.unwrap();
            if chunk.is_empty() {
                break;
            }
            got.extend_from_slice(&chunk);
        }
        let want: Vec<u8> = (0..50u8)
            .flat_map(|i| vec![i; 1 + usize::from(i) * 37])
            .collect();
        assert_eq!(got, want);
        aw(writer_task).await.unwrap();
    });
}
