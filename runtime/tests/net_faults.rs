//! Faults: a peer reset while a read waits, a server closed under
//! connected clients, and a client dropped at every await point.

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream};
use coro_runtime::streams::{StreamReader, StreamWriter, open_connection, start_server};
use coro_runtime::{Awaitable, from_future, sleep, spawn, wait_for};
use std::cell::Cell;
use std::io::ErrorKind;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

#[test]
fn a_reset_with_unread_data_wakes_the_waiting_reader_with_an_error() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
            .await
            .unwrap();
        let (server, _) = aw(listener.accept()).await.unwrap();
        // Data the client never reads: closing it sends a reset.
        aw(server.write_all(b"unread")).await.unwrap();
        let server = Rc::new(server);
        let reader = spawn(from_future({
            let server = server.clone();
            async move {
                let mut buf = [0u8; 8];
                aw(server.read(&mut buf)).await
            }
        }));
        aw(sleep(Duration::from_millis(20))).await;
        drop(client);
        let result = aw(wait_for(reader, Duration::from_secs(10)))
            .await
            .expect("the pending read ends")
            .unwrap();
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ConnectionReset, "{err:?}");
    });
}

#[test]
fn closing_the_server_keeps_connected_clients_and_refuses_new_ones() {
    block_on(async {
        let handler = |mut r: StreamReader, w: StreamWriter| {
            from_future(async move {
                while let Ok(line) = aw(r.readline()).await {
                    if line.is_empty() {
                        break;
                    }
                    w.write(&line);
                }
            })
        };
        let server = aw(start_server(handler, "127.0.0.1", 0)).await.unwrap();
        let port = server.addresses()[0].port();
        let (mut r, w) = aw(open_connection("127.0.0.1", port)).await.unwrap();
        w.write(b"before\n");
        assert_eq!(aw(r.readline()).await.unwrap(), b"before\n");
        server.close();
        let refused = aw(open_connection("127.0.0.1", port)).await.unwrap_err();
        assert_eq!(refused.kind(), ErrorKind::ConnectionRefused);
        w.write(b"after\n");
        assert_eq!(aw(r.readline()).await.unwrap(), b"after\n");
        let waiting = aw(wait_for(server.wait_closed(), Duration::from_millis(20))).await;
        assert!(waiting.is_err(), "a handler is still running");
        drop(w);
        aw(wait_for(server.wait_closed(), Duration::from_secs(10)))
            .await
            .expect("the handler saw the end of the stream");
        assert_eq!(aw(r.readline()).await.unwrap(), b"");
    });
}

/// Resumes `inner` at most `polls` times, then drops it (a cancellation at
/// the await point it reached).
struct DropAfter<A> {
    inner: Option<Pin<Box<A>>>,
    polls: usize,
}

impl<A: Awaitable> Awaitable for DropAfter<A> {
    type Output = Option<A::Output>;

    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.polls == 0 {
            self.inner = None;
            return Poll::Ready(None);
        }
        self.polls -= 1;
        let inner = self.inner.as_mut().expect("resumed after completion");
        inner.as_mut().resume(cx).map(Some)
    }
}

#[test]
fn a_client_cancelled_at_every_await_point_leaks_nothing() {
    block_on(async {
        let errors = Rc::new(Cell::new(0));
        let handler = {
            let errors = errors.clone();
            move |mut r: StreamReader, w: StreamWriter| {
                let errors = errors.clone();
                from_future(async move {
                    loop {
                        match aw(r.readline()).await {
                            Ok(line) if line.is_empty() => break,
                            Ok(line) => {
                                // Slow: each client read is pending a while.
                                aw(sleep(Duration::from_millis(1))).await;
                                w.write(&line);
                                if aw(w.drain()).await.is_err() {
                                    errors.set(errors.get() + 1);
                                    break;
                                }
                            }
                            Err(_) => {
                                errors.set(errors.get() + 1);
                                break;
                            }
                        }
                    }
                })
            }
        };
        let server = aw(start_server(handler, "127.0.0.1", 0)).await.unwrap();
        let port = server.addresses()[0].port();
        let client = move || {
            from_future(async move {
                let (mut r, w) = aw(open_connection("127.0.0.1", port)).await?;
                for i in 0..3 {
                    w.write(format!("line {i}\n").as_bytes());
                    aw(w.drain()).await?;
                    let line = aw(r.readline()).await?;
                    assert_eq!(line, format!("line {i}\n").as_bytes());
                }
                w.close();
                aw(w.wait_closed()).await?;
                std::io::Result::Ok(())
            })
        };
        let mut k = 0;
        loop {
            let outcome = aw(DropAfter {
                inner: Some(Box::pin(client())),
                polls: k,
            })
            .await;
            match outcome {
                None => k += 1,
                Some(result) => {
                    result.unwrap();
                    break;
                }
            }
            assert!(k < 1000, "the client never completes");
        }
        assert!(k >= 4, "the client suspended only {k} times");
        eprintln!("the client completed when resumed {k} times");
        // Every connection the cancelled clients opened ends on the server.
        server.close();
        aw(wait_for(server.wait_closed(), Duration::from_secs(10)))
            .await
            .expect("no handler is left waiting");
        assert!(
            errors.get() <= k,
            "{} errors for {k} cancellations",
            errors.get()
        );
    });
}
