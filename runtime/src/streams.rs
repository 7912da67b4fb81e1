//! asyncio's streams: [`open_connection`], [`start_server`] and the buffered
//! [`StreamReader`] / [`StreamWriter`] pair over a TCP (or, on unix,
//! Unix-domain) connection.
//!
//! ```
//! use coro_runtime::streams::{open_connection, start_server, StreamReader, StreamWriter};
//! use coro_runtime::{from_future, into_future as aw};
//!
//! /// The handler: echo one line, then close.
//! fn handle(mut reader: StreamReader, writer: StreamWriter) -> impl coro_runtime::Awaitable<Output = ()> {
//!     from_future(async move {
//!         let line = aw(reader.readline()).await.unwrap();
//!         writer.write(&line);
//!         aw(writer.drain()).await.unwrap();
//!         writer.close();
//!     })
//! }
//!
//! let reply = coro_runtime::run(from_future(async {
//!     let server = aw(start_server(handle, "127.0.0.1", 0)).await?;
//!     let port = server.addresses()[0].port();
//!     let (mut reader, writer) = aw(open_connection("127.0.0.1", port)).await?;
//!     writer.write(b"hello\n");
//!     let reply = aw(reader.readline()).await?;
//!     server.close();
//!     std::io::Result::Ok(reply)
//! }))
//! .unwrap();
//! assert_eq!(reply, b"hello\n");
//! ```
//!
//! Inside a `#[coro::coroutine]` the same reads are written
//! `reader.readline().await?`.
//!
//! **Cancellation.** A read takes bytes out of the reader's buffer only in
//! the resume that completes it; what it read from the socket before being
//! dropped (a [`wait_for`](crate::wait_for) timeout, a cancelled task) stays
//! buffered for the next read. [`StreamWriter::write`] never waits: the bytes
//! the socket does not take at once are buffered and sent by a background
//! task of the loop, and [`StreamWriter::drain`] waits while that buffer is
//! above the high-water mark (back-pressure).

use crate::Awaitable;
use crate::awaitable::{from_future, into_future};
use crate::executor::is_current_loop;
use crate::net::{TcpListener, TcpStream, lookup_host};
use crate::spawn::spawn;
use crate::task::Task;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::io;
use std::net::{Shutdown, SocketAddr};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

/// The default limit of [`StreamReader::readuntil`]/`readline` (asyncio's
/// 64 KiB).
pub const DEFAULT_LIMIT: usize = 64 * 1024;
/// The default high-water mark of a [`StreamWriter`] (asyncio's 64 KiB; the
/// low-water mark defaults to a quarter of the high one).
pub const DEFAULT_HIGH_WATER: usize = 64 * 1024;
/// How much a reader asks the socket for at a time.
const CHUNK: usize = 64 * 1024;

/// A connection the streams API can run over: [`TcpStream`] and, on unix,
/// [`UnixStream`](crate::net::UnixStream). Sealed.
pub trait Transport: sealed::Sealed + 'static {
    /// The type of [`StreamWriter::peer_addr`].
    type Addr: fmt::Debug;
}

mod sealed {
    use std::io;
    use std::net::Shutdown;
    use std::task::{Context, Poll};

    pub trait Sealed {
        fn poll_read(&self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>>;
        fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>>;
        fn try_write(&self, buf: &[u8]) -> io::Result<usize>;
        fn shutdown(&self, how: Shutdown) -> io::Result<()>;
        fn peer(&self) -> io::Result<Self::Addr>
        where
            Self: super::Transport;
    }
}

macro_rules! transport {
    ($ty:ty, $addr:ty) => {
        impl Transport for $ty {
            type Addr = $addr;
        }
        impl sealed::Sealed for $ty {
            fn poll_read(&self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>> {
                <$ty>::poll_read(self, cx, buf)
            }
            fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
                <$ty>::poll_write(self, cx, buf)
            }
            fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
                <$ty>::try_write(self, buf)
            }
            fn shutdown(&self, how: Shutdown) -> io::Result<()> {
                <$ty>::shutdown(self, how)
            }
            fn peer(&self) -> io::Result<$addr> {
                <$ty>::peer_addr(self)
            }
        }
    };
}

transport!(TcpStream, SocketAddr);
#[cfg(unix)]
transport!(crate::net::UnixStream, std::os::unix::net::SocketAddr);

/// Splits a connection into asyncio's reader/writer pair (the two share it;
/// it closes when both are dropped).
pub fn split<S: Transport>(stream: S) -> (StreamReader<S>, StreamWriter<S>) {
    let stream = Rc::new(stream);
    (StreamReader::new(stream.clone()), StreamWriter::new(stream))
}

