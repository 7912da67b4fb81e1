//! `futures_io::AsyncRead`/`AsyncWrite` on coro's sockets (feature
//! `futures-io`), driven through the traits only.

#![cfg(feature = "futures-io")]

mod common;

use common::{aw, block_on};
use coro_runtime::net::{TcpListener, TcpStream};
use coro_runtime::{from_future, spawn};
use futures_io::{AsyncRead, AsyncWrite};
use std::future::poll_fn;
use std::pin::Pin;

async fn write_all(mut w: impl AsyncWrite + Unpin, mut data: &[u8]) {
    while !data.is_empty() {
        let n = poll_fn(|cx| Pin::new(&mut w).poll_write(cx, data))
            .await
            .unwrap();
        data = &data[n..];
    }
    poll_fn(|cx| Pin::new(&mut w).poll_flush(cx)).await.unwrap();
    poll_fn(|cx| Pin::new(&mut w).poll_close(cx)).await.unwrap();
}

async fn read_to_end(mut r: impl AsyncRead + Unpin) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 1500];
    loop {
        let n = poll_fn(|cx| Pin::new(&mut r).poll_read(cx, &mut buf))
            .await
            .unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

#[test]
fn tcp_streams_through_the_futures_io_traits() {
    let data: Vec<u8> = (0..500_000u32).map(|i| (i % 253) as u8).collect();
    let got = block_on({
        let data = data.clone();
        async move {
            let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
            let client = aw(TcpStream::connect(listener.local_addr().unwrap()))
                .await
                .unwrap();
            let (server, _) = aw(listener.accept()).await.unwrap();
            let writer = spawn(from_future(async move { write_all(client, &data).await }));
            // `&TcpStream` implements the traits too.
            let got = read_to_end(&server).await;
            aw(writer).await.unwrap();
            got
        }
    });
    assert!(got == data, "{} bytes back of {}", got.len(), data.len());
}

#[cfg(unix)]
#[test]
fn unix_streams_through_the_futures_io_traits() {
    use coro_runtime::net::UnixStream;
    let got = block_on(async {
        let (a, b) = UnixStream::pair().unwrap();
        let writer = spawn(from_future(
            async move { write_all(&a, b"over unix").await },
        ));
        let got = read_to_end(b).await;
        aw(writer).await.unwrap();
        got
    });
    assert_eq!(got, b"over unix");
}
