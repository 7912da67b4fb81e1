//! Sockets on the event loop (asyncio's low-level socket support):
//! [`TcpListener`], [`TcpStream`], [`UdpSocket`] and, on unix,
//! [`UnixListener`] / [`UnixStream`]; plus [`lookup_host`] (asyncio's
//! `getaddrinfo`).
//!
//! Every operation that may wait returns an [`Awaitable`]: `.await` it inside
//! a `#[coro::coroutine]` fn, or hand it to [`run`](crate::run). Operations
//! first try the non-blocking syscall and only wait (on the loop's poller)
//! when it would block, so an operation that can complete at once completes
//! on its first resume without a trip through the loop. One exception, for
//! fairness between connections: after a TCP read that returned fewer bytes
//! than asked (the socket was emptied), the next read of that socket waits
//! for its next readiness event instead of trying, so a task answering
//! requests goes behind the other ready tasks between two requests.
//!
//! Errors are [`std::io::Error`]s with the OS's kind (`ConnectionRefused`,
//! `ConnectionReset`, `BrokenPipe`, `AddrInUse`, ...). Creating a socket
//! needs a running loop (else an error); the socket belongs to that loop,
//! and using it from another one is an error too.
//!
//! **Cancellation.** Dropping a pending `read`, `recv`, `accept` (a
//! [`wait_for`](crate::wait_for) timeout, a cancelled task) loses nothing:
//! these take data from the kernel only in the resume that completes them.
//! `read_exact` and `write_all` make progress across resumes, so dropping
//! one midway loses the bytes already moved; the buffered
//! [`StreamReader`](crate::streams::StreamReader) has no such gap.
//!
//! Names given as host names (`"localhost:8080"`, `("example.org", 80)`) are
//! resolved on the [`to_thread`](crate::to_thread) pool, never on the loop's
//! thread; IP literals are parsed in place.
//!
//! A task whose sockets are always ready does not hold the loop: after 128
//! operations in a row that completed without waiting, the next one yields
//! once (before touching the socket, so nothing is lost) and the task
//! resumes on the next tick, after the other ready tasks, the timers and
//! the IO events (a cooperative budget, as in tokio).

mod addr;
#[cfg(feature = "hyper")]
mod hyper_rt;
mod tcp;
mod udp;
#[cfg(unix)]
mod unix;

pub use addr::{LookupHost, ToSocketAddrs, lookup_host};
/// The hyper crate the `hyper` feature integrates (its HTTP/1 client and
/// server are enabled), re-exported so programs use the same version.
#[cfg(feature = "hyper")]
pub use hyper;
#[cfg(feature = "hyper")]
pub use hyper_rt::{HyperExecutor, HyperTimer};
pub use tcp::{TcpListener, TcpStream};
pub use udp::UdpSocket;
#[cfg(unix)]
pub use unix::{UnixListener, UnixStream};

use crate::Awaitable;
use crate::reactor::{Direction, RawSource, Source};
use std::io::{self, Read, Write};
use std::pin::Pin;
use std::task::{Context, Poll};

/// One non-blocking operation on a source, retried when the source is ready.
pub(crate) struct IoOp<'a, T: RawSource, F> {
    pub(crate) source: &'a Source<T>,
    pub(crate) dir: Direction,
    pub(crate) op: F,
}

// Nothing in an `IoOp` is pinned.
impl<T: RawSource, F> Unpin for IoOp<'_, T, F> {}

#[diagnostic::do_not_recommend]
impl<T: RawSource, F, R> Awaitable for IoOp<'_, T, F>
where
    F: FnMut(&T) -> io::Result<R>,
{
    type Output = io::Result<R>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<R>> {
        let this = self.get_mut();
        this.source.poll_io(this.dir, cx, &mut this.op)
    }
}

/// `read` on a stream source; `tcp`: it is a TCP socket, where a short read
/// empties the socket (see `Source::poll_stream_read`).
pub(crate) fn read<'a, T>(
    source: &'a Source<T>,
    buf: &'a mut [u8],
    tcp: bool,
) -> impl Awaitable<Output = io::Result<usize>> + 'a
where
    T: RawSource,
    for<'b> &'b T: Read,
{
    StreamRead { source, buf, tcp }
}

/// Reads once from a stream source.
fn poll_read<T>(
    source: &Source<T>,
    tcp: bool,
    cx: &mut Context<'_>,
    buf: &mut [u8],
) -> Poll<io::Result<usize>>
where
    T: RawSource,
    for<'b> &'b T: Read,
{
    if tcp {
        source.poll_stream_read(cx, buf, |mut io: &T, buf| io.read(buf))
    } else {
        source.poll_io(Direction::Read, cx, |mut io: &T| io.read(buf))
    }
}

/// The awaitable of `read` on a stream source.
struct StreamRead<'a, T: RawSource> {
    source: &'a Source<T>,
    buf: &'a mut [u8],
    tcp: bool,
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for StreamRead<'_, T>
where
    T: RawSource,
    for<'b> &'b T: Read,
{
    type Output = io::Result<usize>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        poll_read(this.source, this.tcp, cx, this.buf)
    }
}

/// `write` on a stream source.
pub(crate) fn write<'a, T>(
    source: &'a Source<T>,
    buf: &'a [u8],
) -> impl Awaitable<Output = io::Result<usize>> + 'a
where
    T: RawSource,
    for<'b> &'b T: Write,
{
    IoOp {
        source,
        dir: Direction::Write,
        op: move |mut io: &T| io.write(buf),
    }
}