/// Connects to `host:port` and returns the connection's reader and writer
/// (asyncio's `open_connection`). The host name is resolved on the thread
/// pool.
pub fn open_connection(
    host: &str,
    port: u16,
) -> impl Awaitable<Output = io::Result<(StreamReader, StreamWriter)>> + use<> {
    let connect = TcpStream::connect((host.to_owned(), port));
    from_future(async move { Ok(split(nodelay(into_future(connect).await?))) })
}

/// Sets `TCP_NODELAY` on a stream of the streams API, as asyncio's
/// transports do on every TCP socket: a `write` is sent at once, not held
/// back by Nagle's algorithm while earlier data is unacknowledged. A
/// failure (there is none on a connected TCP socket) leaves the default.
fn nodelay(stream: TcpStream) -> TcpStream {
    let _ = stream.set_nodelay(true);
    stream
}

/// Connects to the Unix-domain socket at `path` (asyncio's
/// `open_unix_connection`).
#[cfg(unix)]
pub fn open_unix_connection(
    path: impl AsRef<std::path::Path>,
) -> impl Awaitable<
    Output = io::Result<(
        StreamReader<crate::net::UnixStream>,
        StreamWriter<crate::net::UnixStream>,
    )>,
> {
    let connect = crate::net::UnixStream::connect(path);
    from_future(async move { Ok(split(into_future(connect).await?)) })
}

// ---------------------------------------------------------------- errors

/// The error of [`StreamReader::readexactly`] and `readuntil` when the stream
/// ends first (asyncio's `IncompleteReadError`): carried inside an
/// [`io::Error`] of kind `UnexpectedEof`, with the bytes that were read.
///
/// ```
/// # use coro_runtime::streams::IncompleteReadError;
/// # let error = std::io::Error::new(std::io::ErrorKind::UnexpectedEof,
/// #     IncompleteReadError { partial: b"ab".to_vec(), expected: Some(4) });
/// if let Some(incomplete) = IncompleteReadError::of(&error) {
///     assert_eq!(incomplete.partial, b"ab");
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncompleteReadError {
    /// The bytes read before the end of the stream (taken out of the buffer).
    pub partial: Vec<u8>,
    /// How many bytes were expected (`None` for `readuntil`).
    pub expected: Option<usize>,
}

impl IncompleteReadError {
    /// The `IncompleteReadError` inside `error`, if it carries one.
    pub fn of(error: &io::Error) -> Option<&IncompleteReadError> {
        error.get_ref()?.downcast_ref()
    }

    /// Takes the `IncompleteReadError` out of `error` (else gives it back).
    pub fn take(error: io::Error) -> Result<IncompleteReadError, io::Error> {
        if IncompleteReadError::of(&error).is_none() {
            return Err(error);
        }
        let inner = error.into_inner().expect("checked above");
        Ok(*inner.downcast().expect("checked above"))
    }

    fn into_io(self) -> io::Error {
        io::Error::new(io::ErrorKind::UnexpectedEof, self)
    }
}

impl fmt::Display for IncompleteReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expected {
            Some(n) => write!(
                f,
                "{} bytes read on a total of {n} expected bytes",
                self.partial.len()
            ),
            None => write!(
                f,
                "{} bytes read on a total of undefined expected bytes",
                self.partial.len()
            ),
        }
    }
}

impl std::error::Error for IncompleteReadError {}

/// The error of [`StreamReader::readuntil`] when no separator is found
/// within the limit (asyncio's `LimitOverrunError`): carried inside an
/// [`io::Error`] of kind `InvalidData`. The data stays in the buffer
/// (`readline` drops it, as asyncio's does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LimitOverrunError {
    /// How many bytes the separator search consumed (to read them anyway:
    /// `reader.readexactly(consumed)`).
    pub consumed: usize,
    /// Whether the separator was found (beyond the limit).
    pub separator_found: bool,
}

impl LimitOverrunError {
    /// The `LimitOverrunError` inside `error`, if it carries one.
    pub fn of(error: &io::Error) -> Option<&LimitOverrunError> {
        error.get_ref()?.downcast_ref()
    }

    fn into_io(self) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, self)
    }
}

impl fmt::Display for LimitOverrunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.separator_found {
            f.write_str("separator is found, but chunk is longer than limit")
        } else {
            f.write_str("separator is not found, and chunk exceed the limit")
        }
    }
}

impl std::error::Error for LimitOverrunError {}

// ---------------------------------------------------------------- reader

/// An initialised byte buffer with a read and a write index.
#[derive(Default)]
struct Buffer {
    data: Vec<u8>,
    start: usize,
    end: usize,
}

