//! TCP: [`TcpListener`] and [`TcpStream`].

use super::addr::{ToSocketAddrs, lookup_host};
use super::{IoOp, ReadExact, WriteAll, connect_in_progress, connected};
use crate::Awaitable;
use crate::awaitable::{from_future, into_future};
use crate::reactor::{Direction, Source};
use socket2::{Domain, Protocol, Socket, Type};
use std::fmt;
use std::io;
use std::net::{Shutdown, SocketAddr};

/// The backlog of listening sockets (asyncio's `create_server` default is 100;
/// more helps a burst of loopback clients).
const BACKLOG: i32 = 1024;

/// A TCP socket listening for connections (asyncio's `create_server` socket).
///
/// ```
/// # coro_runtime::run(coro_runtime::from_future(async {
/// # use coro_runtime::{into_future as aw, net::{TcpListener, TcpStream}};
/// let listener = aw(TcpListener::bind("127.0.0.1:0")).await?;
/// let addr = listener.local_addr()?;
/// let client = aw(TcpStream::connect(addr)).await?;
/// let (server_side, peer) = aw(listener.accept()).await?;
/// assert_eq!(peer, client.local_addr()?);
/// # drop(server_side);
/// # std::io::Result::Ok(())
/// # })).unwrap();
/// ```
pub struct TcpListener {
    source: Source<std::net::TcpListener>,
}

impl TcpListener {
    /// Binds a listening socket to the first of `addr`'s addresses that
    /// binds (port 0 picks a free port; see [`local_addr`](Self::local_addr)).
    /// `SO_REUSEADDR` is set on unix, as asyncio does.
    pub fn bind(addr: impl ToSocketAddrs) -> impl Awaitable<Output = io::Result<TcpListener>> {
        let lookup = lookup_host(addr);
        from_future(async move {
            let mut last = None;
            for addr in into_future(lookup).await? {
                match bind_one(addr) {
                    Ok(listener) => return TcpListener::from_std(listener),
                    Err(e) => last = Some(e),
                }
            }
            Err(last.expect("lookup_host gives at least one address"))
        })
    }

    /// Registers a std listener with the running loop (it is made
    /// non-blocking).
    pub fn from_std(listener: std::net::TcpListener) -> io::Result<TcpListener> {
        listener.set_nonblocking(true)?;
        Ok(TcpListener {
            source: Source::new(listener)?,
        })
    }

    /// Waits for a connection: the new stream and its peer's address.
    #[must_use = "accept does nothing unless awaited"]
    pub fn accept(&self) -> impl Awaitable<Output = io::Result<(TcpStream, SocketAddr)>> + '_ {
        IoOp {
            source: &self.source,
            dir: Direction::Read,
            op: |listener: &std::net::TcpListener| {
                let (stream, addr) = listener.accept()?;
                Ok((TcpStream::from_std(stream)?, addr))
            },
        }
    }

    /// The address the socket is bound to.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().local_addr()
    }

    /// The std listener, e.g. for socket options std offers.
    pub fn get_ref(&self) -> &std::net::TcpListener {
        self.source.get_ref()
    }
}

fn bind_one(addr: SocketAddr) -> io::Result<std::net::TcpListener> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

impl fmt::Debug for TcpListener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TcpListener")
            .field(self.source.get_ref())
            .finish()
    }
}

/// A TCP connection (asyncio's socket of `sock_connect`/`sock_recv`).
///
/// The methods take `&self`: one task may read while another writes (share
/// the stream with an `Rc`). Dropping the stream closes it.
pub struct TcpStream {
    pub(crate) source: Source<std::net::TcpStream>,
}

impl TcpStream {
    /// Connects to `addr`, trying each resolved address in turn (a host name
    /// is resolved on the thread pool). The error is the last address's:
    /// `ConnectionRefused` when nothing listens there.
    pub fn connect(addr: impl ToSocketAddrs) -> impl Awaitable<Output = io::Result<TcpStream>> {
        let lookup = lookup_host(addr);
        from_future(async move {
            let mut last = None;
            for addr in into_future(lookup).await? {
                match connect_one(addr).await {
                    Ok(stream) => return Ok(stream),
                    Err(e) => last = Some(e),
                }
            }
            Err(last.expect("lookup_host gives at least one address"))
        })
    }

