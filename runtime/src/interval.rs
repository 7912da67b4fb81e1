//! [`interval`]: ticks at a fixed period.
//!
//! asyncio has no interval; the Python idiom is `while True: await
//! asyncio.sleep(period)`, which drifts by the time each iteration takes.
//! [`Interval`] keeps to a grid `start, start + period, start + 2 * period,
//! ...` instead, and says what happens when ticks are missed (the task was
//! busy or the loop blocked for a whole period or more) with
//! [`MissedTickBehavior`].

use crate::sleep::{Sleep, sleep_until};
use crate::{AsyncIterator, Awaitable};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// What an [`Interval`] does when a tick is late by a whole period or more.
///
/// A tick that is late by less than a period is never "missed": the next
/// one stays on the grid (`scheduled + period`), so lateness does not
/// accumulate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MissedTickBehavior {
    /// Fire the missed ticks at once, back to back, until caught up with the
    /// grid (each returns its own scheduled instant).
    Burst,
    /// Start a new grid: the next tick is one period after the late one
    /// actually fired (what `while True: await asyncio.sleep(period)` does).
    Delay,
    /// The default: drop the missed ticks and fire at the next point of the
    /// original grid after now.
    #[default]
    Skip,
}

/// Ticks every `period`, the first tick completing at once (when first
/// awaited). Await [`Interval::tick`], or iterate it: `async_for!(t in
/// &mut ticks { .. })` (it never ends). Missed ticks are skipped by default
/// (see [`MissedTickBehavior`]).
///
/// # Panics
/// If `period` is zero.
pub fn interval(period: Duration) -> Interval {
    interval_at(Instant::now(), period)
}

/// An [`interval`] whose first tick is at `start`.
///
/// # Panics
/// If `period` is zero.
pub fn interval_at(start: Instant, period: Duration) -> Interval {
    assert!(!period.is_zero(), "coro: interval period must be non-zero");
    Interval {
        period,
        next: start,
        behavior: MissedTickBehavior::default(),
        timer: sleep_until(start),
        armed_for: start,
    }
}

/// A periodic timer: see [`interval`].
pub struct Interval {
    period: Duration,
    /// The scheduled instant of the next tick.
    next: Instant,
    behavior: MissedTickBehavior,
    timer: Sleep,
    /// The deadline `timer` is set to.
    armed_for: Instant,
}

impl fmt::Debug for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Interval")
            .field("period", &self.period)
            .field("next", &self.next)
            .field("missed_tick_behavior", &self.behavior)
            .finish()
    }
}

impl Interval {
    /// Waits for the next tick; evaluates to the instant the tick was
    /// scheduled for (never later than when it completes).
    ///
    /// Dropping the awaitable before it completed loses no tick: the next
    /// `tick()` waits for the same one.
    pub fn tick(&mut self) -> IntervalTick<'_> {
        IntervalTick { interval: self }
    }

    /// The period.
    pub fn period(&self) -> Duration {
        self.period
    }

    /// The instant the next tick is scheduled for.
    pub fn next_tick(&self) -> Instant {
        self.next
    }

    /// The current [`MissedTickBehavior`].
    pub fn missed_tick_behavior(&self) -> MissedTickBehavior {
        self.behavior
    }

    /// Sets what happens to missed ticks.
    pub fn set_missed_tick_behavior(&mut self, behavior: MissedTickBehavior) {
        self.behavior = behavior;
    }

    /// Restarts the grid: the next tick is one period from now.
    pub fn reset(&mut self) {
        self.next = Instant::now() + self.period;
    }

    fn poll_tick(&mut self, cx: &mut Context<'_>) -> Poll<Instant> {
        if self.armed_for != self.next {
            self.timer.reset(self.next);
            self.armed_for = self.next;
        }
        if Pin::new(&mut self.timer).resume(cx).is_pending() {
            return Poll::Pending;
        }
        let scheduled = self.next;
        let now = Instant::now();
        let on_grid = scheduled + self.period;
        self.next = if now < on_grid {
            on_grid
        } else {
            match self.behavior {
                MissedTickBehavior::Burst => on_grid,
                MissedTickBehavior::Delay => now + self.period,
                MissedTickBehavior::Skip => {
                    let period = self.period.as_nanos();
                    let missed = (now - scheduled).as_nanos() / period;
                    // The first grid point strictly after `now`.
                    let ahead = period * (missed + 1);
                    scheduled + duration_from_nanos(ahead)
                }
            }
        };
        Poll::Ready(scheduled)
    }
}

fn duration_from_nanos(nanos: u128) -> Duration {
    let secs = u64::try_from(nanos / 1_000_000_000).unwrap_or(u64::MAX);
    Duration::new(secs, (nanos % 1_000_000_000) as u32)
}

/// The awaitable returned by [`Interval::tick`].
#[must_use = "a tick does nothing unless awaited"]
pub struct IntervalTick<'a> {
    interval: &'a mut Interval,
}

impl fmt::Debug for IntervalTick<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntervalTick")
            .field("next", &self.interval.next)
            .finish()
    }
}

#[diagnostic::do_not_recommend]
impl Awaitable for IntervalTick<'_> {
    type Output = Instant;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Instant> {
        self.get_mut().interval.poll_tick(cx)
    }
}

/// An endless stream of ticks: `async_for!(t in &mut ticks { .. })`.
impl AsyncIterator for Interval {
    type Item = Instant;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Instant>> {
        self.get_mut().poll_tick(cx).map(Some)
    }
}