impl Buffer {
    fn bytes(&self) -> &[u8] {
        &self.data[self.start..self.end]
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.data[self.start..self.start + n].to_vec();
        self.consume(n);
        out
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
    }

    /// Room for at least `min` more bytes after the data.
    fn spare(&mut self, min: usize) -> &mut [u8] {
        if self.data.len() - self.end < min {
            if self.start > 0 {
                self.data.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            }
            if self.data.len() - self.end < min {
                let grow = (self.end + min).max(self.data.len() * 2);
                self.data.resize(grow, 0);
            }
        }
        &mut self.data[self.end..]
    }
}

/// The reading half of a connection, with a buffer (asyncio's
/// `StreamReader`). Made by [`open_connection`], [`start_server`] or
/// [`split`].
///
/// Each read method borrows the reader mutably and returns an awaitable;
/// every one is cancel-safe (see the [module docs](self)). A read error
/// (`ConnectionReset`, ...) is returned by the read that meets it.
pub struct StreamReader<S: Transport = TcpStream> {
    stream: Rc<S>,
    buffer: Buffer,
    eof: bool,
    limit: usize,
}

impl<S: Transport> StreamReader<S> {
    fn new(stream: Rc<S>) -> Self {
        StreamReader {
            stream,
            buffer: Buffer::default(),
            eof: false,
            limit: DEFAULT_LIMIT,
        }
    }

    /// Sets the limit of `readuntil`/`readline` (asyncio's `limit=`).
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.max(1);
    }

    /// True when the stream ended and the buffer is empty (asyncio's
    /// `at_eof`).
    pub fn at_eof(&self) -> bool {
        self.eof && self.buffer.len() == 0
    }

    /// The bytes read from the socket and not yet returned.
    pub fn buffered(&self) -> &[u8] {
        self.buffer.bytes()
    }

    /// Reads once from the socket into the buffer; `Ok(0)` at the end.
    fn poll_fill(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        if self.eof {
            return Poll::Ready(Ok(0));
        }
        let stream = self.stream.clone();
        let n = match sealed::Sealed::poll_read(&*stream, cx, self.buffer.spare(CHUNK)) {
            Poll::Ready(Ok(n)) => n,
            other => return other,
        };
        self.buffer.end += n;
        if n == 0 {
            self.eof = true;
        }
        Poll::Ready(Ok(n))
    }

    fn op<T, F>(&mut self, check: F) -> ReaderOp<'_, S, F>
    where
        F: FnMut(&mut StreamReader<S>) -> Option<io::Result<T>>,
    {
        ReaderOp {
            reader: self,
            check,
        }
    }

    /// Reads up to `n` bytes: what is buffered, or else what one read of the
    /// socket gives; empty at the end of the stream (asyncio's `read(n)`).
    #[must_use = "read does nothing unless awaited"]
    pub fn read(&mut self, n: usize) -> impl Awaitable<Output = io::Result<Vec<u8>>> + '_ {
        self.op(move |r| {
            let len = r.buffer.len();
            if n == 0 || len > 0 || r.eof {
                Some(Ok(r.buffer.take(n.min(len))))
            } else {
                None
            }
        })
    }

    /// Reads until the end of the stream (asyncio's `read()`).
    #[must_use = "read_to_end does nothing unless awaited"]
    pub fn read_to_end(&mut self) -> impl Awaitable<Output = io::Result<Vec<u8>>> + '_ {
        self.op(|r| {
            r.eof.then(|| {
                let len = r.buffer.len();
                Ok(r.buffer.take(len))
            })
        })
    }

    /// Reads exactly `n` bytes (asyncio's `readexactly`). If the stream ends
    /// first, the error is an [`IncompleteReadError`] with the bytes read
    /// (kind `UnexpectedEof`).
    #[must_use = "readexactly does nothing unless awaited"]
    pub fn readexactly(&mut self, n: usize) -> impl Awaitable<Output = io::Result<Vec<u8>>> + '_ {
        self.op(move |r| {
            let len = r.buffer.len();
            if len >= n {
                Some(Ok(r.buffer.take(n)))
            } else if r.eof {
                Some(Err(IncompleteReadError {
                    partial: r.buffer.take(len),
                    expected: Some(n),
                }
                .into_io()))
            } else {
                None
            }
        })
    }

    /// Reads up to and including `separator` (asyncio's `readuntil`).
    ///
    /// If the stream ends first: an [`IncompleteReadError`] with what was
    /// left (taken out of the buffer). If no separator ends within the limit
    /// (64 KiB unless [`set_limit`](Self::set_limit)): a [`LimitOverrunError`]
    /// (kind `InvalidData`), the data left in the buffer. An empty separator
    /// is `InvalidInput`.
    #[must_use = "readuntil does nothing unless awaited"]
    pub fn readuntil<'a>(
        &'a mut self,
        separator: &'a [u8],
    ) -> impl Awaitable<Output = io::Result<Vec<u8>>> + 'a {
        let mut scanned: usize = 0;
        self.op(move |r| {
            if separator.is_empty() {
                return Some(Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "the separator must not be empty",
                )));
            }
            let bytes = r.buffer.bytes();
            let from = scanned.saturating_sub(separator.len() - 1);
            let found = bytes[from..]
                .windows(separator.len())
                .position(|w| w == separator)
                .map(|i| from + i + separator.len());
            match found {
                Some(end) if end > r.limit => Some(Err(LimitOverrunError {
                    consumed: end,
                    separator_found: true,
                }
                .into_io())),
                Some(end) => Some(Ok(r.buffer.take(end))),
                None if bytes.len() > r.limit => Some(Err(LimitOverrunError {
                    consumed: bytes.len(),
                    separator_found: false,
                }
                .into_io())),
                None if r.eof => {
                    let len = r.buffer.len();
                    Some(Err(IncompleteReadError {
                        partial: r.buffer.take(len),
                        expected: None,
                    }
                    .into_io()))
                }
                None => {
                    scanned = bytes.len();
                    None
                }
            }
        })
    }

    /// Reads one line, `\n` included (asyncio's `readline`). At the end of
    /// the stream it returns what is left, maybe an incomplete line, and then
    /// empty lines. A line longer than the limit is an error
    /// ([`LimitOverrunError`]); as asyncio does, the overlong data is dropped
    /// (up to and including the separator, if found).
    #[must_use = "readline does nothing unless awaited"]
    pub fn readline(&mut self) -> impl Awaitable<Output = io::Result<Vec<u8>>> + '_ {
        let mut scanned: usize = 0;
        self.op(move |r| {
            let bytes = r.buffer.bytes();
            let found = bytes[scanned..]
                .iter()
                .position(|b| *b == b'\n')
                .map(|i| scanned + i + 1);
            match found {
                Some(end) if end > r.limit => {
                    r.buffer.consume(end);
                    Some(Err(LimitOverrunError {
                        consumed: end,
                        separator_found: true,
                    }
                    .into_io()))
                }
                Some(end) => Some(Ok(r.buffer.take(end))),
                None if bytes.len() > r.limit => {
                    let len = bytes.len();
                    r.buffer.consume(len);
                    Some(Err(LimitOverrunError {
                        consumed: len,
                        separator_found: false,
                    }
                    .into_io()))
                }
                None if r.eof => {
                    let len = r.buffer.len();
                    Some(Ok(r.buffer.take(len)))
                }
                None => {
                    scanned = bytes.len();
                    None
                }
            }
        })
    }
}

