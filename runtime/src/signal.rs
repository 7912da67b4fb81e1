//! Unix signals as awaitables (asyncio's `add_signal_handler`), unix only.
//!
//! ```no_run
//! # coro_runtime::run(coro_runtime::from_future(async {
//! let mut interrupt = coro_runtime::signal::signal(coro_runtime::signal::SIGINT)?;
//! coro_runtime::into_future(interrupt.recv()).await; // Ctrl-C
//! println!("interrupted: shutting down cleanly");
//! # std::io::Result::Ok(())
//! # })).unwrap();
//! ```
//!
//! **How.** The first listener of a signal installs a process-wide handler
//! (through `signal-hook-registry`, which chains a handler installed before)
//! that only bumps an atomic counter and writes a byte to a pipe, both
//! async-signal-safe. A thread of the runtime (`coro-signal`, started with
//! the first listener) blocks reading that pipe and wakes the tasks waiting
//! for the signal, on whatever loop they run (wakers are thread-safe).
//! Deliveries that arrive while nobody waits are not lost: a [`Signal`]
//! counts every delivery since it was made; several deliveries between two
//! `recv`s are reported once (the OS coalesces pending signals too).
//!
//! Once a signal has had a listener, its default action (terminating the
//! process, for `SIGINT`/`SIGTERM`) stays replaced for the rest of the
//! process, as with tokio's signals: keep a listener for as long as the
//! program should react to it.

use crate::Awaitable;
use std::io;
use std::os::fd::OwnedFd;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::task::{Context, Poll, Waker};

/// Interrupt (Ctrl-C).
pub const SIGINT: i32 = libc::SIGINT;
/// Termination request.
pub const SIGTERM: i32 = libc::SIGTERM;
/// Hang-up (terminal closed; daemons reload their configuration).
pub const SIGHUP: i32 = libc::SIGHUP;
/// Quit (Ctrl-\).
pub const SIGQUIT: i32 = libc::SIGQUIT;
/// User-defined signal 1.
pub const SIGUSR1: i32 = libc::SIGUSR1;
/// User-defined signal 2.
pub const SIGUSR2: i32 = libc::SIGUSR2;
/// A child process stopped or exited.
pub const SIGCHLD: i32 = libc::SIGCHLD;
/// Terminal window size changed.
pub const SIGWINCH: i32 = libc::SIGWINCH;

/// Signal numbers this module accepts: 1 to `SLOTS - 1`.
const SLOTS: usize = 65;

struct Slot {
    /// Deliveries counted by the handler (async-signal-safe: an atomic).
    raised: AtomicU64,
    /// Deliveries the `coro-signal` thread has seen and woken waiters for;
    /// changed only with `waiters` locked, so a waiter cannot miss a wake.
    delivered: AtomicU64,
    waiters: Mutex<Vec<Waker>>,
    /// The handler is installed (changed under `INIT`).
    installed: AtomicBool,
}

#[allow(clippy::declare_interior_mutable_const)] // the array's initialiser
const SLOT: Slot = Slot {
    raised: AtomicU64::new(0),
    delivered: AtomicU64::new(0),
    waiters: Mutex::new(Vec::new()),
    installed: AtomicBool::new(false),
};

static TABLE: [Slot; SLOTS] = [SLOT; SLOTS];

/// The pipe the handlers write to: (read end, write end); never closed.
static PIPE: OnceLock<(OwnedFd, OwnedFd)> = OnceLock::new();

/// Serialises setting up the pipe and installing handlers.
static INIT: Mutex<()> = Mutex::new(());

