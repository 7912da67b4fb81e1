//! [`sleep`]: suspend the current task for a while.

use crate::Awaitable;
use crate::executor::{with_current, with_loop};
use crate::timers::TimerKey;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// Suspends the awaiting task for `duration` (asyncio's `sleep`).
///
/// The clock starts when the sleep is first awaited, not when `sleep` is
/// called (as a Python coroutine starts when awaited). It never completes
/// early: it completes on the first resume at or after the deadline. A sleep
/// of zero yields once: the task goes to the back of the ready queue, so every
/// other ready task runs before it resumes.
///
/// Dropping an unfinished sleep (for example when its task is cancelled)
/// disarms its timer.
///
/// # Panics
/// When awaited outside a running loop.
pub fn sleep(duration: Duration) -> Sleep {
    Sleep {
        state: State::Unstarted(duration),
    }
}

/// Suspends the awaiting task until `deadline` (the absolute form of
/// [`sleep`]; asyncio's `loop.call_at`-based sleeps, tokio's `sleep_until`).
///
/// A deadline already reached completes at the first resume, without
/// yielding. Deadlines are [`Instant`]s of the loop's clock, [`crate::time`].
///
/// # Panics
/// When awaited outside a running loop (unless the deadline has passed).
pub fn sleep_until(deadline: Instant) -> Sleep {
    Sleep {
        state: State::Waiting {
            deadline,
            timer: None,
        },
    }
}

/// The awaitable returned by [`sleep`] and [`sleep_until`].
#[must_use = "a sleep does nothing unless awaited"]
#[derive(Debug)]
pub struct Sleep {
    state: State,
}

#[derive(Debug)]
enum State {
    /// Not awaited yet: the duration of a [`sleep`].
    Unstarted(Duration),
    /// A zero sleep that yielded once.
    Yielded,
    Waiting {
        deadline: Instant,
        /// The armed timer, once resumed before the deadline.
        timer: Option<Armed>,
    },
    Done,
}

/// A timer armed on the loop `loop_id`.
#[derive(Clone, Copy, Debug)]
struct Armed {
    loop_id: u64,
    key: TimerKey,
}

impl Sleep {
    /// The deadline, once the sleep has started.
    pub fn deadline(&self) -> Option<Instant> {
        match self.state {
            State::Waiting { deadline, .. } => Some(deadline),
            _ => None,
        }
    }

    /// Moves the deadline to `deadline`, disarming the current timer; the
    /// sleep then completes at the first resume at or after it, even if it
    /// had completed before (tokio's `Sleep::reset`).
    pub fn reset(&mut self, deadline: Instant) {
        self.disarm();
        self.state = State::Waiting {
            deadline,
            timer: None,
        };
    }

    /// Disarms the timer, if one is armed. O(1), and free of slot accesses
    /// once the timer has fired (see `Timers::remove`).
    fn disarm(&mut self) {
        if let State::Waiting { timer, .. } = &mut self.state
            && let Some(Armed { loop_id, key }) = timer.take()
        {
            with_loop(loop_id, |executor| executor.timers.borrow_mut().remove(key));
        }
    }
}

/// The `timer` field of a `Waiting` state.
fn armed_slot(state: &mut State) -> &mut Option<Armed> {
    match state {
        State::Waiting { timer, .. } => timer,
        _ => unreachable!("armed_slot on a sleep that is not waiting"),
    }
}

/// A deadline that is never reached, for durations that overflow `Instant`.
fn far_future(now: Instant) -> Instant {
    now + Duration::from_secs(60 * 60 * 24 * 365 * 30)
}

#[diagnostic::do_not_recommend]
impl Awaitable for Sleep {
    type Output = ();

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        // The zero case first: a bare yield, no clock read.
        let (deadline, now) = match this.state {
            State::Unstarted(duration) if duration.is_zero() => {
                this.state = State::Yielded;
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            State::Unstarted(duration) => {
                let now = Instant::now();
                let deadline = now.checked_add(duration).unwrap_or_else(|| far_future(now));
                this.state = State::Waiting {
                    deadline,
                    timer: None,
                };
                (deadline, now)
            }
            State::Yielded | State::Done => {
                this.state = State::Done;
                return Poll::Ready(());
            }
            State::Waiting { deadline, timer } => {
                // Woken by its timer (the common case): done, without
                // reading the clock (the loop's clock passed the deadline)
                // or touching the timer's freed slot.
                if let Some(Armed { loop_id, key }) = timer {
                    let fired =
                        with_loop(loop_id, |executor| executor.timers.borrow().has_fired(key));
                    if fired == Some(true) {
                        this.state = State::Done;
                        return Poll::Ready(());
                    }
                }
                (deadline, Instant::now())
            }
        };
        if now >= deadline {
            this.disarm();
            this.state = State::Done;
            return Poll::Ready(());
        }
        let timer = armed_slot(&mut this.state);
        with_current("coro::sleep()", |executor| {
            let mut timers = executor.timers.borrow_mut();
            match *timer {
                Some(Armed { loop_id, key }) if loop_id == executor.id && timers.is_armed(key) => {
                    timers.update_waker(key, cx.waker());
                }
                _ => {
                    *timer = Some(Armed {
                        loop_id: executor.id,
                        key: timers.insert(deadline, cx.waker().clone()),
                    })
                }
            }
        });
        Poll::Pending
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        self.disarm();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleep_is_small() {
        // Was 64 bytes; every task that sleeps carries one.
        assert!(
            std::mem::size_of::<Sleep>() <= 48,
            "{}",
            std::mem::size_of::<Sleep>()
        );
    }
}
