//! [`Barrier`]: wait until a number of tasks have arrived (asyncio 3.11's
//! `Barrier`).
//!
//! The state machine is asyncio's: the barrier *fills* until `parties`
//! tasks wait, then *drains* (the waiters leave, each with its arrival
//! index) and fills again once all have left; tasks that arrive while it
//! drains wait for the next round. [`abort`](Barrier::abort) *breaks* it:
//! waiting and arriving tasks get [`BrokenBarrierError`] until
//! [`reset`](Barrier::reset), which also breaks the current round (its
//! waiters get the error) and refills once they have left.

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Filling,
    Draining,
    Resetting,
    Broken,
}

struct BarrierState {
    parties: usize,
    /// Tasks counted in the current round that have not left yet.
    count: usize,
    phase: Phase,
    /// Counted tasks waiting for the round to complete; all are notified at
    /// each change of phase.
    waiters: WaitList,
    /// Tasks that arrived while the barrier drained or reset.
    blocked: WaitList,
}

impl BarrierState {
    /// A counted task leaves (asyncio's `_exit`).
    fn exit(&mut self) {
        self.count -= 1;
        if self.count == 0 && matches!(self.phase, Phase::Draining | Phase::Resetting) {
            self.phase = Phase::Filling;
        }
        self.blocked.notify_all();
    }
}

/// The error of [`Barrier::wait`] on a barrier that was aborted or reset
/// (asyncio's `BrokenBarrierError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrokenBarrierError;

impl fmt::Display for BrokenBarrierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("barrier aborted")
    }
}

impl std::error::Error for BrokenBarrierError {}

/// A barrier for `parties` tasks (asyncio's `Barrier`): each
/// [`wait`](Barrier::wait) blocks until `parties` tasks are waiting, then
/// all proceed. Reusable: the next `parties` arrivals form the next round.
///
/// A cheap handle: clones share the barrier.
#[derive(Clone)]
pub struct Barrier {
    state: Rc<RefCell<BarrierState>>,
}

impl fmt::Debug for Barrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state.borrow();
        f.debug_struct("Barrier")
            .field("parties", &state.parties)
            .field("count", &state.count)
            .field("phase", &state.phase)
            .finish()
    }
}

impl Barrier {
    /// A barrier for `parties` tasks.
    ///
    /// # Panics
    /// If `parties` is 0 (asyncio's `ValueError: parties must be > 0`).
    pub fn new(parties: usize) -> Self {
        assert!(parties > 0, "coro: Barrier parties must be > 0");
        Barrier {
            state: Rc::new(RefCell::new(BarrierState {
                parties,
                count: 0,
                phase: Phase::Filling,
                waiters: WaitList::default(),
                blocked: WaitList::default(),
            })),
        }
    }

    /// Waits until `parties` tasks wait (asyncio's `Barrier.wait()`).
    /// Evaluates to this task's arrival index in its round, `0` to
    /// `parties - 1` (the last to arrive gets `parties - 1` and does not
    /// suspend), or `Err(BrokenBarrierError)` if the barrier is broken or is
    /// aborted or reset while this task waits.
    ///
    /// Dropping the awaitable while waiting (cancelling the task) leaves the
    /// round: it needs one more arrival, as in asyncio (where a later
    /// arrival may then get the same index).
    pub fn wait(&self) -> BarrierWait {
        BarrierWait {
            barrier: self.clone(),
            stage: Stage::Arriving(None),
        }
    }

    /// Resets the barrier to its empty state (asyncio's `Barrier.reset()`):
    /// tasks waiting in the current round get [`BrokenBarrierError`]; the
    /// barrier fills again once they have left. Also repairs a broken
    /// barrier. (Not async, unlike asyncio's: it never needs to wait.)
    pub fn reset(&self) {
        let mut state = self.state.borrow_mut();
        state.phase = if state.count > 0 {
            Phase::Resetting
        } else {
            Phase::Filling
        };
        state.waiters.notify_all();
        state.blocked.notify_all();
    }

