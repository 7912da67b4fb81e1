//! Unix-domain stream sockets: [`UnixListener`] and [`UnixStream`].

use super::{IoOp, ReadExact, WriteAll, connect_in_progress, connected};
use crate::Awaitable;
use crate::awaitable::from_future;
use crate::reactor::{Direction, Source};
use socket2::{Domain, SockAddr, Socket, Type};
use std::fmt;
use std::io;
use std::net::Shutdown;
use std::os::unix::net::{self, SocketAddr};
use std::path::Path;

/// A Unix-domain socket listening for connections (asyncio's
/// `start_unix_server` socket).
pub struct UnixListener {
    source: Source<net::UnixListener>,
}

impl UnixListener {
    /// Binds to the filesystem path `path` (which must not exist yet).
    /// Needs a running loop.
    pub fn bind(path: impl AsRef<Path>) -> io::Result<UnixListener> {
        UnixListener::from_std(net::UnixListener::bind(path)?)
    }

    /// Registers a std listener with the running loop (it is made
    /// non-blocking).
    pub fn from_std(listener: net::UnixListener) -> io::Result<UnixListener> {
        listener.set_nonblocking(true)?;
        Ok(UnixListener {
            source: Source::new(listener)?,
        })
    }

    /// Waits for a connection: the new stream and its peer's address.
    #[must_use = "accept does nothing unless awaited"]
    pub fn accept(&self) -> impl Awaitable<Output = io::Result<(UnixStream, SocketAddr)>> + '_ {
        IoOp {
            source: &self.source,
            dir: Direction::Read,
            op: |listener: &net::UnixListener| {
                let (stream, addr) = listener.accept()?;
                Ok((UnixStream::from_std(stream)?, addr))
            },
        }
    }

    /// The address the socket is bound to.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().local_addr()
    }
}

impl fmt::Debug for UnixListener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnixListener")
            .field(self.source.get_ref())
            .finish()
    }
}

/// A Unix-domain stream connection. As with [`TcpStream`](super::TcpStream),
/// the methods take `&self`.
pub struct UnixStream {
    source: Source<net::UnixStream>,
}

impl UnixStream {
    /// Connects to the socket at `path`.
    pub fn connect(path: impl AsRef<Path>) -> impl Awaitable<Output = io::Result<UnixStream>> {
        let addr = SockAddr::unix(path);
        from_future(async move {
            let socket = Socket::new(Domain::UNIX, Type::STREAM, None)?;
            socket.set_nonblocking(true)?;
            match socket.connect(&addr?) {
                Ok(()) => {}
                Err(e) if connect_in_progress(&e) => {}
                Err(e) => return Err(e),
            }
            let stream = UnixStream {
                source: Source::new(net::UnixStream::from(std::os::fd::OwnedFd::from(socket)))?,
            };
            crate::awaitable::into_future(connected(
                &stream.source,
                |s: &net::UnixStream| s.take_error(),
                |s: &net::UnixStream| s.peer_addr().map(drop),
            ))
            .await?;
            Ok(stream)
        })
    }

    /// A connected pair (socketpair(2)), both registered with the running
    /// loop.
    pub fn pair() -> io::Result<(UnixStream, UnixStream)> {
        let (a, b) = net::UnixStream::pair()?;
        Ok((UnixStream::from_std(a)?, UnixStream::from_std(b)?))
    }

    /// Registers a connected std stream with the running loop (it is made
    /// non-blocking).
    pub fn from_std(stream: net::UnixStream) -> io::Result<UnixStream> {
        stream.set_nonblocking(true)?;
        Ok(UnixStream {
            source: Source::new(stream)?,
        })
    }

    /// Reads at most `buf.len()` bytes (see [`TcpStream::read`](super::TcpStream::read)).
    #[must_use = "read does nothing unless awaited"]
    pub fn read<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        super::read(&self.source, buf, false)
    }

    /// Writes some of `buf`.
    #[must_use = "write does nothing unless awaited"]
    pub fn write<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        super::write(&self.source, buf)
    }

    /// Reads exactly `buf.len()` bytes (not cancel-safe).
    #[must_use = "read_exact does nothing unless awaited"]
    pub fn read_exact<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<()>> + 'a {
        ReadExact::new(&self.source, buf, false)
    }

    /// Writes all of `buf`.
    #[must_use = "write_all does nothing unless awaited"]
    pub fn write_all<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<()>> + 'a {
        WriteAll::new(&self.source, buf)
    }

    /// Shuts down one direction (or both).
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
            .poll_io(Direction::Read, cx, |mut io: &net::UnixStream| io.read(buf))
    }

    pub(crate) fn poll_write(
        &self,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<io::Result<usize>> {
        use std::io::Write;
        self.source
            .poll_io(Direction::Write, cx, |mut io: &net::UnixStream| {
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
}

impl fmt::Debug for UnixStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnixStream")
            .field(self.source.get_ref())
            .finish()
    }
}
