//! Subprocesses on the event loop (asyncio's `create_subprocess_exec`),
//! unix only: [`spawn`] a [`std::process::Command`]; its piped stdin,
//! stdout and stderr become async pipes, and [`Child::wait`] reaps the
//! child without blocking the loop.
//!
//! ```
//! use std::process::{Command, Stdio};
//! use coro_runtime::{from_future, into_future as aw};
//!
//! let output = coro_runtime::run(from_future(async {
//!     let mut child = coro_runtime::process::spawn(
//!         Command::new("sh").args(["-c", "tr a-z A-Z"])
//!             .stdin(Stdio::piped()).stdout(Stdio::piped()),
//!     )?;
//!     aw(child.communicate(b"shout")).await
//! }))
//! .unwrap();
//! assert_eq!(output.stdout, b"SHOUT");
//! assert!(output.status.success());
//! ```
//!
//! **Reaping.** On Linux the loop watches a pidfd of the child (readable
//! when it exits); elsewhere, or where pidfds are unavailable, `wait` checks
//! the child with `try_wait` on a timer (1 ms, doubling up to 50 ms). A
//! [`Child`] dropped before it was waited for is neither killed nor reaped
//! (as with std): await [`Child::wait`] (or [`Child::kill`] it first).

use crate::Awaitable;
use crate::awaitable::{from_future, into_future};
use crate::reactor::{Direction, Source};
use std::fs::File;
use std::future::poll_fn;
use std::io::{self, Read, Write};
use std::os::fd::OwnedFd;
use std::process::{Command, ExitStatus, Output};
use std::task::Poll;
use std::time::Duration;

/// Spawns `command` (asyncio's `create_subprocess_exec`): the pipes set
/// with `Stdio::piped()` become [`Child::stdin`], [`Child::stdout`] and
/// [`Child::stderr`]. Needs a running loop.
pub fn spawn(command: &mut Command) -> io::Result<Child> {
    if crate::executor::current_io().is_none() {
        return Err(crate::reactor::no_loop());
    }
    let mut child = command.spawn()?;
    let stdin = child.stdin.take().map(|p| pipe(p.into())).transpose();
    let stdout = child.stdout.take().map(|p| pipe(p.into())).transpose();
    let stderr = child.stderr.take().map(|p| pipe(p.into())).transpose();
    let exit = exit_watch(&child);
    let (stdin, stdout, stderr) = match (stdin, stdout, stderr) {
        (Ok(i), Ok(o), Ok(e)) => (i, o, e),
        (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => {
            // Do not leave a child nobody can reach.
            let _ = child.kill();
            let _ = child.wait();
            return Err(e);
        }
    };
    Ok(Child {
        child,
        stdin: stdin.map(|source| ChildStdin { source }),
        stdout: stdout.map(|source| ChildStdout { source }),
        stderr: stderr.map(|source| ChildStderr { source }),
        exit,
        status: None,
    })
}

/// Our end of a pipe, non-blocking, registered with the loop.
fn pipe(fd: OwnedFd) -> io::Result<Source<File>> {
    rustix::io::ioctl_fionbio(&fd, true)?;
    Source::new(File::from(fd))
}

/// A pidfd of the child, registered with the loop (Linux 5.3 and later).
#[cfg(target_os = "linux")]
fn exit_watch(child: &std::process::Child) -> Option<Source<OwnedFd>> {
    let pid = rustix::process::Pid::from_raw(child.id() as i32)?;
    let fd = rustix::process::pidfd_open(pid, rustix::process::PidfdFlags::empty()).ok()?;
    Source::new(fd).ok()
}

#[cfg(not(target_os = "linux"))]
fn exit_watch(_child: &std::process::Child) -> Option<Source<OwnedFd>> {
    None
}

/// A running (or exited) child process, made by [`spawn`].
pub struct Child {
    child: std::process::Child,
    /// The child's stdin, if piped. Drop it (or set it to `None`) to close
    /// it: the child reads the end of its input.
    pub stdin: Option<ChildStdin>,
    /// The child's stdout, if piped.
    pub stdout: Option<ChildStdout>,
    /// The child's stderr, if piped.
    pub stderr: Option<ChildStderr>,
    exit: Option<Source<OwnedFd>>,
    status: Option<ExitStatus>,
}

impl Child {
    /// The OS's process id.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Kills the child (SIGKILL; asyncio's `kill`). Killing one that
    /// already exited is not an error.
    pub fn kill(&mut self) -> io::Result<()> {
        if self.status.is_some() {
            return Ok(());
        }
        self.child.kill()
    }

    /// The exit status if the child has exited (reaping it), else `None`;
    /// never waits.
    pub fn try_wait(&mut self) -> io::Result<Option<ExitStatus>> {
        if self.status.is_none() {
            self.status = self.child.try_wait()?;
        }
        Ok(self.status)
    }

    /// Waits for the child to exit and reaps it (asyncio's `wait`). Pipes
    /// are left alone: a child blocked writing to a full stdout pipe nobody
    /// reads never exits, so read its output first, or use
    /// [`communicate`](Self::communicate).
    #[must_use = "wait does nothing unless awaited"]
    pub fn wait(&mut self) -> impl Awaitable<Output = io::Result<ExitStatus>> + '_ {
        from_future(async move {
            if let Some(status) = self.try_wait()? {
                return Ok(status);
            }
            let Child {
                child,
                exit,
                status,
                ..
            } = self;
            let exited = match exit {
                Some(pidfd) => {
                    poll_fn(|cx| {
                        pidfd.poll_io(Direction::Read, cx, |_| match child.try_wait()? {
                            Some(status) => Ok(status),
                            None => Err(io::ErrorKind::WouldBlock.into()),
                        })
                    })
                    .await?
                }
                None => {
                    let mut delay = Duration::from_millis(1);
                    loop {
                        if let Some(status) = child.try_wait()? {
                            break status;
                        }
                        into_future(crate::sleep(delay)).await;
                        delay = (delay * 2).min(Duration::from_millis(50));
                    }
                }
            };
            *status = Some(exited);
            Ok(exited)
        })
    }

    /// Writes `input` to the child's stdin and closes it, reads its stdout
    /// and stderr to the end, all at once, then waits for it to exit
    /// (asyncio's `communicate`). Pipes that were not piped are skipped (and
    /// come back empty). A child that exits without reading all its input
    /// is not an error.
    #[must_use = "communicate does nothing unless awaited"]
    pub fn communicate<'a>(
        &'a mut self,
        input: &'a [u8],
    ) -> impl Awaitable<Output = io::Result<Output>> + 'a {
        from_future(async move {
            let mut stdin = self.stdin.take();
            let stdout = self.stdout.take();
            let stderr = self.stderr.take();
            let mut input = input;
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let (mut out_done, mut err_done) = (stdout.is_none(), stderr.is_none());
            poll_fn(|cx| {
                while let Some(pipe) = &stdin {
                    if input.is_empty() {
                        stdin = None; // closes it
                        break;
                    }
                    match pipe
                        .source
                        .poll_io(Direction::Write, cx, |mut f: &File| f.write(input))
                    {
                        Poll::Ready(Ok(n)) => input = &input[n..],
                        Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
                            stdin = None;
                        }
                        Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                        Poll::Pending => break,
                    }
                }
                for (pipe, buf, done) in [
                    (stdout.as_ref().map(|p| &p.source), &mut out, &mut out_done),
                    (stderr.as_ref().map(|p| &p.source), &mut err, &mut err_done),
                ] {
                    let Some(pipe) = pipe else { continue };
                    while !*done {
                        match poll_read_more(pipe, cx, buf) {
                            Poll::Ready(Ok(0)) => *done = true,
                            Poll::Ready(Ok(_)) => {}
                            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                            Poll::Pending => break,
                        }
                    }
                }
                if stdin.is_none() && out_done && err_done {
                    Poll::Ready(Ok(()))
                } else {
                    Poll::Pending
                }
            })
            .await?;
            let status = into_future(self.wait()).await?;
            Ok(Output {
                status,
                stdout: out,
                stderr: err,
            })
        })
    }
}