/// The awaitable of `read_exact`.
pub(crate) struct ReadExact<'a, T: RawSource> {
    source: &'a Source<T>,
    buf: &'a mut [u8],
    filled: usize,
    tcp: bool,
}

impl<'a, T: RawSource> ReadExact<'a, T> {
    /// `tcp`: as for [`read`].
    pub(crate) fn new(source: &'a Source<T>, buf: &'a mut [u8], tcp: bool) -> Self {
        ReadExact {
            source,
            buf,
            filled: 0,
            tcp,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for ReadExact<'_, T>
where
    T: RawSource,
    for<'b> &'b T: Read,
{
    type Output = io::Result<()>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        while this.filled < this.buf.len() {
            let rest = &mut this.buf[this.filled..];
            match poll_read(this.source, this.tcp, cx, rest) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!(
                            "end of stream after {} of {} bytes",
                            this.filled,
                            this.buf.len()
                        ),
                    )));
                }
                Poll::Ready(Ok(n)) => this.filled += n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            }
        }
        Poll::Ready(Ok(()))
    }
}

/// The awaitable of `write_all`.
pub(crate) struct WriteAll<'a, T: RawSource> {
    source: &'a Source<T>,
    buf: &'a [u8],
}

impl<'a, T: RawSource> WriteAll<'a, T> {
    pub(crate) fn new(source: &'a Source<T>, buf: &'a [u8]) -> Self {
        WriteAll { source, buf }
    }
}

#[diagnostic::do_not_recommend]
impl<T> Awaitable for WriteAll<'_, T>
where
    T: RawSource,
    for<'b> &'b T: Write,
{
    type Output = io::Result<()>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        while !this.buf.is_empty() {
            let buf = this.buf;
            match this
                .source
                .poll_io(Direction::Write, cx, |mut io: &T| io.write(buf))
            {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
                }
                Poll::Ready(Ok(n)) => this.buf = &this.buf[n..],
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            }
        }
        Poll::Ready(Ok(()))
    }
}

/// Waits until a non-blocking `connect` on `source` finished: `Ok` once
/// connected, the connect's error otherwise.
pub(crate) fn connected<'a, T: RawSource>(
    source: &'a Source<T>,
    take_error: impl Fn(&T) -> io::Result<Option<io::Error>> + 'a,
    is_connected: impl Fn(&T) -> io::Result<()> + 'a,
) -> impl Awaitable<Output = io::Result<()>> + 'a {
    IoOp {
        source,
        dir: Direction::Write,
        op: move |io: &T| {
            if let Some(e) = take_error(io)? {
                return Err(e);
            }
            match is_connected(io) {
                Err(e) if e.kind() == io::ErrorKind::NotConnected => {
                    // Still in progress (or failed: the next writable event
                    // makes `take_error` report it).
                    Err(io::ErrorKind::WouldBlock.into())
                }
                other => other,
            }
        },
    }
}

/// True for the error of a non-blocking `connect` that is under way.
pub(crate) fn connect_in_progress(e: &io::Error) -> bool {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::EINPROGRESS) {
        return true;
    }
    e.kind() == io::ErrorKind::WouldBlock
}

/// `futures_io::AsyncRead`/`AsyncWrite` (feature `futures-io`) for the
/// stream sockets and shared references to them, so libraries written
/// against those traits run on coro's loop. `poll_flush` has nothing to do
/// (no buffering here); `poll_close` shuts down writing.
#[cfg(feature = "futures-io")]
mod futures_io_impls {
    use std::io;
    use std::net::Shutdown;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    macro_rules! impl_futures_io {
        ($ty:ty) => {
            impl futures_io::AsyncRead for $ty {
                fn poll_read(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                    buf: &mut [u8],
                ) -> Poll<io::Result<usize>> {
                    <$ty>::poll_read(&self, cx, buf)
                }
            }

            impl futures_io::AsyncRead for &$ty {
                fn poll_read(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                    buf: &mut [u8],
                ) -> Poll<io::Result<usize>> {
                    <$ty>::poll_read(*self, cx, buf)
                }
            }

            impl futures_io::AsyncWrite for $ty {
                fn poll_write(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                    buf: &[u8],
                ) -> Poll<io::Result<usize>> {
                    <$ty>::poll_write(&self, cx, buf)
                }

                fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
                    Poll::Ready(Ok(()))
                }

                fn poll_close(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
                    Poll::Ready(close(self.shutdown(Shutdown::Write)))
                }
            }

            impl futures_io::AsyncWrite for &$ty {
                fn poll_write(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                    buf: &[u8],
                ) -> Poll<io::Result<usize>> {
                    <$ty>::poll_write(*self, cx, buf)
                }

                fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
                    Poll::Ready(Ok(()))
                }

                fn poll_close(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
                    Poll::Ready(close(self.shutdown(Shutdown::Write)))
                }
            }
        };
    }

    /// Closing twice, or after the peer left, is not an error.
    fn close(result: io::Result<()>) -> io::Result<()> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::NotConnected => Ok(()),
            other => other,
        }
    }

    impl_futures_io!(super::TcpStream);
    #[cfg(unix)]
    impl_futures_io!(super::UnixStream);
}
