//! UDP: [`UdpSocket`].

use super::IoOp;
use super::addr::{ToSocketAddrs, lookup_host};
use crate::Awaitable;
use crate::awaitable::{from_future, into_future};
use crate::reactor::{Direction, Source};
use std::fmt;
use std::io;
use std::net::SocketAddr;

/// A UDP socket (asyncio's datagram sockets: `sock_sendto`/`sock_recvfrom`).
///
/// A datagram larger than the buffer given to `recv`/`recv_from` is
/// truncated (the rest is discarded by the OS).
pub struct UdpSocket {
    source: Source<std::net::UdpSocket>,
}

impl UdpSocket {
    /// Binds to the first of `addr`'s addresses that binds (port 0 picks a
    /// free port).
    pub fn bind(addr: impl ToSocketAddrs) -> impl Awaitable<Output = io::Result<UdpSocket>> {
        let lookup = lookup_host(addr);
        from_future(async move {
            let mut last = None;
            for addr in into_future(lookup).await? {
                match std::net::UdpSocket::bind(addr) {
                    Ok(socket) => return UdpSocket::from_std(socket),
                    Err(e) => last = Some(e),
                }
            }
            Err(last.expect("lookup_host gives at least one address"))
        })
    }

    /// Registers a std socket with the running loop (it is made
    /// non-blocking).
    pub fn from_std(socket: std::net::UdpSocket) -> io::Result<UdpSocket> {
        socket.set_nonblocking(true)?;
        Ok(UdpSocket {
            source: Source::new(socket)?,
        })
    }

    /// Sets the default peer of [`send`](Self::send) and the only source
    /// [`recv`](Self::recv) accepts (the first of `addr`'s addresses that
    /// works).
    #[must_use = "connect does nothing unless awaited"]
    pub fn connect(
        &self,
        addr: impl ToSocketAddrs,
    ) -> impl Awaitable<Output = io::Result<()>> + '_ {
        let lookup = lookup_host(addr);
        from_future(async move {
            let mut last = None;
            for addr in into_future(lookup).await? {
                match self.source.get_ref().connect(addr) {
                    Ok(()) => return Ok(()),
                    Err(e) => last = Some(e),
                }
            }
            Err(last.expect("lookup_host gives at least one address"))
        })
    }

    /// Sends one datagram to `target`; returns the bytes sent.
    #[must_use = "send_to does nothing unless awaited"]
    pub fn send_to<'a>(
        &'a self,
        buf: &'a [u8],
        target: SocketAddr,
    ) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        IoOp {
            source: &self.source,
            dir: Direction::Write,
            op: move |s: &std::net::UdpSocket| s.send_to(buf, target),
        }
    }

    /// Receives one datagram: its length and sender.
    #[must_use = "recv_from does nothing unless awaited"]
    pub fn recv_from<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<(usize, SocketAddr)>> + 'a {
        IoOp {
            source: &self.source,
            dir: Direction::Read,
            op: move |s: &std::net::UdpSocket| s.recv_from(buf),
        }
    }

    /// Sends one datagram to the connected peer.
    #[must_use = "send does nothing unless awaited"]
    pub fn send<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        IoOp {
            source: &self.source,
            dir: Direction::Write,
            op: move |s: &std::net::UdpSocket| s.send(buf),
        }
    }

    /// Receives one datagram from the connected peer.
    #[must_use = "recv does nothing unless awaited"]
    pub fn recv<'a>(
        &'a self,
        buf: &'a mut [u8],
    ) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        IoOp {
            source: &self.source,
            dir: Direction::Read,
            op: move |s: &std::net::UdpSocket| s.recv(buf),
        }
    }

    /// The address the socket is bound to.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().local_addr()
    }

    /// The connected peer's address.
    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.source.get_ref().peer_addr()
    }

    /// The std socket (non-blocking), e.g. for socket options std offers.
    pub fn get_ref(&self) -> &std::net::UdpSocket {
        self.source.get_ref()
    }
}

impl fmt::Debug for UdpSocket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UdpSocket")
            .field(self.source.get_ref())
            .finish()
    }
}
