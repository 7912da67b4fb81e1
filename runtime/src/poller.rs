//! The OS poller the loop sleeps on: epoll on Linux (our own, on rustix),
//! the `polling` crate elsewhere (kqueue, IOCP, poll) and under Miri.
//!
//! Why our own on Linux: `polling`'s epoll backend arms a timerfd, and
//! re-arms both the timerfd and its notifier (`epoll_ctl`) and reads the
//! notifier, around every `epoll_wait`, so each wait of the loop cost five
//! syscalls; an echo server waits once per few round trips (measured with
//! strace: 5,118 waits came with 20,500 of those extra calls against
//! 96,000 socket reads and writes). Here a wait is one `epoll_wait`:
//! - no timeout, or a zero one: just `epoll_wait`;
//! - a deadline: a timerfd (registered once, edge-triggered, never read) is
//!   set to it, unless it is already set to that very deadline, so
//!   deadlines keep nanosecond precision (`epoll_wait` counts whole
//!   milliseconds) and a loop woken by IO before its next timer waits
//!   again without touching the timer. Without a timerfd the timeout is
//!   rounded up to milliseconds (never early);
//! - [`Poller::notify`] (any thread) writes an eventfd, registered once,
//!   edge-triggered; a flag coalesces notifies until the loop next waits,
//!   and the eventfd is read only when its event came.
//!
//! Both backends offer the same small interface: register a source under a
//! key (edge-triggered for both directions where supported, else oneshot
//! with no interest), re-arm a oneshot source, delete, wait, notify.

use std::time::Instant;

/// What a wait waits for, besides IO events and notifies.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Until {
    /// No timeout.
    Forever,
    /// Returns at once with what is ready.
    Now,
    /// Until this instant of the loop's clock.
    Deadline(Instant),
}

/// A source that became ready.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ready {
    pub(crate) key: usize,
    pub(crate) readable: bool,
    pub(crate) writable: bool,
    /// Readable for a reason a short read does not consume: the peer
    /// closed or reset, an error, urgent data (or the backend cannot tell).
    pub(crate) read_closed: bool,
}

#[cfg(all(target_os = "linux", not(miri)))]
pub(crate) use epoll::{Events, Poller};
#[cfg(not(all(target_os = "linux", not(miri))))]
pub(crate) use portable::{Events, Poller};

#[cfg(all(target_os = "linux", not(miri)))]
mod epoll {
    use super::{Ready, Until};
    use crate::reactor::RawSource;
    use rustix::event::epoll::{self, EventData, EventFlags};
    use rustix::event::{EventfdFlags, eventfd};
    use rustix::time::{
        Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, Timespec, timerfd_create,
        timerfd_settime,
    };
    use std::io;
    use std::os::fd::OwnedFd;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Instant;

    /// The key of the notify eventfd; sources' keys are slab indices, far
    /// below.
    const NOTIFY: u64 = u64::MAX;
    /// The key of the deadline timerfd.
    const TIMER: u64 = u64::MAX - 1;

    fn read_flags() -> EventFlags {
        EventFlags::IN | EventFlags::RDHUP | EventFlags::HUP | EventFlags::ERR | EventFlags::PRI
    }

    fn write_flags() -> EventFlags {
        EventFlags::OUT | EventFlags::HUP | EventFlags::ERR
    }

    pub(crate) struct Poller {
        epoll: OwnedFd,
        notify_fd: OwnedFd,
        /// A notify was sent since the loop last waited.
        notified: AtomicBool,
        timer_fd: Option<OwnedFd>,
        /// The deadline the timerfd is set to and has not reported yet.
        /// Only the loop's thread waits, so the lock is never contended.
        timer_set: Mutex<Option<Instant>>,
    }