impl<S: Transport> fmt::Debug for StreamReader<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamReader")
            .field("buffered", &self.buffer.len())
            .field("eof", &self.eof)
            .field("limit", &self.limit)
            .finish()
    }
}

/// A read of a [`StreamReader`]: completes from the buffer when `check`
/// says so, reading more from the socket in between.
struct ReaderOp<'a, S: Transport, F> {
    reader: &'a mut StreamReader<S>,
    check: F,
}

// Nothing is pinned in a `ReaderOp`.
impl<S: Transport, F> Unpin for ReaderOp<'_, S, F> {}

#[diagnostic::do_not_recommend]
impl<S: Transport, F, T> Awaitable for ReaderOp<'_, S, F>
where
    F: FnMut(&mut StreamReader<S>) -> Option<io::Result<T>>,
{
    type Output = io::Result<T>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        let this = self.get_mut();
        loop {
            if let Some(out) = (this.check)(this.reader) {
                return Poll::Ready(out);
            }
            // `check` completes at the end of the stream, so this loop
            // ends: every fill either adds bytes or sets `eof`.
            match this.reader.poll_fill(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Ready(Ok(_)) => {}
            }
        }
    }
}

// ---------------------------------------------------------------- writer

struct WriterState {
    buffer: Buffer,
    /// A flusher task is running.
    flushing: bool,
    /// `close` was called: no more writes; close once flushed.
    closing: bool,
    /// `write_eof` was called: shut down writing once flushed.
    eof: bool,
    /// The connection was shut down (after `close`), or failed.
    closed: bool,
    /// The first write error (`BrokenPipe`, `ConnectionReset`, ...).
    error: Option<(io::ErrorKind, String)>,
    high: usize,
    low: usize,
    /// Above the high-water mark, until flushed down to the low one.
    paused: bool,
    drain_waiters: Vec<Waker>,
    close_waiters: Vec<Waker>,
}

