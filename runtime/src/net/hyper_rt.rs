//! hyper 1.x on coro's loop (feature `hyper`): `hyper::rt::Read`/`Write`
//! for [`TcpStream`] and [`UnixStream`](super::UnixStream), an
//! [`HyperExecutor`] that spawns hyper's background futures as tasks, and a
//! [`HyperTimer`] on the loop's timers.
//!
//! hyper's connection futures are std futures: run them with
//! [`from_future`](crate::from_future), on the loop that owns the socket
//! (`coro::spawn(coro::from_future(conn))`). Reads copy through a small
//! stack buffer (no `unsafe` writes into hyper's uninitialised buffer).

use super::TcpStream;
use crate::awaitable::{IntoStdFuture, from_future, into_future};
use crate::sleep::{Sleep, sleep};
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// How much one `poll_read` copies at most.
const READ_CHUNK: usize = 16 * 1024;

macro_rules! impl_hyper_io {
    ($ty:ty) => {
        impl hyper::rt::Read for $ty {
            fn poll_read(
                self: Pin<&mut Self>,
                cx: &mut Context<'_>,
                mut buf: hyper::rt::ReadBufCursor<'_>,
            ) -> Poll<io::Result<()>> {
                let mut chunk = [0u8; READ_CHUNK];
                let len = buf.remaining().min(READ_CHUNK);
                match <$ty>::poll_read(&self, cx, &mut chunk[..len]) {
                    Poll::Ready(Ok(n)) => {
                        buf.put_slice(&chunk[..n]);
                        Poll::Ready(Ok(()))
                    }
                    Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
                    Poll::Pending => Poll::Pending,
                }
            }
        }

        impl hyper::rt::Write for $ty {
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

            fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
                Poll::Ready(match self.shutdown(std::net::Shutdown::Write) {
                    Err(e) if e.kind() == io::ErrorKind::NotConnected => Ok(()),
                    other => other,
                })
            }
        }
    };
}

impl_hyper_io!(TcpStream);
#[cfg(unix)]
impl_hyper_io!(super::UnixStream);

/// A `hyper::rt::Executor` that runs hyper's background futures as tasks
/// of the running loop (detached, like asyncio's `create_task` without
/// keeping the handle).
///
/// # Panics
/// `execute` panics outside a running loop, like [`spawn`](crate::spawn).
#[derive(Clone, Copy, Debug, Default)]
pub struct HyperExecutor;

impl<F> hyper::rt::Executor<F> for HyperExecutor
where
    F: Future + 'static,
{
    fn execute(&self, future: F) {
        drop(crate::spawn(from_future(future)));
    }
}

/// A `hyper::rt::Timer` on the loop's timers (for hyper's timeouts, e.g.
/// `header_read_timeout`). Its sleeps must be polled on the loop's thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct HyperTimer;

impl hyper::rt::Timer for HyperTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn hyper::rt::Sleep>> {
        self.sleep_until(Instant::now() + duration)
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(HyperSleep {
            deadline,
            sleep: None,
        })
    }
}

/// A sleep until `deadline`, started on its first poll.
struct HyperSleep {
    deadline: Instant,
    sleep: Option<IntoStdFuture<Sleep>>,
}

impl Future for HyperSleep {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let deadline = this.deadline;
        let sleep = this.sleep.get_or_insert_with(|| {
            into_future(sleep(deadline.saturating_duration_since(Instant::now())))
        });
        Pin::new(sleep).poll(cx)
    }
}

impl hyper::rt::Sleep for HyperSleep {}