/// Creates the pipe and starts the thread that reads it (once); the caller
/// holds `INIT`.
fn pipe(_init: &MutexGuard<'_, ()>) -> io::Result<&'static (OwnedFd, OwnedFd)> {
    if let Some(pipe) = PIPE.get() {
        return Ok(pipe);
    }
    let (reader, writer) = std::io::pipe()?;
    let (reader, writer) = (OwnedFd::from(reader), OwnedFd::from(writer));
    // A full pipe drops the wake-up byte instead of blocking the handler;
    // the counters still hold the deliveries.
    rustix::io::ioctl_fionbio(&writer, true)?;
    let _ = PIPE.set((reader, writer));
    let pipe = PIPE.get().expect("set above");
    std::thread::Builder::new()
        .name("coro-signal".into())
        .spawn(move || dispatch(&pipe.0))?;
    Ok(pipe)
}

/// The `coro-signal` thread: waits for wake-up bytes and wakes the waiters
/// of every signal whose counter moved.
fn dispatch(reader: &OwnedFd) {
    let mut buf = [0u8; 64];
    loop {
        match rustix::io::read(reader, &mut buf) {
            Ok(0) => return, // cannot happen: the write end is never closed
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(_) => return,
        }
        for slot in &TABLE {
            let raised = slot.raised.load(Ordering::Acquire);
            if raised == slot.delivered.load(Ordering::Acquire) {
                continue;
            }
            let woken = {
                let mut waiters = slot.waiters.lock().unwrap_or_else(|e| e.into_inner());
                slot.delivered.store(raised, Ordering::Release);
                std::mem::take(&mut *waiters)
            };
            woken.into_iter().for_each(Waker::wake);
        }
    }
}

/// Starts listening for signal `signum` (asyncio's `add_signal_handler`):
/// deliveries from now on are reported by [`Signal::recv`].
///
/// Errors (`InvalidInput`) for signals that cannot be handled this way:
/// `SIGKILL`, `SIGSTOP`, `SIGILL`, `SIGFPE`, `SIGSEGV`, and numbers out of
/// range.
pub fn signal(signum: i32) -> io::Result<Signal> {
    let index = usize::try_from(signum)
        .ok()
        .filter(|i| (1..SLOTS).contains(i))
        .filter(|_| !signal_hook_registry::FORBIDDEN.contains(&signum))
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("signal {signum} cannot be listened for"),
            )
        })?;
    let slot = &TABLE[index];
    let init = INIT.lock().unwrap_or_else(|e| e.into_inner());
    if !slot.installed.load(Ordering::Acquire) {
        let writer = &pipe(&init)?.1;
        // SAFETY: the action runs in a signal handler. It only does an
        // atomic add on a static and a write(2) to a pipe that is never
        // closed (`PIPE` is set before and never dropped; its write end is
        // non-blocking), both async-signal-safe; it allocates nothing,
        // takes no lock and cannot panic (the write's error is ignored).
        // signal-hook-registry saves and restores errno around it.
        unsafe {
            signal_hook_registry::register(signum, move || {
                slot.raised.fetch_add(1, Ordering::AcqRel);
                let _ = rustix::io::write(writer, &[1]);
            })
        }?;
        slot.installed.store(true, Ordering::Release);
    }
    drop(init);
    Ok(Signal {
        slot,
        seen: slot.raised.load(Ordering::Acquire),
    })
}

/// Listens for `SIGINT` (Ctrl-C): `ctrl_c()?.recv().await`. A Ctrl-C
/// before the call is not reported.
pub fn ctrl_c() -> io::Result<Signal> {
    signal(SIGINT)
}

/// A listener of one signal, made by [`signal`]. Not tied to a loop.
pub struct Signal {
    slot: &'static Slot,
    /// The delivery count already reported.
    seen: u64,
}

impl Signal {
    /// Waits until the signal is delivered (at least once) after the
    /// listener was made or after the previous `recv` returned.
    #[must_use = "recv does nothing unless awaited"]
    pub fn recv(&mut self) -> impl Awaitable<Output = ()> + '_ {
        Recv { signal: self }
    }
}

impl std::fmt::Debug for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signal").field("seen", &self.seen).finish()
    }
}

struct Recv<'a> {
    signal: &'a mut Signal,
}

#[diagnostic::do_not_recommend]
impl Awaitable for Recv<'_> {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let signal = &mut *self.get_mut().signal;
        let slot = signal.slot;
        let mut waiters = slot.waiters.lock().unwrap_or_else(|e| e.into_inner());
        let delivered = slot.delivered.load(Ordering::Acquire);
        if delivered > signal.seen {
            signal.seen = delivered;
            return Poll::Ready(());
        }
        if !waiters.iter().any(|w| w.will_wake(cx.waker())) {
            waiters.push(cx.waker().clone());
        }
        Poll::Pending
    }
}
