//! Socket addresses: what `bind`/`connect` accept, and name resolution off
//! the loop's thread.

use crate::Awaitable;
use crate::to_thread::{ToThread, to_thread};
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::pin::Pin;
use std::task::{Context, Poll};

/// What [`TcpStream::connect`](super::TcpStream::connect),
/// [`TcpListener::bind`](super::TcpListener::bind) and friends accept: a
/// [`SocketAddr`], `(ip, port)`, `(host, port)`, `"host:port"`, or a list of
/// addresses. Host names are resolved on the thread pool, not on the loop.
///
/// Implemented for the same types as std's `ToSocketAddrs` (sealed).
pub trait ToSocketAddrs: sealed::Sealed {}

mod sealed {
    /// The addresses, or the name to resolve.
    pub enum Addrs {
        Ready(Vec<std::net::SocketAddr>),
        Lookup(String, u16),
        Invalid(&'static str),
    }

    pub trait Sealed {
        fn to_addrs(&self) -> Addrs;
    }
}

use sealed::{Addrs, Sealed};

macro_rules! ready_addrs {
    ($($ty:ty),*) => {$(
        impl ToSocketAddrs for $ty {}
        impl Sealed for $ty {
            fn to_addrs(&self) -> Addrs {
                Addrs::Ready(vec![SocketAddr::from(*self)])
            }
        }
    )*};
}

ready_addrs!(
    SocketAddr,
    SocketAddrV4,
    SocketAddrV6,
    (IpAddr, u16),
    (Ipv4Addr, u16),
    (Ipv6Addr, u16),
    ([u8; 4], u16),
    ([u16; 8], u16)
);

fn host_port(host: &str, port: u16) -> Addrs {
    match host.parse::<IpAddr>() {
        Ok(ip) => Addrs::Ready(vec![SocketAddr::new(ip, port)]),
        Err(_) => Addrs::Lookup(host.to_owned(), port),
    }
}

fn host_colon_port(s: &str) -> Addrs {
    if let Ok(addr) = s.parse::<SocketAddr>() {
        return Addrs::Ready(vec![addr]);
    }
    let Some((host, port)) = s.rsplit_once(':') else {
        return Addrs::Invalid("invalid socket address: expected host:port");
    };
    match port.parse::<u16>() {
        Ok(port) => host_port(host, port),
        Err(_) => Addrs::Invalid("invalid port value"),
    }
}

impl ToSocketAddrs for (&str, u16) {}
impl Sealed for (&str, u16) {
    fn to_addrs(&self) -> Addrs {
        host_port(self.0, self.1)
    }
}

impl ToSocketAddrs for (String, u16) {}
impl Sealed for (String, u16) {
    fn to_addrs(&self) -> Addrs {
        host_port(&self.0, self.1)
    }
}

impl ToSocketAddrs for str {}
impl Sealed for str {
    fn to_addrs(&self) -> Addrs {
        host_colon_port(self)
    }
}

impl ToSocketAddrs for String {}
impl Sealed for String {
    fn to_addrs(&self) -> Addrs {
        host_colon_port(self)
    }
}

impl ToSocketAddrs for [SocketAddr] {}
impl Sealed for [SocketAddr] {
    fn to_addrs(&self) -> Addrs {
        Addrs::Ready(self.to_vec())
    }
}

impl ToSocketAddrs for Vec<SocketAddr> {}
impl Sealed for Vec<SocketAddr> {
    fn to_addrs(&self) -> Addrs {
        Addrs::Ready(self.clone())
    }
}

impl<T: ToSocketAddrs + ?Sized> ToSocketAddrs for &T {}
impl<T: Sealed + ?Sized> Sealed for &T {
    fn to_addrs(&self) -> Addrs {
        (**self).to_addrs()
    }
}

type LookupJob = Box<dyn FnOnce() -> io::Result<Vec<SocketAddr>> + Send>;

/// Resolves `addr` to socket addresses (asyncio's `getaddrinfo`): IP
/// literals at once, host names with the system resolver on the
/// [`to_thread`](crate::to_thread) pool. An empty result is an error.
///
/// ```
/// # coro_runtime::run(async_main());
/// # fn async_main() -> impl coro_runtime::Awaitable<Output = ()> {
/// # coro_runtime::from_future(async {
/// # let addrs = coro_runtime::into_future(
/// coro_runtime::net::lookup_host(("127.0.0.1", 80))
/// # ).await.unwrap();
/// # assert_eq!(addrs[0].port(), 80);
/// # })}
/// ```
pub fn lookup_host(addr: impl ToSocketAddrs) -> LookupHost {
    let state = match addr.to_addrs() {
        Addrs::Ready(addrs) => State::Done(Some(non_empty(Ok(addrs)))),
        Addrs::Invalid(msg) => {
            State::Done(Some(Err(io::Error::new(io::ErrorKind::InvalidInput, msg))))
        }
        Addrs::Lookup(host, port) => {
            let job: LookupJob = Box::new(move || {
                std::net::ToSocketAddrs::to_socket_addrs(&(host.as_str(), port))
                    .map(|addrs| addrs.collect())
            });
            State::Resolving(to_thread(job))
        }
    };
    LookupHost { state }
}

fn non_empty(addrs: io::Result<Vec<SocketAddr>>) -> io::Result<Vec<SocketAddr>> {
    match addrs {
        Ok(addrs) if addrs.is_empty() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "could not resolve to any addresses",
        )),
        other => other,
    }
}

/// The awaitable returned by [`lookup_host`].
#[must_use = "a lookup does nothing unless awaited"]
pub struct LookupHost {
    state: State,
}

enum State {
    Done(Option<io::Result<Vec<SocketAddr>>>),
    Resolving(ToThread<LookupJob, io::Result<Vec<SocketAddr>>>),
}

#[diagnostic::do_not_recommend]
impl Awaitable for LookupHost {
    type Output = io::Result<Vec<SocketAddr>>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match &mut self.get_mut().state {
            State::Done(result) => Poll::Ready(
                result
                    .take()
                    .expect("coro: lookup_host resumed after completion"),
            ),
            State::Resolving(job) => Pin::new(job).resume(cx).map(non_empty),
        }
    }
}
