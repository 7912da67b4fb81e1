//! `echo`: the asyncio documentation's TCP echo server and client, in one
//! program that ends by itself.
//!
//! The server (`handle_echo`) reads up to 100 bytes, prints them, echoes
//! them and closes; each client (`tcp_echo_client`) connects, sends its
//! message, prints the reply and closes. `main` starts the server on a free
//! port of 127.0.0.1, runs `--clients N` clients (default 3) concurrently,
//! then closes the server and waits until every connection is done:
//!
//! ```text
//! Serving on 127.0.0.1:40573
//! Send: "Hello World! #0"
//! Send: "Hello World! #1"
//! Send: "Hello World! #2"
//! Received "Hello World! #0" from 127.0.0.1:52046
//! Send: "Hello World! #0"
//! Close the connection
//! ...
//! Received: "Hello World! #2"
//! Close the connection
//! Echoed 3 messages.
//! ```
//!
//! Run it with:
//!
//! ```text
//! cargo run --example echo -- --clients 3
//! ```
//!
//! With `--serve [PORT]` it is the server alone, as in the asyncio docs: it
//! serves until Ctrl-C (SIGINT), then closes and waits for its connections
//! to finish (try `nc 127.0.0.1 PORT`).

use coro::streams::{StreamReader, StreamWriter, open_connection, start_server};
use std::io;

#[coro::coroutine]
fn handle_echo(mut reader: StreamReader, writer: StreamWriter) {
    let data = reader.read(100).await.expect("read from the client");
    let message = String::from_utf8_lossy(&data).into_owned();
    let addr = writer.peer_addr().expect("the client's address");
    println!("Received {message:?} from {addr}");
    println!("Send: {message:?}");
    writer.write(&data);
    writer.drain().await.expect("send to the client");
    println!("Close the connection");
    writer.close();
    writer.wait_closed().await.expect("close the connection");
}

#[coro::coroutine]
fn tcp_echo_client(message: String, port: u16) -> io::Result<String> {
    let (mut reader, writer) = open_connection("127.0.0.1", port).await?;
    println!("Send: {message:?}");
    writer.write(message.as_bytes());
    writer.drain().await?;
    let data = reader.read(100).await?;
    let reply = String::from_utf8_lossy(&data).into_owned();
    println!("Received: {reply:?}");
    println!("Close the connection");
    writer.close();
    writer.wait_closed().await?;
    Ok(reply)
}

#[coro::coroutine]
fn main_coroutine(clients: usize) -> io::Result<usize> {
    let server = start_server(handle_echo, "127.0.0.1", 0).await?;
    let addrs: Vec<String> = server.addresses().iter().map(|a| a.to_string()).collect();
    println!("Serving on {}", addrs.join(", "));
    let port = server.addresses()[0].port();
    let tasks: Vec<_> = (0..clients)
        .map(|i| coro::spawn(tcp_echo_client(format!("Hello World! #{i}"), port)))
        .collect();
    let mut echoed = 0;
    for (i, task) in tasks.into_iter().enumerate() {
        let reply = task.await.expect("the client task finished")?;
        assert_eq!(reply, format!("Hello World! #{i}"));
        echoed += 1;
    }
    server.close();
    server.wait_closed().await;
    Ok(echoed)
}

/// The server alone, until Ctrl-C.
#[coro::coroutine]
fn serve(port: u16) -> io::Result<()> {
    let mut interrupt = coro::signal::ctrl_c()?;
    let server = start_server(handle_echo, "127.0.0.1", port).await?;
    println!(
        "Serving on {} (pid {}; Ctrl-C stops)",
        server.addresses()[0],
        std::process::id()
    );
    interrupt.recv().await;
    println!("Interrupted: closing the server");
    server.close();
    server.wait_closed().await;
    Ok(())
}

fn usage() -> ! {
    eprintln!("usage: echo [--clients N] | echo --serve [PORT]");
    std::process::exit(2);
}

fn main() -> io::Result<()> {
    let mut clients = 3;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--clients" => match args.next().map(|v| v.parse()) {
                Some(Ok(n)) => clients = n,
                _ => usage(),
            },
            "--serve" => {
                let port = match args.next().map(|v| v.parse()) {
                    None => 0,
                    Some(Ok(port)) => port,
                    Some(Err(_)) => usage(),
                };
                return coro::run(serve(port));
            }
            _ => usage(),
        }
    }
    let echoed = coro::run(main_coroutine(clients))?;
    println!("Echoed {echoed} messages.");
    Ok(())
}
