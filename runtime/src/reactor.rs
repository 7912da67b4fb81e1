//! The reactor: the one [`Poller`] the event loop sleeps on (epoll of our
//! own on Linux, the `polling` crate elsewhere: see [`crate::poller`]), and
//! the registry of IO sources whose readiness it dispatches.
//!
//! The loop parks in [`Reactor::wait`] when no task is ready, with the next
//! timer's deadline as timeout. Three things end the wait early:
//! - [`Reactor::notify`], called by a waker fired on another thread after it
//!   pushed onto the injection queue (see [`crate::waker`]);
//! - readiness of an IO source ([`Source`]: sockets of `coro::net`): the
//!   loop's `park` hands the events to [`IoRegistry::dispatch`], which wakes
//!   the tasks waiting on them;
//! - a due timer (the timeout).
//!
//! **Sources.** Each source is registered once, under a key of the loop's
//! registry (its slot index). An IO operation first tries the non-blocking
//! syscall; only on `WouldBlock` does it record the task's waker for that
//! direction (read or write: separate lists). Two modes:
//! - *edge-triggered* where the poller supports it (epoll, kqueue): the
//!   source is registered for both directions once and never modified, so
//!   waiting costs no syscall. No edge is lost: the loop is single-threaded,
//!   so the waker is recorded (right after the `WouldBlock`, in the same
//!   resume) before the loop next collects events, and an edge that came in
//!   between is still queued in the kernel then;
//! - *oneshot* elsewhere: registered with no interest, and each wait arms
//!   its direction with [`Poller::modify`] (which reports a source already
//!   ready, so arming after the failed syscall loses nothing). A oneshot
//!   event disarms the whole registration, so `dispatch` also wakes an armed
//!   direction that did not fire (its task retries and re-arms).
//!
//! A source is deleted from the poller when it is dropped, before its fd is
//! closed.
//!
//! Invariant: the loop never busy-polls. It only calls `wait` with a zero
//! timeout when it also has ready work (and some source is armed: then IO is
//! not starved by busy tasks); an idle loop blocks in `epoll_wait` (or the
//! platform's equivalent) until a timer is due, a source is ready or someone
//! notifies.

use crate::poller::{Events, Poller, Until};
use crate::waker::WakeQueue;
use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, RawWakerVTable, Waker};

/// The poller shared by the loop and the wakers of its tasks.
///
/// `Send + Sync`: any thread may [`notify`](Reactor::notify); only the loop's
/// thread calls [`wait`](Reactor::wait).
#[doc(hidden)]
pub struct Reactor {
    poller: Poller,
}

impl Reactor {
    /// Creates the OS poller (an epoll/kqueue/IOCP instance).
    pub(crate) fn new() -> io::Result<Self> {
        Ok(Reactor {
            poller: Poller::new()?,
        })
    }

    fn poller(&self) -> &Poller {
        &self.poller
    }

    /// Wakes the loop if it is blocked in [`wait`](Reactor::wait), or makes its
    /// next `wait` return at once. Cheap when repeated: the poller coalesces.
    pub fn notify(&self) {
        // A failed notify would leave the loop asleep with work queued; the
        // only failure modes are resource exhaustion at the OS level.
        self.poller
            .notify()
            .expect("coro: failed to notify the event loop's poller");
    }

    /// Blocks until an IO event, a notify, or `until`, filling `events`
    /// with what became ready.
    pub(crate) fn wait(&self, events: &RefCell<Events>, until: Until) {
        let mut events = events.borrow_mut();
        if let Err(e) = self.poller.wait(&mut events, until) {
            panic!("coro: the event loop's poller failed: {e}");
        }
    }
}

/// The platform's handle of a source that a poller can watch.
#[cfg(unix)]
pub(crate) trait RawSource: std::os::fd::AsFd + std::os::fd::AsRawFd {}
#[cfg(unix)]
impl<T: std::os::fd::AsFd + std::os::fd::AsRawFd> RawSource for T {}
/// The platform's handle of a source that a poller can watch.
#[cfg(windows)]
pub(crate) trait RawSource:
    std::os::windows::io::AsSocket + std::os::windows::io::AsRawSocket
{
}
#[cfg(windows)]
impl<T: std::os::windows::io::AsSocket + std::os::windows::io::AsRawSocket> RawSource for T {}