struct WriterShared<S> {
    stream: Rc<S>,
    loop_id: u64,
    state: RefCell<WriterState>,
}

fn register(waiters: &mut Vec<Waker>, waker: &Waker) {
    if !waiters.iter().any(|w| w.will_wake(waker)) {
        waiters.push(waker.clone());
    }
}

impl<S: Transport> WriterShared<S> {
    /// Records a write error: buffered data is dropped, waiters woken.
    fn fail(&self, error: &io::Error) -> Vec<Waker> {
        let mut state = self.state.borrow_mut();
        if state.error.is_none() {
            state.error = Some((error.kind(), error.to_string()));
        }
        state.buffer = Buffer::default();
        state.paused = false;
        state.closed = true;
        let mut woken = std::mem::take(&mut state.drain_waiters);
        woken.append(&mut state.close_waiters);
        woken
    }

    /// After the buffer emptied: performs a requested close or half-close.
    fn finish(&self) -> Vec<Waker> {
        let mut state = self.state.borrow_mut();
        if state.closing && !state.closed {
            // Errors here (the peer is gone already) change nothing.
            let _ = self.stream.shutdown(Shutdown::Both);
            state.closed = true;
        } else if state.eof {
            let _ = self.stream.shutdown(Shutdown::Write);
        }
        let mut woken = std::mem::take(&mut state.drain_waiters);
        if state.closed {
            woken.append(&mut state.close_waiters);
        }
        woken
    }
}

/// Sends what a [`StreamWriter`] buffered, as a task of the loop (asyncio's
/// transport writing when the socket is writable).
struct Flusher<S: Transport> {
    shared: Rc<WriterShared<S>>,
}

#[diagnostic::do_not_recommend]
impl<S: Transport> Awaitable for Flusher<S> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let shared = &self.shared;
        let woken = loop {
            let mut state = shared.state.borrow_mut();
            if state.buffer.len() == 0 || state.error.is_some() {
                state.flushing = false;
                drop(state);
                break shared.finish();
            }
            match sealed::Sealed::poll_write(&*shared.stream, cx, state.buffer.bytes()) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Ok(0)) => {
                    state.flushing = false;
                    drop(state);
                    break shared.fail(&io::ErrorKind::WriteZero.into());
                }
                Poll::Ready(Ok(n)) => {
                    state.buffer.consume(n);
                    if state.paused && state.buffer.len() <= state.low {
                        state.paused = false;
                        let woken = std::mem::take(&mut state.drain_waiters);
                        drop(state);
                        woken.into_iter().for_each(Waker::wake);
                    }
                }
                Poll::Ready(Err(e)) => {
                    state.flushing = false;
                    drop(state);
                    break shared.fail(&e);
                }
            }
        };
        woken.into_iter().for_each(Waker::wake);
        Poll::Ready(())
    }
}

/// The writing half of a connection (asyncio's `StreamWriter`). Made by
/// [`open_connection`], [`start_server`] or [`split`].
///
/// [`write`](Self::write) never waits: what the socket does not take at
/// once is buffered and sent in the background by the loop. Await
/// [`drain`](Self::drain) after writing to respect back-pressure: it waits
/// while more than the high-water mark is buffered, until the buffer is down
/// to the low-water mark. Dropping the writer closes it, like
/// [`close`](Self::close): buffered data is still sent first.
pub struct StreamWriter<S: Transport = TcpStream> {
    shared: Rc<WriterShared<S>>,
}

impl<S: Transport> StreamWriter<S> {
    fn new(stream: Rc<S>) -> Self {
        // Outside a loop (0 is no loop's id) writes fail with an error.
        let loop_id = crate::executor::current_io().map_or(0, |io| io.loop_id());
        StreamWriter {
            shared: Rc::new(WriterShared {
                stream,
                loop_id,
                state: RefCell::new(WriterState {
                    buffer: Buffer::default(),
                    flushing: false,
                    closing: false,
                    eof: false,
                    closed: false,
                    error: None,
                    high: DEFAULT_HIGH_WATER,
                    low: DEFAULT_HIGH_WATER / 4,
                    paused: false,
                    drain_waiters: Vec::new(),
                    close_waiters: Vec::new(),
                }),
            }),
        }
    }

