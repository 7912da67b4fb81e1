//! Echo server benchmark (issue 13): coro's streams echo server against
//! tokio current_thread, Python asyncio and (if installed) uvloop, all
//! driven by the same blocking client on 127.0.0.1.
//!
//! ```sh
//! cargo bench -p coro-benches --bench echo    # ECHO_RUNS=3 timed runs per cell
//! ```
//!
//! Each server runs alone (its own thread, or a `python3` child process) on
//! a free port of 127.0.0.1 and echoes every read back (read up to 64 KiB,
//! write, drain) until EOF. Two workloads, each a warm-up and `ECHO_RUNS`
//! timed runs:
//! - throughput: `CONNS` connections at once, each sending `BYTES_PER_CONN`
//!   in `CHUNK`-byte writes, each chunk read back in full (and checked)
//!   before the next: MiB/s echoed, the median of the runs;
//! - latency: `CONNS` connections at once, each doing `REQUESTS` round trips
//!   of a `REQUEST`-byte message: p50/p99 of every round trip of the timed
//!   runs, pooled.
//!
//! Also printed: the server's CPU time per MiB echoed in the throughput
//! runs (from `/proc/.../schedstat`; the server thread is named), which
//! depends much less on what else the machine runs than MiB/s does; and,
//! for the latency runs, the mean round trip and the round trips per
//! second (all connections together). With `CONNS` clients that each wait
//! for their answer, a server that serves them fairly cannot have a median
//! far below `CONNS / (round trips per second)` (Little's law): a p50 much
//! lower than the mean says some connections are served ahead of others.
//! `ECHO_ONLY=coro` (or `tokio`, `asyncio`, `uvloop`) runs one server
//! alone; the ratio columns compare with the first row printed.
//! `ECHO_LATENCY_ONLY=1` skips the throughput runs; `ECHO_CONNS=n` sets
//! the number of connections (default 8); `ECHO_DUMP=path` appends every
//! round trip of the latency runs to `path` (`connection start_ns
//! took_ns` per line, a `--` line after each run), to see which
//! connections wait.
//!
//! Bounded: every socket has a 10 s timeout, and the counts are fixed.

use coro::streams::{StreamReader, StreamWriter, start_server};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Connections (client threads) at once; `ECHO_CONNS` overrides it.
const CONNS: usize = 8;
const CHUNK: usize = 16 * 1024;
const BYTES_PER_CONN: usize = 8 * 1024 * 1024;
const REQUEST: usize = 64;
const REQUESTS: usize = 2_000;
const IO_TIMEOUT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------- servers --

#[coro::coroutine]
fn coro_echo(mut reader: StreamReader, writer: StreamWriter) {
    loop {
        let data = match reader.read(65536).await {
            Ok(data) => data,
            Err(_) => break,
        };
        if data.is_empty() {
            break;
        }
        writer.write(&data);
        if writer.drain().await.is_err() {
            break;
        }
    }
    writer.close();
    let _ = writer.wait_closed().await;
}

#[coro::coroutine]
fn coro_serve(port_tx: std::sync::mpsc::Sender<u16>) {
    let server = start_server(coro_echo, "127.0.0.1", 0)
        .await
        .expect("coro: bind 127.0.0.1");
    port_tx
        .send(server.addresses()[0].port())
        .expect("send the port");
    server.serve_forever().await;
}

/// Serves forever on a detached thread (the process ends it).
fn start_coro() -> u16 {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("coro-server".into())
        .spawn(move || coro::run(coro_serve(tx)))
        .expect("server thread");
    rx.recv_timeout(IO_TIMEOUT).expect("coro server port")
}

fn start_tokio() -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (tx, rx) = std::sync::mpsc::channel();
    let server = std::thread::Builder::new().name("tokio-server".into());
    server
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("tokio runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("tokio: bind 127.0.0.1");
                tx.send(listener.local_addr().expect("addr").port())
                    .expect("send the port");
                loop {
                    let Ok((mut stream, _)) = listener.accept().await else {
                        continue;
                    };
                    tokio::spawn(async move {
                        let mut buf = vec![0u8; 65536];
                        loop {
                            match stream.read(&mut buf).await {
                                Ok(0) | Err(_) => break,
                                Ok(n) => {
                                    if stream.write_all(&buf[..n]).await.is_err() {
                                        break;
                                    }
                                }
                            }
                        }
                    });
                }
            });
        })
        .expect("server thread");
    rx.recv_timeout(IO_TIMEOUT).expect("tokio server port")
}

/// `python3 benches/python/echo_server.py FLAVOR`; None if it cannot start
/// (no python3, or no uvloop).
fn start_python(flavor: &str) -> Option<(Child, u16)> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/python/echo_server.py");
    let mut child = Command::new("python3")
        .arg(script)
        .arg(flavor)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = child.stdout.take()?;
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).ok()? == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    match String::from_utf8_lossy(&line).trim().parse() {
        Ok(port) => Some((child, port)),
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            None
        }
    }
}