/// A direction of readiness: index 0 is read, 1 is write.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Direction {
    Read = 0,
    Write = 1,
}

/// The per-source state the registry and the source's owner share.
#[derive(Default)]
struct SourceState {
    /// The wakers of the tasks waiting to read / to write (deduplicated with
    /// `will_wake`; taken all at once when the direction fires).
    wakers: [Vec<Waker>; 2],
    /// The directions with waiters (oneshot mode: also the interest armed
    /// in the kernel).
    armed: [bool; 2],
    /// Edge mode, TCP: the last read returned fewer bytes than asked, so
    /// it emptied the socket; until the next read edge, reads wait instead
    /// of trying (see [`Source::poll_stream_read`]).
    read_drained: bool,
    /// A read event said the peer closed (or reset, or an error, or urgent
    /// data): sticky, and it turns the short-read shortcut off.
    read_closed: bool,
}

/// The IO sources of one loop: a slab of their states, indexed by the key
/// they are registered under. Lives in the `Executor`; each [`Source`] keeps
/// it alive (and the poller, through the wake queue) until the source is
/// dropped, so a source may outlive its loop and still deregister.
pub(crate) struct IoRegistry {
    loop_id: u64,
    queue: Arc<WakeQueue>,
    slots: RefCell<Vec<Option<Rc<RefCell<SourceState>>>>>,
    free: RefCell<Vec<usize>>,
    /// How many (source, direction) pairs have waiters: the loop polls with
    /// a zero timeout on busy ticks only when this is non-zero.
    armed: Cell<usize>,
    /// Sources are registered edge-triggered (else oneshot).
    edge: bool,
    /// Reused buffer for the wakers of one dispatch.
    woken: RefCell<Vec<Waker>>,
    /// The cooperative budget: the waker (data, vtable) of the task whose
    /// operations completed last without waiting, and how many in a row.
    budget: Cell<(*const (), *const RawWakerVTable, u32)>,
}

/// How many IO operations in a row one task may complete without waiting
/// before it is made to yield (tokio's budget is 128 too).
const BUDGET: u32 = 128;

impl IoRegistry {
    pub(crate) fn new(loop_id: u64, queue: Arc<WakeQueue>) -> Self {
        IoRegistry {
            loop_id,
            queue: queue.clone(),
            slots: RefCell::default(),
            free: RefCell::default(),
            armed: Cell::new(0),
            edge: queue.reactor.poller().supports_edge(),
            woken: RefCell::default(),
            budget: Cell::new((std::ptr::null(), std::ptr::null(), 0)),
        }
    }

    /// Spends one unit of the budget of the task `waker` wakes: false when
    /// that task completed `BUDGET` operations in a row without waiting,
    /// and must yield first (the count then starts over).
    fn spend(&self, waker: &Waker) -> bool {
        let (data, vtable, spent) = self.budget.get();
        let same = std::ptr::eq(data, waker.data()) && std::ptr::eq(vtable, waker.vtable());
        let spent = if same { spent + 1 } else { 1 };
        if spent > BUDGET {
            self.budget.set((data, vtable, 0));
            return false;
        }
        self.budget.set((waker.data(), waker.vtable(), spent));
        true
    }

    /// The task `waker` wakes is about to wait: its run of operations ends.
    fn refill(&self) {
        self.budget.set((std::ptr::null(), std::ptr::null(), 0));
    }

    /// The id of the loop this registry belongs to.
    pub(crate) fn loop_id(&self) -> u64 {
        self.loop_id
    }

    fn poller(&self) -> &Poller {
        self.queue.reactor.poller()
    }

    /// True when some task waits for IO readiness.
    pub(crate) fn has_waiters(&self) -> bool {
        self.armed.get() > 0
    }