    /// Queues `data` to be sent (asyncio's `write`). Writes after
    /// [`close`](Self::close)/[`write_eof`](Self::write_eof), or after an
    /// error, are dropped; the error is reported by [`drain`](Self::drain)
    /// and [`wait_closed`](Self::wait_closed).
    pub fn write(&self, data: &[u8]) {
        let shared = &self.shared;
        let mut state = shared.state.borrow_mut();
        if data.is_empty() || state.closing || state.eof || state.error.is_some() {
            return;
        }
        let mut data = data;
        if state.buffer.len() == 0 {
            match shared.stream.try_write(data) {
                Ok(n) => data = &data[n..],
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => {
                    drop(state);
                    shared.fail(&e).into_iter().for_each(Waker::wake);
                    return;
                }
            }
            if data.is_empty() {
                return;
            }
        }
        let spare = state.buffer.spare(data.len());
        spare[..data.len()].copy_from_slice(data);
        state.buffer.end += data.len();
        if state.buffer.len() > state.high {
            state.paused = true;
        }
        if !state.flushing {
            if !is_current_loop(shared.loop_id) {
                drop(state);
                let e = crate::reactor::wrong_loop();
                shared.fail(&e).into_iter().for_each(Waker::wake);
                return;
            }
            state.flushing = true;
            drop(state);
            drop(spawn(Flusher {
                shared: shared.clone(),
            }));
        }
    }

    /// Queues every buffer of `data` (asyncio's `writelines`).
    pub fn writelines<'b>(&self, data: impl IntoIterator<Item = &'b [u8]>) {
        for chunk in data {
            self.write(chunk);
        }
    }

    /// Waits until the buffer is below the high-water mark, or down to the
    /// low one if it went above (asyncio's `drain`). Gives the write error,
    /// if there was one.
    #[must_use = "drain does nothing unless awaited"]
    pub fn drain(&self) -> impl Awaitable<Output = io::Result<()>> + '_ {
        WriterWait {
            shared: &self.shared,
            until_closed: false,
        }
    }

    /// Starts closing (asyncio's `close`): buffered data is sent, then the
    /// connection is shut down both ways (the peer reads the end of the
    /// stream; this side's reader too). Idempotent.
    pub fn close(&self) {
        let mut state = self.shared.state.borrow_mut();
        if state.closing {
            return;
        }
        state.closing = true;
        let idle = !state.flushing;
        drop(state);
        if idle {
            self.shared.finish().into_iter().for_each(Waker::wake);
        }
    }

    /// Shuts down writing once the buffer is sent (asyncio's `write_eof`):
    /// the peer reads the end of the stream, and this side can still read.
    pub fn write_eof(&self) {
        let mut state = self.shared.state.borrow_mut();
        if state.eof || state.closing {
            return;
        }
        state.eof = true;
        let idle = !state.flushing;
        drop(state);
        if idle {
            self.shared.finish().into_iter().for_each(Waker::wake);
        }
    }

    /// Always true: TCP and Unix streams can half-close.
    pub fn can_write_eof(&self) -> bool {
        true
    }

    /// True once [`close`](Self::close) was called or the connection failed.
    pub fn is_closing(&self) -> bool {
        let state = self.shared.state.borrow();
        state.closing || state.error.is_some()
    }

    /// Waits until the connection is closed after [`close`](Self::close)
    /// (asyncio's `wait_closed`); gives the write error, if there was one.
    #[must_use = "wait_closed does nothing unless awaited"]
    pub fn wait_closed(&self) -> impl Awaitable<Output = io::Result<()>> + '_ {
        WriterWait {
            shared: &self.shared,
            until_closed: true,
        }
    }

    /// The number of bytes buffered and not yet sent (asyncio's
    /// `transport.get_write_buffer_size()`).
    pub fn buffer_size(&self) -> usize {
        self.shared.state.borrow().buffer.len()
    }

    /// Sets the high- and low-water marks of [`drain`](Self::drain)
    /// (asyncio's `set_write_buffer_limits`): `low` defaults to `high / 4`,
    /// and is capped at `high`.
    pub fn set_write_buffer_limits(&self, high: usize, low: Option<usize>) {
        let mut state = self.shared.state.borrow_mut();
        state.high = high;
        state.low = low.unwrap_or(high / 4).min(high);
        if state.buffer.len() > state.high {
            state.paused = true;
        }
    }

    /// The address of the other end (asyncio's
    /// `get_extra_info('peername')`).
    pub fn peer_addr(&self) -> io::Result<S::Addr> {
        self.shared.stream.peer()
    }

    /// The connection itself (for its socket options and addresses).
    pub fn transport(&self) -> &S {
        &self.shared.stream
    }
}

impl<S: Transport> Drop for StreamWriter<S> {
    fn drop(&mut self) {
        self.close();
    }
}

impl<S: Transport> fmt::Debug for StreamWriter<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.shared.state.borrow();
        f.debug_struct("StreamWriter")
            .field("buffered", &state.buffer.len())
            .field("closing", &state.closing)
            .field("error", &state.error)
            .finish()
    }
}