    /// Registers a connected std stream with the running loop (it is made
    /// non-blocking).
    pub fn from_std(stream: std::net::TcpStream) -> io::Result<TcpStream> {
        stream.set_nonblocking(true)?;
        Ok(TcpStream {
            source: Source::new(stream)?,
        })
    }

    /// Reads at most `buf.len()` bytes, waiting until at least one is
    /// available; `Ok(0)` is the end of the stream (or an empty `buf`).
    /// Cancel-safe: a dropped pending read has taken nothing.
    #[must_use = "read does nothing unless awaited"]
    pub fn read<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        super::read(&self.source, buf, true)
    }

    /// Writes some of `buf`, waiting until the socket accepts at least one
    /// byte; returns how many were written.
    #[must_use = "write does nothing unless awaited"]
    pub fn write<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        super::write(&self.source, buf)
    }

    /// Reads exactly `buf.len()` bytes; `UnexpectedEof` if the stream ends
    /// first. Not cancel-safe: dropped midway, the bytes read so far are in
    /// `buf` only.
    #[must_use = "read_exact does nothing unless awaited"]
    pub fn read_exact<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<()>> + 'a {
        ReadExact::new(&self.source, buf, true)
    }

    /// Writes all of `buf`. Dropped midway, a prefix of `buf` was sent.
    #[must_use = "write_all does nothing unless awaited"]
    pub fn write_all<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<()>> + 'a {
        WriteAll::new(&self.source, buf)
    }

    /// Shuts down one direction (or both): after `Shutdown::Write` the peer
    /// reads the end of the stream, and this side can still read.
    pub fn shutdown(&self, how: Shutdown) -> io::Result<()> {
        self.source.get_ref().shutdown(how)
    }

    /// The address of the other end.
    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().peer_addr()
    }

    /// This end's address.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().local_addr()
    }

    pub(crate) fn poll_read(
        &self,
        cx: &mut std::task::Context<'_>,
        buf: &mut [u8],
    ) -> std::task::Poll<io::Result<usize>> {
        use std::io::Read;
        self.source
            .poll_stream_read(cx, buf, |mut io: &std::net::TcpStream, buf| io.read(buf))
    }

    pub(crate) fn poll_write(
        &self,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<io::Result<usize>> {
        use std::io::Write;
        self.source
            .poll_io(Direction::Write, cx, |mut io: &std::net::TcpStream| {
                io.write(buf)
            })
    }

    /// A non-blocking write: `WouldBlock` instead of waiting.
    pub(crate) fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
        use std::io::Write;
        loop {
            match (&mut self.source.get_ref()).write(buf) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => return other,
            }
        }
    }

    /// Sets `TCP_NODELAY` (no Nagle delay for small writes).
    pub fn set_nodelay(&self, nodelay: bool) -> io::Result<()> {
        self.source.get_ref().set_nodelay(nodelay)
    }

    /// Whether `TCP_NODELAY` is set.
    pub fn nodelay(&self) -> io::Result<bool> {
        self.source.get_ref().nodelay()
    }

    /// The std stream (non-blocking), e.g. for socket options std offers.
    pub fn get_ref(&self) -> &std::net::TcpStream {
        self.source.get_ref()
    }
}

async fn connect_one(addr: SocketAddr) -> io::Result<TcpStream> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_nonblocking(true)?;
    match socket.connect(&addr.into()) {
        Ok(()) => {}
        Err(e) if connect_in_progress(&e) => {}
        Err(e) => return Err(e),
    }
    let stream = TcpStream {
        source: Source::new(std::net::TcpStream::from(socket))?,
    };
    into_future(connected(
        &stream.source,
        |s: &std::net::TcpStream| s.take_error(),
        |s: &std::net::TcpStream| s.peer_addr().map(drop),
    ))
    .await?;
    Ok(stream)
}

impl fmt::Debug for TcpStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TcpStream")
            .field(self.source.get_ref())
            .finish()
    }
}