// ----------------------------------------------------------------- client --

fn connect(port: u16) -> TcpStream {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT).expect("connect");
    stream.set_nodelay(true).expect("nodelay");
    stream.set_read_timeout(Some(IO_TIMEOUT)).expect("timeout");
    stream.set_write_timeout(Some(IO_TIMEOUT)).expect("timeout");
    stream
}

fn conns() -> usize {
    std::env::var("ECHO_CONNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CONNS)
        .max(1)
}

/// Bytes per second echoed by `conns()` connections.
fn throughput(port: u16) -> f64 {
    let start = Instant::now();
    let threads: Vec<_> = (0..conns())
        .map(|c| {
            std::thread::spawn(move || {
                let mut s = connect(port);
                let mut out = vec![0u8; CHUNK];
                let mut back = vec![0u8; CHUNK];
                for i in 0..BYTES_PER_CONN / CHUNK {
                    let fill = (c * 31 + i) as u8;
                    out.fill(fill);
                    out[0] = i as u8;
                    s.write_all(&out).expect("write");
                    s.read_exact(&mut back).expect("read the echo");
                    assert!(back == out, "echo mismatch");
                }
                s.shutdown(std::net::Shutdown::Write).ok();
                assert_eq!(s.read(&mut back).expect("read EOF"), 0);
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client thread");
    }
    (conns() * BYTES_PER_CONN) as f64 / start.elapsed().as_secs_f64()
}

/// One latency run.
struct LatencyRun {
    /// Every round trip's time.
    times: Vec<Duration>,
    wall: Duration,
    /// The slowest connection's total time over the fastest's: 1.0 when
    /// the server serves its connections evenly.
    spread: f64,
}

fn latencies(port: u16) -> LatencyRun {
    let t0 = Instant::now();
    let threads: Vec<_> = (0..conns())
        .map(|c| {
            std::thread::spawn(move || {
                let mut s = connect(port);
                let mut out = [0u8; REQUEST];
                let mut back = [0u8; REQUEST];
                let mut times = Vec::with_capacity(REQUESTS);
                for i in 0..REQUESTS {
                    out.fill((c + i) as u8);
                    let start = Instant::now();
                    s.write_all(&out).expect("write");
                    s.read_exact(&mut back).expect("read the echo");
                    times.push((start - t0, start.elapsed()));
                    assert_eq!(back, out, "echo mismatch");
                }
                times
            })
        })
        .collect();
    let all: Vec<Vec<(Duration, Duration)>> = threads
        .into_iter()
        .map(|t| t.join().expect("client thread"))
        .collect();
    let wall = t0.elapsed();
    if let Ok(path) = std::env::var("ECHO_DUMP") {
        dump(&path, &all);
    }
    let totals: Vec<f64> = all
        .iter()
        .map(|times| times.iter().map(|(_, took)| took.as_secs_f64()).sum())
        .collect();
    let spread = totals.iter().copied().fold(0.0, f64::max)
        / totals.iter().copied().fold(f64::INFINITY, f64::min);
    let times = all.into_iter().flatten().map(|(_, took)| took).collect();
    LatencyRun {
        times,
        wall,
        spread,
    }
}

/// Appends the round trips of one latency run to `path` (`ECHO_DUMP`).
fn dump(path: &str, all: &[Vec<(Duration, Duration)>]) {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (c, times) in all.iter().enumerate() {
        for (at, took) in times {
            writeln!(out, "{c} {} {}", at.as_nanos(), took.as_nanos()).expect("to a String");
        }
    }
    out.push_str("--\n");
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .and_then(|mut f| f.write_all(out.as_bytes()))
        .expect("ECHO_DUMP: append to the file");
}

struct Cell {
    /// None with `ECHO_LATENCY_ONLY`.
    mib_s: Option<f64>,
    /// The server's CPU time per MiB echoed in the throughput runs (None
    /// where /proc is not there to tell).
    cpu_per_mib: Option<Duration>,
    p50: Duration,
    p99: Duration,
    mean: Duration,
    /// Round trips per second in the latency runs, all connections.
    rps: f64,
    /// The median over the latency runs of [`LatencyRun::spread`].
    spread: f64,
}

/// Where a server runs, to read its CPU time.
enum Server {
    /// A thread of this process, by name.
    Thread(&'static str),
    /// A child process.
    Process(u32),
}

/// The CPU time the server has used so far (Linux: the first field of
/// `schedstat`, nanoseconds on a CPU).
fn server_cpu(server: &Server) -> Option<Duration> {
    let path = match server {
        Server::Process(pid) => std::path::PathBuf::from(format!("/proc/{pid}/schedstat")),
        Server::Thread(name) => std::fs::read_dir("/proc/self/task")
            .ok()?
            .flatten()
            .map(|task| task.path())
            .find(|task| {
                std::fs::read_to_string(task.join("comm")).is_ok_and(|c| c.trim() == *name)
            })?
            .join("schedstat"),
    };
    let stat = std::fs::read_to_string(path).ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

fn measure(port: u16, server: Server, runs: usize) -> Cell {
    let latency_only = std::env::var_os("ECHO_LATENCY_ONLY").is_some();
    let (mut mib_s, mut cpu_per_mib) = (None, None);
    if !latency_only {
        throughput(port);
        let cpu_before = server_cpu(&server);
        let mut rates: Vec<f64> = (0..runs).map(|_| throughput(port)).collect();
        let cpu = server_cpu(&server)
            .zip(cpu_before)
            .map(|(after, before)| after.saturating_sub(before));
        let mib = (runs * conns() * BYTES_PER_CONN) as f64 / (1024.0 * 1024.0);
        rates.sort_by(f64::total_cmp);
        mib_s = Some(rates[rates.len() / 2] / (1024.0 * 1024.0));
        cpu_per_mib = cpu.map(|cpu| cpu.div_f64(mib));
    }
    latencies(port);
    let mut lat = Vec::new();
    let mut wall = Duration::ZERO;
    let mut spreads = Vec::new();
    for _ in 0..runs {
        let run = latencies(port);
        lat.extend(run.times);
        wall += run.wall;
        spreads.push(run.spread);
    }
    spreads.sort_by(f64::total_cmp);
    lat.sort();
    let pct = |p: f64| lat[((lat.len() - 1) as f64 * p).round() as usize];
    Cell {
        mib_s,
        cpu_per_mib,
        p50: pct(0.50),
        p99: pct(0.99),
        mean: lat.iter().sum::<Duration>() / lat.len() as u32,
        rps: lat.len() as f64 / wall.as_secs_f64(),
        spread: spreads[spreads.len() / 2],
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this
    // binary without it, and then it does no work.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runs: usize = std::env::var("ECHO_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    // ECHO_ONLY=coro (or tokio, asyncio, uvloop) runs that server alone,
    // for profiling and for alternating rounds.
    let only = std::env::var("ECHO_ONLY").ok();
    let wanted = |peer: &str| only.as_deref().is_none_or(|o| o == peer);
    let mut cells: Vec<(&str, Cell)> = Vec::new();
    if wanted("coro") {
        cells.push((
            "coro streams",
            measure(start_coro(), Server::Thread("coro-server"), runs),
        ));
    }
    if wanted("tokio") {
        cells.push((
            "tokio current_thread",
            measure(start_tokio(), Server::Thread("tokio-server"), runs),
        ));
    }
    for (name, flavor) in [("Python asyncio", "asyncio"), ("Python uvloop", "uvloop")] {
        if !wanted(flavor) {
            continue;
        }
        match start_python(flavor) {
            Some((mut child, port)) => {
                let server = Server::Process(child.id());
                cells.push((name, measure(port, server, runs)));
                let _ = child.kill();
                let _ = child.wait();
            }
            None => eprintln!("{name}: could not start (skipped)"),
        }
    }
    let Some((_, coro)) = cells.first() else {
        return;
    };
    println!(
        "{} connections; throughput: {} MiB each in {} KiB round trips, median of {runs} runs; \
         latency: {REQUESTS} round trips of {REQUEST} B each, p50/p99/mean and round trips \
         per second over {runs} runs, and the slowest connection's total time over the \
         fastest's (median of the runs)",
        conns(),
        BYTES_PER_CONN / (1024 * 1024),
        CHUNK / 1024
    );
    println!();
    println!(
        "| server | throughput | first / it | server CPU per MiB | p50 | p99 | mean | round trips/s | slowest / fastest conn. | its p50 / first's | its p99 / first's |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    for (name, c) in &cells {
        let cpu = c
            .cpu_per_mib
            .map_or("-".to_owned(), |cpu| format!("{:.0} µs", us(cpu)));
        let (mib_s, ratio) = match (c.mib_s, coro.mib_s) {
            (Some(it), Some(first)) => (format!("{it:.0} MiB/s"), format!("{:.2}x", first / it)),
            _ => ("-".to_owned(), "-".to_owned()),
        };
        println!(
            "| {name} | {mib_s} | {ratio} | {cpu} | {:.1} µs | {:.1} µs | {:.1} µs | {:.0} | {:.2} | {:.2}x | {:.2}x |",
            us(c.p50),
            us(c.p99),
            us(c.mean),
            c.rps,
            c.spread,
            c.p50.as_secs_f64() / coro.p50.as_secs_f64(),
            c.p99.as_secs_f64() / coro.p99.as_secs_f64(),
        );
    }
}