    impl Poller {
        pub(crate) fn new() -> io::Result<Self> {
            let epoll = epoll::create(epoll::CreateFlags::CLOEXEC)?;
            let notify_fd = eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)?;
            epoll::add(
                &epoll,
                &notify_fd,
                EventData::new_u64(NOTIFY),
                EventFlags::IN | EventFlags::ET,
            )?;
            // Without a timerfd (a sandbox may refuse it), deadlines fall
            // back to `epoll_wait`'s milliseconds.
            let timer_fd = timerfd_create(
                TimerfdClockId::Monotonic,
                TimerfdFlags::CLOEXEC | TimerfdFlags::NONBLOCK,
            )
            .ok()
            .filter(|timer| {
                epoll::add(
                    &epoll,
                    timer,
                    EventData::new_u64(TIMER),
                    EventFlags::IN | EventFlags::ET,
                )
                .is_ok()
            });
            Ok(Poller {
                epoll,
                notify_fd,
                notified: AtomicBool::new(false),
                timer_fd,
                timer_set: Mutex::new(None),
            })
        }

        pub(crate) fn supports_edge(&self) -> bool {
            true
        }

        /// Registers `source` under `key`: edge-triggered for both
        /// directions if `edge`, else oneshot with no interest.
        ///
        /// # Safety
        /// `source` must be deleted from this poller before it is closed.
        pub(crate) unsafe fn add(
            &self,
            source: &impl RawSource,
            key: usize,
            edge: bool,
        ) -> io::Result<()> {
            let flags = if edge {
                read_flags() | write_flags() | EventFlags::ET
            } else {
                EventFlags::ONESHOT
            };
            epoll::add(&self.epoll, source, EventData::new_u64(key as u64), flags)?;
            Ok(())
        }

        /// Re-arms a oneshot source for the directions in `dirs`.
        pub(crate) fn modify(
            &self,
            source: &impl RawSource,
            key: usize,
            dirs: [bool; 2],
        ) -> io::Result<()> {
            let mut flags = EventFlags::ONESHOT;
            if dirs[0] {
                flags |= read_flags();
            }
            if dirs[1] {
                flags |= write_flags();
            }
            epoll::modify(&self.epoll, source, EventData::new_u64(key as u64), flags)?;
            Ok(())
        }

        pub(crate) fn delete(&self, source: &impl RawSource) -> io::Result<()> {
            epoll::delete(&self.epoll, source)?;
            Ok(())
        }

        pub(crate) fn notify(&self) -> io::Result<()> {
            if !self.notified.swap(true, Ordering::SeqCst) {
                match rustix::io::write(&self.notify_fd, &1u64.to_ne_bytes()) {
                    // Full counter: it is readable anyway.
                    Ok(_) | Err(rustix::io::Errno::AGAIN) => {}
                    Err(e) => {
                        self.notified.store(false, Ordering::SeqCst);
                        return Err(e.into());
                    }
                }
            }
            Ok(())
        }

        pub(crate) fn wait(&self, events: &mut Events, until: Until) -> io::Result<()> {
            events.list.clear();
            let timeout = match until {
                Until::Forever => None,
                Until::Now => Some(Timespec::default()),
                Until::Deadline(deadline) => self.timeout_until(deadline)?,
            };
            loop {
                match epoll::wait(
                    &self.epoll,
                    rustix::buffer::spare_capacity(&mut events.list),
                    timeout.as_ref(),
                ) {
                    Ok(_) => break,
                    Err(rustix::io::Errno::INTR) => continue,
                    Err(e) => return Err(e.into()),
                }
            }
            // After the wait: a notify from now on writes again (see
            // `crate::waker` for why none is lost).
            self.notified.store(false, Ordering::SeqCst);
            for event in &events.list {
                let key = event.data.u64();
                match key {
                    NOTIFY => {
                        let mut buf = [0u8; 8];
                        let _ = rustix::io::read(&self.notify_fd, &mut buf);
                    }
                    TIMER => *self.timer_set.lock().unwrap_or_else(|e| e.into_inner()) = None,
                    _ => {}
                }
            }
            Ok(())
        }

