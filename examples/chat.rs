//! `chat`: a line-based chat server on asyncio's streams, and a scripted
//! conversation of three clients against it, in one program that ends by
//! itself.
//!
//! A client's first line is its name; every later line is said to the
//! room, which sees `name: line`; arrivals and departures are announced.
//! The script: alice, bob and carol join one after another, each says one
//! line, then they leave in turn. Every line a client receives is printed
//! as `[client] line`:
//!
//! ```text
//! Chat server on 127.0.0.1:43021
//! [alice] welcome, alice: 1 here
//! [bob] welcome, bob: 2 here
//! [alice] * bob joined
//! [carol] welcome, carol: 3 here
//! [alice] * carol joined
//! [bob] * carol joined
//! [bob] alice: hi all
//! [carol] alice: hi all
//! [alice] bob: hello alice
//! [carol] bob: hello alice
//! [alice] carol: bye for now
//! [bob] carol: bye for now
//! [alice] * carol left
//! [bob] * carol left
//! [bob] * alice left
//! Conversation over: 15 lines delivered.
//! ```
//!
//! With `--serve [PORT]` it is the server alone, until Ctrl-C (try two
//! `nc 127.0.0.1 PORT` in two terminals).
//!
//! ```text
//! cargo run --example chat
//! cargo run --example chat -- --serve 8888
//! ```

use coro::streams::{StreamReader, StreamWriter, open_connection, start_server};
use std::cell::RefCell;
use std::io;
use std::rc::Rc;

/// Who is in the room: an id, a name and a writer each.
type Room = Rc<RefCell<Vec<(u64, String, Rc<StreamWriter>)>>>;

/// Queues `line` for everyone in the room but `except`. Writes never wait
/// (the writers buffer), so one slow member cannot hold up the others.
fn broadcast(room: &Room, except: u64, line: &str) {
    let members: Vec<Rc<StreamWriter>> = room
        .borrow()
        .iter()
        .filter(|(id, _, _)| *id != except)
        .map(|(_, _, w)| w.clone())
        .collect();
    for writer in members {
        writer.write(format!("{line}\n").as_bytes());
    }
}

#[coro::coroutine]
fn handle_member(mut reader: StreamReader, writer: StreamWriter, room: Room, id: u64) {
    let Ok(name) = reader.readline().await else {
        return;
    };
    let name = String::from_utf8_lossy(&name).trim().to_owned();
    if name.is_empty() {
        return;
    }
    let writer = Rc::new(writer);
    room.borrow_mut().push((id, name.clone(), writer.clone()));
    let here = room.borrow().len();
    writer.write(format!("welcome, {name}: {here} here\n").as_bytes());
    broadcast(&room, id, &format!("* {name} joined"));
    loop {
        match reader.readline().await {
            Ok(line) if !line.is_empty() => {
                let text = String::from_utf8_lossy(&line).trim_end().to_owned();
                broadcast(&room, id, &format!("{name}: {text}"));
            }
            _ => break, // end of stream or error: the member left
        }
    }
    room.borrow_mut().retain(|(other, _, _)| *other != id);
    broadcast(&room, id, &format!("* {name} left"));
}

/// Starts the chat server on `127.0.0.1:port`.
#[coro::coroutine]
fn start_chat(port: u16) -> io::Result<coro::streams::Server> {
    let room: Room = Rc::default();
    let next_id = Rc::new(std::cell::Cell::new(0));
    let server = start_server(
        move |reader, writer| {
            next_id.set(next_id.get() + 1);
            handle_member(reader, writer, room.clone(), next_id.get())
        },
        "127.0.0.1",
        port,
    )
    .await?;
    Ok(server)
}

/// A scripted member: its name, its reader and writer.
struct Member {
    name: &'static str,
    reader: StreamReader,
    writer: StreamWriter,
}

/// Connects `name` and sends its name line.
#[coro::coroutine]
fn join(name: &'static str, port: u16) -> io::Result<Member> {
    let (reader, writer) = open_connection("127.0.0.1", port).await?;
    writer.write(format!("{name}\n").as_bytes());
    Ok(Member {
        name,
        reader,
        writer,
    })
}

/// Reads the next line `member` receives and prints it.
#[coro::coroutine]
fn hear(member: &mut Member) -> io::Result<String> {
    let line = member.reader.readline().await?;
    let line = String::from_utf8_lossy(&line).trim_end().to_owned();
    println!("[{}] {line}", member.name);
    Ok(line)
}

#[coro::coroutine]
fn conversation() -> io::Result<usize> {
    let server = start_chat(0).await?;
    println!("Chat server on {}", server.addresses()[0]);
    let port = server.addresses()[0].port();
    let mut heard = 0;

    let mut alice = join("alice", port).await?;
    hear(&mut alice).await?;
    let mut bob = join("bob", port).await?;
    hear(&mut bob).await?;
    hear(&mut alice).await?;
    let mut carol = join("carol", port).await?;
    hear(&mut carol).await?;
    hear(&mut alice).await?;
    hear(&mut bob).await?;
    heard += 6;

    alice.writer.write(b"hi all\n");
    hear(&mut bob).await?;
    hear(&mut carol).await?;
    bob.writer.write(b"hello alice\n");
    hear(&mut alice).await?;
    hear(&mut carol).await?;
    carol.writer.write(b"bye for now\n");
    hear(&mut alice).await?;
    hear(&mut bob).await?;
    heard += 6;

    drop(carol);
    hear(&mut alice).await?;
    hear(&mut bob).await?;
    drop(alice);
    hear(&mut bob).await?;
    drop(bob);
    heard += 3;

    server.close();
    server.wait_closed().await;
    Ok(heard)
}

/// The server alone, until Ctrl-C.
#[coro::coroutine]
fn serve(port: u16) -> io::Result<()> {
    let mut interrupt = coro::signal::ctrl_c()?;
    let server = start_chat(port).await?;
    println!(
        "Chat server on {} (pid {}; Ctrl-C stops)",
        server.addresses()[0],
        std::process::id()
    );
    interrupt.recv().await;
    println!("Interrupted: closing the server");
    server.close();
    Ok(())
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        None => {
            let heard = coro::run(conversation())?;
            println!("Conversation over: {heard} lines delivered.");
            Ok(())
        }
        Some("--serve") => {
            let port = args
                .next()
                .map_or(Ok(0), |p| p.parse())
                .unwrap_or_else(|_| {
                    eprintln!("usage: chat [--serve [PORT]]");
                    std::process::exit(2)
                });
            coro::run(serve(port))
        }
        Some(_) => {
            eprintln!("usage: chat [--serve [PORT]]");
            std::process::exit(2)
        }
    }
}
