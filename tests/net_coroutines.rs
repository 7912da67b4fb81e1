//! `coro::net` inside `#[coro::coroutine]` fns: socket awaitables that
//! borrow the socket and a local buffer across `.await`.

use coro::net::{TcpListener, TcpStream};
use std::io;
use std::net::Shutdown;
use std::time::Duration;

#[coro::coroutine]
fn echo_once(listener: TcpListener) -> io::Result<usize> {
    let (stream, _) = listener.accept().await?;
    let mut buf = [0u8; 64];
    let mut total = 0;
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        stream.write_all(&buf[..n]).await?;
        total += n;
    }
    stream.shutdown(Shutdown::Write)?;
    Ok(total)
}

#[coro::coroutine]
fn client(port: u16, message: Vec<u8>) -> io::Result<Vec<u8>> {
    let stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut buf = [0u8; 16];
    // Nothing arrives yet: the read times out and is dropped.
    let early = coro::wait_for(stream.read(&mut buf), Duration::from_millis(20)).await;
    assert!(early.is_err());
    stream.write_all(&message).await?;
    stream.shutdown(Shutdown::Write)?;
    let mut back = Vec::new();
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(back);
        }
        back.extend_from_slice(&buf[..n]);
    }
}

#[coro::coroutine]
fn main_coroutine() -> io::Result<(usize, Vec<u8>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let server = coro::spawn(echo_once(listener));
    let back = client(
        port,
        b"a message longer than one buffer of 16 bytes".to_vec(),
    )
    .await?;
    let total = server.await.expect("server task")?;
    Ok((total, back))
}

#[test]
fn sockets_in_coroutines() {
    let (total, back) = coro::run(main_coroutine()).unwrap();
    assert_eq!(back, b"a message longer than one buffer of 16 bytes");
    assert_eq!(total, back.len());
}