/// `drain` (until not paused) / `wait_closed` (until closed), or an error.
struct WriterWait<'a, S> {
    shared: &'a WriterShared<S>,
    until_closed: bool,
}

#[diagnostic::do_not_recommend]
impl<S: Transport> Awaitable for WriterWait<'_, S> {
    type Output = io::Result<()>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut state = self.shared.state.borrow_mut();
        if let Some((kind, message)) = &state.error {
            return Poll::Ready(Err(io::Error::new(*kind, message.clone())));
        }
        if self.until_closed {
            if state.closed {
                return Poll::Ready(Ok(()));
            }
            register(&mut state.close_waiters, cx.waker());
        } else {
            if !state.paused {
                return Poll::Ready(Ok(()));
            }
            register(&mut state.drain_waiters, cx.waker());
        }
        Poll::Pending
    }
}

// ---------------------------------------------------------------- server

struct ServerShared {
    addresses: Vec<SocketAddr>,
    closed: Cell<bool>,
    /// Connections whose handler has not finished.
    active: Cell<usize>,
    /// `serve_forever` and `wait_closed` waiters.
    waiters: RefCell<Vec<Waker>>,
}

impl ServerShared {
    fn wake_all(&self) {
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        waiters.into_iter().for_each(Waker::wake);
    }
}

/// Counts a connection as active while its handler runs.
struct Active(Rc<ServerShared>);

impl Active {
    fn new(shared: &Rc<ServerShared>) -> Self {
        shared.active.set(shared.active.get() + 1);
        Active(shared.clone())
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        self.0.active.set(self.0.active.get() - 1);
        self.0.wake_all();
    }
}

pin_project_lite::pin_project! {
    /// A connection's handler, counted as active until it ends or is dropped.
    struct Handler<A> {
        #[pin]
        inner: A,
        active: Active,
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for Handler<A> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.project().inner.resume(cx).map(drop)
    }
}

/// A listening server (asyncio's `Server`), made by [`start_server`]: it
/// accepts connections as soon as it is created, and runs the handler for
/// each as a task of its own.
///
/// Dropping the server closes it (stops accepting); handlers already running
/// go on.
pub struct Server {
    shared: Rc<ServerShared>,
    acceptors: RefCell<Vec<Task<()>>>,
}

impl Server {
    /// The addresses the server listens on (asyncio's `sockets`'
    /// `getsockname()`): with port 0, the ports the OS picked. Empty for a
    /// Unix-domain server.
    pub fn addresses(&self) -> &[SocketAddr] {
        &self.shared.addresses
    }

    /// True until [`close`](Self::close).
    pub fn is_serving(&self) -> bool {
        !self.shared.closed.get()
    }

    /// Stops listening: the listening sockets are closed; connections
    /// already accepted go on (asyncio's `close`). Idempotent.
    pub fn close(&self) {
        if self.shared.closed.replace(true) {
            return;
        }
        let acceptors = std::mem::take(&mut *self.acceptors.borrow_mut());
        for task in &acceptors {
            task.cancel();
        }
        drop(acceptors);
        self.shared.wake_all();
    }

    /// Waits until the server is closed and every connection's handler has
    /// finished (asyncio's `wait_closed`, 3.12 and later).
    #[must_use = "wait_closed does nothing unless awaited"]
    pub fn wait_closed(&self) -> impl Awaitable<Output = ()> + '_ {
        ServerWait {
            server: self,
            done: |s: &ServerShared| s.closed.get() && s.active.get() == 0,
            close_on_drop: false,
            started: false,
            finished: false,
        }
    }

    /// Serves until the server is closed (asyncio's `serve_forever`). If this
    /// awaitable is dropped while it waits (its task cancelled, a timeout),
    /// the server is closed, as in asyncio.
    #[must_use = "serve_forever does nothing unless awaited"]
    pub fn serve_forever(&self) -> impl Awaitable<Output = ()> + '_ {
        ServerWait {
            server: self,
            done: |s: &ServerShared| s.closed.get(),
            close_on_drop: true,
            started: false,
            finished: false,
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.close();
    }
}

impl fmt::Debug for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Server")
            .field("addresses", &self.shared.addresses)
            .field("serving", &self.is_serving())
            .field("active", &self.shared.active.get())
            .finish()
    }
}

struct ServerWait<'a, D> {
    server: &'a Server,
    done: D,
    close_on_drop: bool,
    /// Resumed at least once (a `serve_forever` never awaited closes
    /// nothing when dropped).
    started: bool,
    finished: bool,
}

impl<D> Unpin for ServerWait<'_, D> {}