    /// Wakes the tasks waiting on the sources `events` reports ready.
    ///
    /// In oneshot mode an event disarms the whole registration, so a
    /// direction that was armed and did not fire is woken too: its task
    /// retries, gets `WouldBlock` and re-arms (a spurious wake-up, only when
    /// a source waits both ways at once; re-arming here would need the fd,
    /// which the registry does not own). In edge mode the other direction
    /// stays registered and its waiters keep waiting.
    ///
    /// The wakers are collected first and woken with no borrow held (a waker
    /// may be anything). Nothing runs between the poller's wait and this, so
    /// every key in `events` is still registered (a dropped source deletes
    /// itself from the poller, and from the slab, only while user code runs).
    pub(crate) fn dispatch(&self, events: &RefCell<Events>) {
        let mut woken = std::mem::take(&mut *self.woken.borrow_mut());
        {
            let events = events.borrow();
            let slots = self.slots.borrow();
            for event in events.iter() {
                let Some(Some(state)) = slots.get(event.key) else {
                    continue;
                };
                let mut state = state.borrow_mut();
                let state = &mut *state;
                let fired = [event.readable, event.writable];
                if event.readable {
                    state.read_drained = false;
                    state.read_closed |= event.read_closed;
                }
                for ((wakers, armed), fired) in
                    state.wakers.iter_mut().zip(&mut state.armed).zip(fired)
                {
                    let wake = fired || (*armed && !self.edge);
                    if wake {
                        woken.append(wakers);
                    }
                    if *armed && wake {
                        *armed = false;
                        self.armed.set(self.armed.get() - 1);
                    }
                }
            }
        }
        for waker in woken.drain(..) {
            waker.wake();
        }
        *self.woken.borrow_mut() = woken;
    }
}

/// The error of an IO operation outside the loop its object belongs to.
pub(crate) fn wrong_loop() -> io::Error {
    io::Error::other("coro: an IO object was used outside the event loop it was created in")
}

/// The error of creating an IO object with no running loop.
pub(crate) fn no_loop() -> io::Error {
    io::Error::other("coro: IO objects require a running event loop (create them inside coro::run)")
}

/// An IO object (a non-blocking socket) registered with a loop's poller.
///
/// Owns the object: on drop it is deleted from the poller first, then
/// closed (the field drops after `Drop::drop`).
pub(crate) struct Source<T: RawSource> {
    io: T,
    key: usize,
    state: Rc<RefCell<SourceState>>,
    registry: Rc<IoRegistry>,
}

impl<T: RawSource> Source<T> {
    /// Registers `io`, which must already be in non-blocking mode, with the
    /// loop running on this thread.
    pub(crate) fn new(io: T) -> io::Result<Self> {
        let registry = crate::executor::current_io().ok_or_else(no_loop)?;
        let key = {
            let mut slots = registry.slots.borrow_mut();
            match registry.free.borrow_mut().pop() {
                Some(key) => key,
                None => {
                    slots.push(None);
                    slots.len() - 1
                }
            }
        };
        // SAFETY: `Poller::add` requires the source to be
        // deleted from the poller before it is closed. `io` is owned by the
        // `Source` we return (or dropped below on error, after a failed `add`
        // registered nothing); `Source` never hands it out by value, and its `Drop`
        // deletes it from this same poller (kept alive by `registry`) before
        // the `io` field is dropped and so closed. A leaked `Source` leaks
        // `io` too: the fd is never closed, so never reused while registered.
        let added = unsafe { registry.poller().add(&io, key, registry.edge) };
        if let Err(e) = added {
            registry.free.borrow_mut().push(key);
            return Err(e);
        }
        let state = Rc::new(RefCell::new(SourceState::default()));
        registry.slots.borrow_mut()[key] = Some(state.clone());
        Ok(Source {
            io,
            key,
            state,
            registry,
        })
    }

    /// The object itself.
    pub(crate) fn get_ref(&self) -> &T {
        &self.io
    }

    /// Runs the non-blocking `op`; on `WouldBlock`, records the task's waker
    /// for `dir`, arms the interest and returns `Pending`. `Interrupted` is
    /// retried; any other outcome is returned as is.
    ///
    /// **Budget.** A task whose sockets are always ready would never return
    /// to the loop (its reads and writes all complete at once), starving
    /// every other task and the timers. So after `BUDGET` operations in a
    /// row that completed without waiting, the next one yields instead of
    /// running: it wakes its task and returns `Pending` before touching the
    /// socket, so nothing is lost, and the task runs again on the next tick.
    pub(crate) fn poll_io<R>(
        &self,
        dir: Direction,
        cx: &mut Context<'_>,
        mut op: impl FnMut(&T) -> io::Result<R>,
    ) -> Poll<io::Result<R>> {
        if !self.registry.spend(cx.waker()) {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        loop {
            match op(&self.io) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.registry.refill();
                    return match self.wait(dir, cx.waker()) {
                        Ok(()) => Poll::Pending,
                        Err(e) => Poll::Ready(Err(e)),
                    };
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                result => return Poll::Ready(result),
            }
        }
    }