impl std::fmt::Debug for Child {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Child")
            .field("id", &self.id())
            .field("status", &self.status)
            .finish()
    }
}

/// Appends one read's worth of `pipe` to `buf`; `Ok(0)` at the end.
fn poll_read_more(
    pipe: &Source<File>,
    cx: &mut std::task::Context<'_>,
    buf: &mut Vec<u8>,
) -> Poll<io::Result<usize>> {
    let len = buf.len();
    buf.resize(len + 32 * 1024, 0);
    let result = pipe.poll_io(Direction::Read, cx, |mut f: &File| f.read(&mut buf[len..]));
    let n = match &result {
        Poll::Ready(Ok(n)) => *n,
        _ => 0,
    };
    buf.truncate(len + n);
    result
}

/// The writing end of a child's stdin.
#[derive(Debug)]
pub struct ChildStdin {
    source: Source<File>,
}

impl ChildStdin {
    /// Writes some of `buf`; `BrokenPipe` once the child closed its stdin.
    #[must_use = "write does nothing unless awaited"]
    pub fn write<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<usize>> + 'a {
        crate::net::IoOp {
            source: &self.source,
            dir: Direction::Write,
            op: move |mut f: &File| f.write(buf),
        }
    }

    /// Writes all of `buf`.
    #[must_use = "write_all does nothing unless awaited"]
    pub fn write_all<'a>(&'a self, buf: &'a [u8]) -> impl Awaitable<Output = io::Result<()>> + 'a {
        crate::net::WriteAll::new(&self.source, buf)
    }
}

macro_rules! output_pipe {
    ($name:ident, $what:literal) => {
        #[doc = concat!("The reading end of a child's ", $what, ".")]
        #[derive(Debug)]
        pub struct $name {
            source: Source<File>,
        }

        impl $name {
            /// Reads at most `buf.len()` bytes; `Ok(0)` once the child
            /// closed it (exited). Cancel-safe.
            #[must_use = "read does nothing unless awaited"]
            pub fn read<'a>(
                &'a self,
                buf: &'a mut [u8],
            ) -> impl Awaitable<Output = io::Result<usize>> + 'a {
                crate::net::IoOp {
                    source: &self.source,
                    dir: Direction::Read,
                    op: move |mut f: &File| f.read(buf),
                }
            }

            /// Reads until the child closes it.
            #[must_use = "read_to_end does nothing unless awaited"]
            pub fn read_to_end(&self) -> impl Awaitable<Output = io::Result<Vec<u8>>> + '_ {
                from_future(async move {
                    let mut buf = Vec::new();
                    loop {
                        let n = poll_fn(|cx| poll_read_more(&self.source, cx, &mut buf)).await?;
                        if n == 0 {
                            return Ok(buf);
                        }
                    }
                })
            }
        }
    };
}

output_pipe!(ChildStdout, "stdout");
output_pipe!(ChildStderr, "stderr");