        /// The `epoll_wait` timeout for a wait until `deadline`, setting the
        /// timerfd to it if there is one (and it is not set to it already).
        fn timeout_until(&self, deadline: Instant) -> io::Result<Option<Timespec>> {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(Some(Timespec::default()));
            }
            let left = Timespec {
                tv_sec: i64::try_from(left.as_secs()).unwrap_or(i64::MAX),
                tv_nsec: i64::from(left.subsec_nanos()),
            };
            let Some(timer) = &self.timer_fd else {
                // Rounded up to milliseconds by rustix; `None` (no timeout)
                // if that overflows, as for deadlines decades away.
                return Ok((left.tv_sec < i64::from(i32::MAX) / 1000).then_some(left));
            };
            let mut set = self.timer_set.lock().unwrap_or_else(|e| e.into_inner());
            if *set != Some(deadline) {
                timerfd_settime(
                    timer,
                    TimerfdTimerFlags::empty(),
                    &Itimerspec {
                        it_interval: Timespec::default(),
                        it_value: left,
                    },
                )?;
                *set = Some(deadline);
            }
            Ok(None)
        }
    }

    /// The events of one wait.
    pub(crate) struct Events {
        list: Vec<epoll::Event>,
    }

    impl Events {
        pub(crate) fn new() -> Self {
            Events {
                list: Vec::with_capacity(1024),
            }
        }

        pub(crate) fn iter(&self) -> impl Iterator<Item = Ready> + '_ {
            self.list.iter().filter_map(|event| {
                // Copies: the kernel's struct is packed on x86-64.
                let (key, flags) = (event.data.u64(), event.flags);
                (key < TIMER).then(|| Ready {
                    key: key as usize,
                    readable: flags.intersects(read_flags()),
                    writable: flags.intersects(write_flags()),
                    read_closed: flags.intersects(
                        EventFlags::RDHUP | EventFlags::HUP | EventFlags::ERR | EventFlags::PRI,
                    ),
                })
            })
        }
    }
}

#[cfg(not(all(target_os = "linux", not(miri))))]
mod portable {
    use super::{Ready, Until};
    use crate::reactor::RawSource;
    use polling::{Event, PollMode};
    use std::io;
    use std::time::{Duration, Instant};

    pub(crate) struct Poller {
        poller: polling::Poller,
    }

    impl Poller {
        pub(crate) fn new() -> io::Result<Self> {
            Ok(Poller {
                poller: polling::Poller::new()?,
            })
        }

        pub(crate) fn supports_edge(&self) -> bool {
            self.poller.supports_edge()
        }

        /// Registers `source` under `key`: edge-triggered for both
        /// directions if `edge`, else oneshot with no interest.
        ///
        /// # Safety
        /// `source` must be deleted from this poller before it is closed.
        pub(crate) unsafe fn add(
            &self,
            source: &impl RawSource,
            key: usize,
            edge: bool,
        ) -> io::Result<()> {
            // SAFETY: the caller's contract is `polling`'s.
            unsafe {
                if edge {
                    self.poller
                        .add_with_mode(source, Event::all(key), PollMode::Edge)
                } else {
                    self.poller.add(source, Event::none(key))
                }
            }
        }

        /// Re-arms a oneshot source for the directions in `dirs`.
        pub(crate) fn modify(
            &self,
            source: &impl RawSource,
            key: usize,
            dirs: [bool; 2],
        ) -> io::Result<()> {
            let interest = match dirs {
                [true, true] => Event::all(key),
                [true, false] => Event::readable(key),
                [false, true] => Event::writable(key),
                [false, false] => Event::none(key),
            };
            self.poller.modify(source, interest)
        }

        pub(crate) fn delete(&self, source: &impl RawSource) -> io::Result<()> {
            self.poller.delete(source)
        }

        pub(crate) fn notify(&self) -> io::Result<()> {
            self.poller.notify()
        }