#[diagnostic::do_not_recommend]
impl<D: Fn(&ServerShared) -> bool> Awaitable for ServerWait<'_, D> {
    type Output = ();

    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.started = true;
        if (self.done)(&self.server.shared) {
            self.finished = true;
            return Poll::Ready(());
        }
        register(&mut self.server.shared.waiters.borrow_mut(), cx.waker());
        Poll::Pending
    }
}

impl<D> Drop for ServerWait<'_, D> {
    fn drop(&mut self) {
        if self.close_on_drop && self.started && !self.finished {
            self.server.close();
        }
    }
}

/// Accept errors that concern one connection only: accept the next.
fn transient(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::Interrupted
            | io::ErrorKind::WouldBlock
    )
}

/// Starts a TCP server on `host:port` (asyncio's `start_server`): for each
/// connection, `handler(reader, writer)` runs as a task. `port` 0 picks a
/// free port ([`Server::addresses`]). The host name is resolved on the
/// thread pool, and the server listens on every address it resolves to
/// (as asyncio does: `"localhost"` may mean `127.0.0.1` and `::1`).
///
/// Accept errors that concern one connection are skipped; others (out of
/// file descriptors) are reported on stderr and accepting resumes after a
/// second (asyncio's `accept_retry_delay`).
pub fn start_server<H, A>(
    handler: H,
    host: &str,
    port: u16,
) -> impl Awaitable<Output = io::Result<Server>> + use<H, A>
where
    H: Fn(StreamReader, StreamWriter) -> A + 'static,
    A: Awaitable + 'static,
{
    let lookup = lookup_host((host.to_owned(), port));
    from_future(async move {
        let mut listeners = Vec::new();
        let mut addresses = Vec::new();
        for addr in into_future(lookup).await? {
            let listener = into_future(TcpListener::bind(addr)).await?;
            addresses.push(listener.local_addr()?);
            listeners.push(listener);
        }
        let shared = Rc::new(ServerShared {
            addresses,
            closed: Cell::new(false),
            active: Cell::new(0),
            waiters: RefCell::default(),
        });
        let handler = Rc::new(handler);
        let acceptors = listeners
            .into_iter()
            .map(|listener| spawn(tcp_acceptor(listener, handler.clone(), shared.clone())))
            .collect();
        Ok(Server {
            shared,
            acceptors: RefCell::new(acceptors),
        })
    })
}

fn tcp_acceptor<H, A>(
    listener: TcpListener,
    handler: Rc<H>,
    shared: Rc<ServerShared>,
) -> impl Awaitable<Output = ()>
where
    H: Fn(StreamReader, StreamWriter) -> A + 'static,
    A: Awaitable + 'static,
{
    from_future(async move {
        loop {
            match into_future(listener.accept()).await {
                Ok((stream, _)) => {
                    let (reader, writer) = split(nodelay(stream));
                    drop(spawn(Handler {
                        inner: handler(reader, writer),
                        active: Active::new(&shared),
                    }));
                }
                Err(e) if transient(&e) => {}
                Err(e) => {
                    eprintln!(
                        "coro: accept on {:?} failed: {e}; retrying in 1 s",
                        listener.local_addr()
                    );
                    into_future(crate::sleep(Duration::from_secs(1))).await;
                }
            }
        }
    })
}

/// Starts a Unix-domain server at `path` (asyncio's `start_unix_server`).
/// See [`start_server`].
#[cfg(unix)]
pub fn start_unix_server<H, A>(handler: H, path: impl AsRef<std::path::Path>) -> io::Result<Server>
where
    H: Fn(StreamReader<crate::net::UnixStream>, StreamWriter<crate::net::UnixStream>) -> A
        + 'static,
    A: Awaitable + 'static,
{
    let listener = crate::net::UnixListener::bind(path)?;
    let shared = Rc::new(ServerShared {
        addresses: Vec::new(),
        closed: Cell::new(false),
        active: Cell::new(0),
        waiters: RefCell::default(),
    });
    let acceptor = {
        let shared = shared.clone();
        from_future(async move {
            loop {
                match into_future(listener.accept()).await {
                    Ok((stream, _)) => {
                        let (reader, writer) = split(stream);
                        drop(spawn(Handler {
                            inner: handler(reader, writer),
                            active: Active::new(&shared),
                        }));
                    }
                    Err(e) if transient(&e) => {}
                    Err(e) => {
                        eprintln!("coro: accept on a unix socket failed: {e}; retrying in 1 s");
                        into_future(crate::sleep(Duration::from_secs(1))).await;
                    }
                }
            }
        })
    };
    Ok(Server {
        shared,
        acceptors: RefCell::new(vec![spawn(acceptor)]),
    })
}