    /// [`poll_io`](Self::poll_io) for a read of a TCP socket into `buf`,
    /// with tokio's shortcut: a read that returned fewer bytes than asked
    /// (but some) emptied the socket's receive queue, so the next read
    /// waits for the next read edge instead of trying again. Edge mode only.
    ///
    /// Why: fairness between connections. Without it a server task that
    /// answers and reads again finds the next request already there
    /// whenever the client it just woke ran first (on the other CPU, or
    /// by preempting the loop's thread), and serves that connection again
    /// in the same resume while the others wait: in the echo benchmark
    /// (8 clients) a few connections got 4 µs round trips and finished
    /// 3-5x sooner than the rest, which made the median low and the p99
    /// 2-3x tokio's (BENCHMARKS.md Part D). Waiting for the edge puts the
    /// task behind the other ready tasks (the event is dispatched on the
    /// next tick) and saves the `recv` that would otherwise return
    /// `WouldBlock` after each answer (one `recv` in three). Nothing is lost: data arriving after that
    /// read (also packets the kernel queued while the read held the socket)
    /// raises a new edge, whose dispatch clears the flag and wakes the
    /// waiter; an edge from before it only costs one retry. A TCP read also
    /// stops short at a FIN (the next read gives the end of the stream) or
    /// at urgent data, with no edge to follow: so once a read event reported
    /// the peer closed, an error or urgent data (`read_closed`, sticky), the
    /// shortcut is off. Not for Unix streams (a read stops short between
    /// two writers' credentials) nor datagrams (a short read says nothing
    /// about the queue).
    pub(crate) fn poll_stream_read(
        &self,
        cx: &mut Context<'_>,
        buf: &mut [u8],
        mut read: impl FnMut(&T, &mut [u8]) -> io::Result<usize>,
    ) -> Poll<io::Result<usize>> {
        let len = buf.len();
        let skip = {
            let state = self.state.borrow();
            state.read_drained && !state.read_closed
        };
        if self.registry.edge && len > 0 && skip {
            self.registry.refill();
            return match self.wait(Direction::Read, cx.waker()) {
                Ok(()) => Poll::Pending,
                Err(e) => Poll::Ready(Err(e)),
            };
        }
        let result = self.poll_io(Direction::Read, cx, |io| read(io, buf));
        if self.registry.edge
            && let Poll::Ready(Ok(n)) = result
            && n > 0
            && n < len
        {
            self.state.borrow_mut().read_drained = true;
        }
        result
    }

    /// Records `waker` as waiting for `dir` and arms that interest.
    fn wait(&self, dir: Direction, waker: &Waker) -> io::Result<()> {
        if !crate::executor::is_current_loop(self.registry.loop_id) {
            return Err(wrong_loop());
        }
        let mut state = self.state.borrow_mut();
        let d = dir as usize;
        if !state.wakers[d].iter().any(|w| w.will_wake(waker)) {
            state.wakers[d].push(waker.clone());
        }
        if !state.armed[d] {
            let mut want = state.armed;
            want[d] = true;
            if !self.registry.edge {
                self.registry.poller().modify(&self.io, self.key, want)?;
            }
            state.armed = want;
            self.registry.armed.set(self.registry.armed.get() + 1);
        }
        Ok(())
    }
}

impl<T: RawSource> Drop for Source<T> {
    fn drop(&mut self) {
        // Deleted before `io` is closed (see the SAFETY note in `new`). The
        // only failures are a poller or fd already gone, where there is
        // nothing left to undo.
        let _ = self.registry.poller().delete(&self.io);
        let armed = self.state.borrow().armed.iter().filter(|a| **a).count();
        self.registry.armed.set(self.registry.armed.get() - armed);
        self.registry.slots.borrow_mut()[self.key] = None;
        self.registry.free.borrow_mut().push(self.key);
        // Wakers still recorded belong to tasks that dropped their operation
        // or are dropping this source: nothing to wake.
    }
}

impl<T: RawSource + std::fmt::Debug> std::fmt::Debug for Source<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.io.fmt(f)
    }
}