    /// Breaks the barrier (asyncio's `Barrier.abort()`): every waiting task
    /// and every later `wait` gets [`BrokenBarrierError`] until
    /// [`reset`](Barrier::reset). (Not async, unlike asyncio's.)
    pub fn abort(&self) {
        let mut state = self.state.borrow_mut();
        state.phase = Phase::Broken;
        state.waiters.notify_all();
        state.blocked.notify_all();
    }

    /// The number of tasks needed to pass (asyncio's `Barrier.parties`).
    pub fn parties(&self) -> usize {
        self.state.borrow().parties
    }

    /// The number of tasks waiting in the round that is filling (asyncio's
    /// `Barrier.n_waiting`); 0 while draining, resetting or broken.
    pub fn n_waiting(&self) -> usize {
        let state = self.state.borrow();
        if state.phase == Phase::Filling {
            state.count
        } else {
            0
        }
    }

    /// Whether the barrier is broken (asyncio's `Barrier.broken`).
    pub fn broken(&self) -> bool {
        self.state.borrow().phase == Phase::Broken
    }
}

enum Stage {
    /// Not counted yet; in `blocked` while the barrier drains or resets.
    Arriving(Option<WaiterKey>),
    /// Counted, with this index, and waiting in `waiters`.
    Waiting {
        index: usize,
        key: WaiterKey,
    },
    Done,
}

/// The awaitable returned by [`Barrier::wait`].
#[must_use = "waiting does nothing unless awaited"]
pub struct BarrierWait {
    barrier: Barrier,
    stage: Stage,
}

impl fmt::Debug for BarrierWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BarrierWait")
    }
}

#[diagnostic::do_not_recommend]
impl Awaitable for BarrierWait {
    type Output = Result<usize, BrokenBarrierError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let mut state = this.barrier.state.borrow_mut();
        match this.stage {
            Stage::Arriving(mut blocked) => {
                match state.phase {
                    Phase::Broken => {}
                    Phase::Draining | Phase::Resetting => {
                        state.blocked.register(&mut blocked, cx.waker());
                        this.stage = Stage::Arriving(blocked);
                        return Poll::Pending;
                    }
                    Phase::Filling => {
                        if let Some(key) = blocked {
                            state.blocked.remove(key);
                        }
                        let index = state.count;
                        state.count += 1;
                        if state.count == state.parties {
                            // The last arrival releases the round and leaves.
                            state.phase = Phase::Draining;
                            state.waiters.notify_all();
                            state.exit();
                            this.stage = Stage::Done;
                            return Poll::Ready(Ok(index));
                        }
                        let mut key = None;
                        state.waiters.register(&mut key, cx.waker());
                        let key = key.expect("registered");
                        this.stage = Stage::Waiting { index, key };
                        return Poll::Pending;
                    }
                }
                if let Some(key) = blocked {
                    state.blocked.remove(key);
                }
                this.stage = Stage::Done;
                Poll::Ready(Err(BrokenBarrierError))
            }
            Stage::Waiting { index, key } => {
                if state.phase == Phase::Filling {
                    let mut registered = Some(key);
                    state.waiters.register(&mut registered, cx.waker());
                    return Poll::Pending;
                }
                state.waiters.remove(key);
                let result = if state.phase == Phase::Draining {
                    Ok(index)
                } else {
                    Err(BrokenBarrierError)
                };
                state.exit();
                this.stage = Stage::Done;
                Poll::Ready(result)
            }
            Stage::Done => panic!("coro: BarrierWait resumed after completion"),
        }
    }
}

impl Drop for BarrierWait {
    fn drop(&mut self) {
        let mut state = self.barrier.state.borrow_mut();
        match self.stage {
            Stage::Arriving(Some(key)) => {
                state.blocked.remove(key);
            }
            Stage::Waiting { key, .. } => {
                state.waiters.remove(key);
                state.exit();
            }
            Stage::Arriving(None) | Stage::Done => {}
        }
    }
}