        pub(crate) fn wait(&self, events: &mut Events, until: Until) -> io::Result<()> {
            events.events.clear();
            let timeout = match until {
                Until::Forever => None,
                Until::Now => Some(Duration::ZERO),
                Until::Deadline(d) => Some(d.saturating_duration_since(Instant::now())),
            };
            self.poller.wait(&mut events.events, timeout).map(drop)
        }
    }

    /// The events of one wait.
    pub(crate) struct Events {
        events: polling::Events,
    }

    impl Events {
        pub(crate) fn new() -> Self {
            Events {
                events: polling::Events::new(),
            }
        }

        pub(crate) fn iter(&self) -> impl Iterator<Item = Ready> + '_ {
            self.events.iter().map(|event| Ready {
                key: event.key,
                readable: event.readable,
                writable: event.writable,
                // `polling` does not say why: assume the worst.
                read_closed: event.readable,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::time::Duration;

    #[test]
    fn notify_ends_a_wait_once_and_again() {
        let poller = std::sync::Arc::new(Poller::new().unwrap());
        let mut events = Events::new();
        for _ in 0..3 {
            let remote = poller.clone();
            let notifier = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(20));
                remote.notify().unwrap();
                remote.notify().unwrap(); // coalesced
            });
            // Would block forever without the notify.
            poller.wait(&mut events, Until::Forever).unwrap();
            notifier.join().unwrap();
            assert_eq!(events.iter().count(), 0, "a notify is no source event");
        }
        // Consumed: a poll now finds nothing and returns.
        poller.wait(&mut events, Until::Now).unwrap();
        assert_eq!(events.iter().count(), 0);
    }

    #[test]
    fn a_deadline_wait_never_ends_early() {
        let poller = Poller::new().unwrap();
        let mut events = Events::new();
        for micros in [300, 1_500, 2_250] {
            let deadline = Instant::now() + Duration::from_micros(micros);
            // Twice with the same deadline: the second finds it passed.
            for _ in 0..2 {
                poller.wait(&mut events, Until::Deadline(deadline)).unwrap();
                assert!(Instant::now() >= deadline);
            }
        }
        // A later deadline after an earlier one fired still waits.
        let deadline = Instant::now() + Duration::from_millis(5);
        poller.wait(&mut events, Until::Deadline(deadline)).unwrap();
        assert!(Instant::now() >= deadline);
    }

    #[test]
    fn a_deadline_centuries_away_is_accepted_and_a_notify_ends_it() {
        // What `sleep(Duration::MAX)` and the timers' clamped deadlines ask
        // for: the timerfd takes it (the kernel saturates), no error.
        let poller = std::sync::Arc::new(Poller::new().unwrap());
        let far = Instant::now() + Duration::from_secs(60 * 60 * 24 * 365 * 600);
        let remote = poller.clone();
        let notifier = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            remote.notify().unwrap();
        });
        let mut events = Events::new();
        poller.wait(&mut events, Until::Deadline(far)).unwrap();
        notifier.join().unwrap();
        assert!(Instant::now() < far);
    }

    #[test]
    fn a_registered_socket_reports_readiness_under_its_key() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let mut client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (server, _) = listener.accept().unwrap();
        server.set_nonblocking(true).unwrap();
        let poller = Poller::new().unwrap();
        let edge = poller.supports_edge();
        // SAFETY: deleted below, before `server` is dropped.
        unsafe { poller.add(&server, 7, edge).unwrap() };
        if !edge {
            poller.modify(&server, 7, [true, false]).unwrap();
        }
        client.write_all(b"x").unwrap();
        let mut events = Events::new();
        let deadline = Instant::now() + Duration::from_secs(10);
        let ready = loop {
            poller.wait(&mut events, Until::Deadline(deadline)).unwrap();
            if let Some(ready) = events.iter().find(|r| r.key == 7 && r.readable) {
                break ready;
            }
            assert!(Instant::now() < deadline, "no readiness reported");
        };
        assert_eq!(ready.key, 7);
        poller.delete(&server).unwrap();
    }
}
