//! [`as_completed`]: results in the order the awaitables finish.

use crate::Awaitable;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

/// Lives in an `Rc` allocation that is never moved out of (no
/// `Rc::try_unwrap`/`into_inner`), so it stays at one address until the last
/// handle drops it in place.
struct State<A: Awaitable> {
    /// Children still running (`None` once finished), in argument order.
    ///
    /// Pinned structurally, element by element: built once by
    /// [`as_completed`] and never pushed to, removed from or otherwise resized
    /// afterwards, so each child stays at one address; a finished child is
    /// dropped in place by setting its slot to `None`.
    running: Vec<Option<A>>,
    remaining: usize,
    /// Outputs finished but not handed out yet, in completion order.
    finished: VecDeque<A::Output>,
    /// What the children are resumed with: a waker that wakes every consumer
    /// waiting for an output. Clones share the children, so waking only the
    /// one that polled last would lose the wakeup of the others.
    waiters: Arc<Waiters>,
    waker: Waker,
}

/// The wakers of the consumers waiting for an output (several when clones
/// of one [`AsCompleted`] are awaited by different tasks).
#[derive(Default)]
struct Waiters(Mutex<Vec<Waker>>);

impl Waiters {
    /// Adds a consumer's waker (once).
    fn register(&self, waker: &Waker) {
        let mut waiters = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if !waiters.iter().any(|w| w.will_wake(waker)) {
            waiters.push(waker.clone());
        }
    }

    /// Wakes (and forgets) every waiting consumer.
    fn wake_all(&self) {
        let waiters = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        for waker in waiters {
            waker.wake();
        }
    }
}

impl Wake for Waiters {
    fn wake(self: Arc<Self>) {
        self.wake_all();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.wake_all();
    }
}

/// Runs `awaitables` concurrently and hands out their outputs in the order
/// they finish (asyncio's `as_completed`):
///
/// ```text
/// let results = coro::as_completed([a, b, c]);
/// while let Some(output) = results.next().await { .. }
/// ```
///
/// The children run inside the task that awaits [`next`](AsCompleted::next),
/// each time it is resumed; between calls they do not advance (spawn them as
/// tasks to keep them running meanwhile: then each output is the task's
/// `Result`). Children finishing in the same round come out in argument order.
/// Dropping the last handle drops the unfinished children; a
/// [`Task`](crate::Task) child that was resumed is then cancelled (an
/// awaited handle that is dropped cancels its task), where asyncio's
/// abandoned `as_completed` leaves its tasks running: pass
/// [`shield`](crate::shield)ed tasks for that.
///
/// The children need not be `Unpin`: they are pinned in place inside the
/// shared state, so the handles are `Unpin` whatever the children.
pub fn as_completed<I>(awaitables: I) -> AsCompleted<I::Item>
where
    I: IntoIterator,
    I::Item: Awaitable,
{
    let running: Vec<_> = awaitables.into_iter().map(Some).collect();
    let waiters = Arc::new(Waiters::default());
    AsCompleted {
        state: Rc::new(RefCell::new(State {
            remaining: running.len(),
            running,
            finished: VecDeque::new(),
            waker: Waker::from(waiters.clone()),
            waiters,
        })),
    }
}

/// The handle returned by [`as_completed`]; clones share the same children.
pub struct AsCompleted<A: Awaitable> {
    state: Rc<RefCell<State<A>>>,
}

impl<A: Awaitable> Clone for AsCompleted<A> {
    fn clone(&self) -> Self {
        AsCompleted {
            state: self.state.clone(),
        }
    }
}

impl<A: Awaitable> AsCompleted<A> {
    /// The next output to finish, or `None` once every output was handed out.
    /// Owns a handle, so it borrows nothing across the await.
    pub fn next(&self) -> AsCompletedNext<A> {
        AsCompletedNext {
            state: self.state.clone(),
        }
    }

    /// Outputs not handed out yet.
    pub fn len(&self) -> usize {
        let state = self.state.borrow();
        state.remaining + state.finished.len()
    }

    /// True once every output was handed out.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The awaitable returned by [`AsCompleted::next`].
#[must_use = "next does nothing unless awaited"]
pub struct AsCompletedNext<A: Awaitable> {
    state: Rc<RefCell<State<A>>>,
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for AsCompletedNext<A> {
    type Output = Option<A::Output>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.state.borrow_mut();
        let state = &mut *state;
        if state.finished.is_empty() && state.remaining > 0 {
            // Registered before the children run, so a wake from another
            // thread in between is not lost.
            state.waiters.register(cx.waker());
            let mut children_cx = Context::from_waker(&state.waker);
            for slot in &mut state.running {
                // SAFETY: the slot stays at one address until dropped in
                // place (see `State::running`: the `Vec` is never resized and
                // the `State` never leaves its `Rc`); the child is never moved
                // out of it, only dropped in place by `set(None)`.
                let mut slot = unsafe { Pin::new_unchecked(slot) };
                if let Some(awaitable) = slot.as_mut().as_pin_mut()
                    && let Poll::Ready(output) = awaitable.resume(&mut children_cx)
                {
                    // Handed over before the child is dropped: if its `Drop`
                    // panics, the output is not lost and the count is right
                    // (and the slot is `None` all the same: an assignment
                    // stores the new value even when the old one's drop
                    // panics).
                    state.remaining -= 1;
                    state.finished.push_back(output);
                    slot.set(None);
                }
            }
        }
        let out = match state.finished.pop_front() {
            Some(output) => Poll::Ready(Some(output)),
            None if state.remaining == 0 => Poll::Ready(None),
            None => return Poll::Pending,
        };
        if !state.finished.is_empty() || state.remaining == 0 {
            // Children that finished without waking anyone (ready at once)
            // left outputs, or the end, for the other consumers waiting.
            state.waiters.wake_all();
        }
        out
    }
}

/// `async_for!(x in coro::as_completed(..) { .. })`: outputs in completion order.
impl<A: Awaitable> crate::AsyncIterator for AsCompleted<A> {
    type Item = A::Output;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<A::Output>> {
        let mut next = self.next();
        Pin::new(&mut next).resume(cx)
    }
}
