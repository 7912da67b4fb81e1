//! [`gather!`](crate::gather!) and [`gather()`]: await several awaitables
//! concurrently, results in argument order (asyncio's `gather`), and
//! [`gather_settled!`](crate::gather_settled!) / [`gather_settled()`]
//! (asyncio's `gather(.., return_exceptions=True)`).
//!
//! The awaitables run inside the awaiting task, not as tasks of their own:
//! every resume of the gather resumes each child that has not finished yet,
//! in argument order. Consequences, all documented on [`gather()`]:
//! - children may borrow from the caller and need not be `'static`;
//! - a child that panics unwinds through the gather into the awaiting task
//!   (asyncio's gather with `return_exceptions=False` raising the first
//!   error). asyncio leaves the other children running; here the siblings
//!   that run inside the awaiter are dropped with it (they cannot outlive
//!   the task that drives them), while sibling [`Task`](crate::Task)s run on,
//!   as in asyncio (a handle dropped because its awaiter panicked detaches).
//!   Use
//!   [`gather_settled()`] to get each child's panic as a value instead, or
//!   pass spawned tasks: the gather of tasks yields their `Result`s;
//! - dropping (cancelling) the gather drops every unfinished child; a child
//!   that is a [`Task`](crate::Task) is then cancelled, as asyncio's
//!   cancelled `gather` cancels its children ([`shield`](crate::shield) one
//!   to keep it running).

use crate::Awaitable;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One child of a gather: running, finished with its output, or output taken.
///
/// Pinning: a `Running` child is pinned structurally. Once the slot is pinned
/// the child is never moved: it is resumed through a pinned projection and
/// replaced in place (`Pin::set`, which drops it where it lies) when it
/// finishes. Outputs are not pinned structurally: [`take`](Self::take) moves
/// a `Done` output out, never a `Running` child.
#[doc(hidden)]
pub enum GatherSlot<A: Awaitable> {
    Running(A),
    Done(A::Output),
    Taken,
}

// Only the child is pinned structurally, so the slot is `Unpin` exactly when
// the child is, whatever its output (which is only ever moved).
impl<A: Awaitable + Unpin> Unpin for GatherSlot<A> {}

impl<A: Awaitable> GatherSlot<A> {
    /// The running child, pinned in place.
    fn running(self: Pin<&mut Self>) -> Option<Pin<&mut A>> {
        // SAFETY: structural pinning of `Running`'s field: the child is never
        // moved out of a pinned slot (the slot is only overwritten in place
        // with `Pin::set`, which drops the child where it lies, and `take`
        // refuses a running slot), and `GatherSlot` has no `Drop` impl.
        unsafe {
            match self.get_unchecked_mut() {
                GatherSlot::Running(awaitable) => Some(Pin::new_unchecked(awaitable)),
                _ => None,
            }
        }
    }

    /// Resumes a running child; true once it has an output.
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> bool {
        let Some(awaitable) = self.as_mut().running() else {
            return true;
        };
        match awaitable.resume(cx) {
            Poll::Ready(output) => {
                // Drops the finished child in place; stores the output even
                // if that drop panics (an assignment).
                self.set(GatherSlot::Done(output));
                true
            }
            Poll::Pending => false,
        }
    }

    fn take(self: Pin<&mut Self>) -> A::Output {
        // SAFETY: only a `Done` slot is moved out of, and its output is not
        // pinned structurally; a `Running` child is never moved (we panic).
        let this = unsafe { self.get_unchecked_mut() };
        if !matches!(this, GatherSlot::Done(_)) {
            panic!("coro: gather resumed after completion");
        }
        match std::mem::replace(this, GatherSlot::Taken) {
            GatherSlot::Done(output) => output,
            _ => unreachable!(),
        }
    }
}

/// Wraps one argument of [`gather!`](crate::gather!). Not public API.
#[doc(hidden)]
pub fn __gather_slot<A: Awaitable>(awaitable: A) -> GatherSlot<A> {
    GatherSlot::Running(awaitable)
}

/// The awaitable of [`gather!`](crate::gather!): a tuple of children.
///
/// The slots are pinned structurally (never moved out, no `Drop` impl), so
/// the tuple is `Unpin` exactly when every child is.
#[doc(hidden)]
#[must_use = "gather does nothing unless awaited"]
pub struct GatherTuple<S> {
    slots: S,
}

impl<S> GatherTuple<S> {
    #[doc(hidden)]
    pub fn new(slots: S) -> Self {
        GatherTuple { slots }
    }
}

macro_rules! impl_gather_tuple {
    ($($A:ident $i:tt),+) => {
        impl<$($A: Awaitable),+> Awaitable for GatherTuple<($(GatherSlot<$A>,)+)> {
            type Output = ($($A::Output,)+);

            fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
                // SAFETY: structural pinning of `slots` and of each tuple
                // element: `GatherTuple` never moves its slots (they are only
                // resumed, set and taken through `Pin<&mut GatherSlot>`) and
                // has no `Drop` impl.
                let slots = unsafe { &mut self.get_unchecked_mut().slots };
                let mut all_done = true;
                // SAFETY: as above, each slot stays where it is.
                $( all_done &= unsafe { Pin::new_unchecked(&mut slots.$i) }.poll(cx); )+
                if !all_done {
                    return Poll::Pending;
                }
                // SAFETY: as above.
                Poll::Ready(($(unsafe { Pin::new_unchecked(&mut slots.$i) }.take(),)+))
            }
        }
    };
}

impl_gather_tuple!(A 0);
impl_gather_tuple!(A 0, B 1);
impl_gather_tuple!(A 0, B 1, C 2);
impl_gather_tuple!(A 0, B 1, C 2, D 3);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
impl_gather_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// Awaits up to 12 awaitables concurrently and gives their outputs as a tuple,
/// in argument order (asyncio's `gather(a, b, ..)`).
///
/// `coro::gather!(a, b).await` is `(a_output, b_output)`. The arguments may
/// have different types and need not be `Unpin`: the children are pinned in
/// place inside the gather (which is `Unpin` only when they all are). See [`gather()`]
/// for how children run, panic and get cancelled; use
/// [`gather_settled!`](crate::gather_settled!), or pass
/// [`spawn`](crate::spawn)ed tasks, to receive each child's failure as an
/// `Err` in its position.
#[macro_export]
macro_rules! gather {
    ($($awaitable:expr),+ $(,)?) => {
        $crate::GatherTuple::new(($($crate::__gather_slot($awaitable),)+))
    };
}

/// Awaits every awaitable of `awaitables` concurrently and gives their outputs
/// as a `Vec`, in iteration order (asyncio's `gather(*aws)`).
///
/// The children run inside the awaiting task (see the module docs): a panic
/// in one propagates to the awaiting task, and dropping the gather drops the
/// unfinished children (a [`Task`](crate::Task) child is cancelled). For
/// failures as values, use [`gather_settled()`], or gather spawned tasks:
/// `gather(tasks)` where each is a [`Task<T>`](crate::Task) gives
/// `Vec<Result<T, TaskError>>`, with `Err(TaskError::Cancelled)` or
/// `Err(TaskError::Panicked(..))` in the position of a child that was
/// cancelled or panicked, while the others' results are unaffected.
pub fn gather<I>(awaitables: I) -> Gather<I::Item>
where
    I: IntoIterator,
    I::Item: Awaitable,
{
    let slots: Vec<_> = awaitables.into_iter().map(GatherSlot::Running).collect();
    Gather {
        remaining: slots.len(),
        slots,
    }
}

/// The awaitable returned by [`gather()`].
///
/// `Unpin` exactly when the children are: they are pinned in place inside it.
#[must_use = "gather does nothing unless awaited"]
pub struct Gather<A: Awaitable> {
    /// Pinned structurally, element by element: built once by [`gather()`]
    /// and never pushed to, removed from or otherwise resized afterwards, so
    /// its buffer never reallocates and each slot stays at one address until
    /// the `Vec` drops it in place.
    slots: Vec<GatherSlot<A>>,
    remaining: usize,
}

// A `Vec` is always `Unpin`, but its elements are pinned here: opt in only
// when the children are `Unpin`.
impl<A: Awaitable + Unpin> Unpin for Gather<A> {}

impl<A: Awaitable> Gather<A> {
    /// The slots, each pinned in place, and the count of running children.
    fn project(
        self: Pin<&mut Self>,
    ) -> (impl Iterator<Item = Pin<&mut GatherSlot<A>>>, &mut usize) {
        // SAFETY: `Gather` never moves `slots` out or resizes it (see the
        // field), has no `Drop` impl, and `remaining` is not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        let slots = this.slots.iter_mut().map(|slot| {
            // SAFETY: a `Vec`'s elements do not move while it is not resized,
            // and `slots` never is after `gather()` built it; the elements are
            // dropped in place when the `Vec` is.
            unsafe { Pin::new_unchecked(slot) }
        });
        (slots, &mut this.remaining)
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for Gather<A> {
    type Output = Vec<A::Output>;

    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<A::Output>> {
        let (slots, remaining) = self.as_mut().project();
        for mut slot in slots {
            let Some(child) = slot.as_mut().running() else {
                continue;
            };
            if let Poll::Ready(output) = child.resume(cx) {
                // Counted before the child is dropped: if its `Drop` panics,
                // the slot still holds the output (`Pin::set` is an
                // assignment, which stores the new value even then), so a
                // later resume finds every count right.
                *remaining -= 1;
                slot.set(GatherSlot::Done(output));
            }
        }
        if *remaining > 0 {
            return Poll::Pending;
        }
        let (slots, _) = self.project();
        Poll::Ready(slots.map(GatherSlot::take).collect())
    }
}

/// One child of [`gather_settled()`]: the awaitable returned by [`settle`].
///
/// `Unpin` exactly when the child is: it is pinned in place inside.
#[must_use = "settle does nothing unless awaited"]
pub struct Settle<A> {
    /// Pinned structurally: only resumed in place and dropped in place
    /// (`Pin::set(None)`) when it finishes or panics; never moved out.
    inner: Option<A>,
}

/// Wraps `awaitable` so that its outcome is a value: `Ok(output)`, or
/// `Err(TaskError::Panicked(..))` if resuming it panicked (the panic is
/// caught, the child is dropped at once, and the payload kept). A panic out
/// of the child's destructor right after it finished is caught the same
/// way and replaces its output. The building block of
/// [`gather_settled()`]; on its own, a `catch_unwind` for one awaitable.
pub fn settle<A: Awaitable>(awaitable: A) -> Settle<A> {
    Settle {
        inner: Some(awaitable),
    }
}

impl<A> Settle<A> {
    fn project(self: Pin<&mut Self>) -> Pin<&mut Option<A>> {
        // SAFETY: structural pinning of `inner`: `Settle` never moves it out
        // (it is resumed through this projection and dropped in place with
        // `Pin::set(None)`) and has no `Drop` impl.
        unsafe { self.map_unchecked_mut(|this| &mut this.inner) }
    }
}

#[diagnostic::do_not_recommend]
impl<A: Awaitable> Awaitable for Settle<A> {
    type Output = Result<A::Output, crate::TaskError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        use std::panic::{AssertUnwindSafe, catch_unwind};
        let mut inner = self.project();
        let Some(running) = inner.as_mut().as_pin_mut() else {
            panic!("coro: settle resumed after completion");
        };
        let outcome = match catch_unwind(AssertUnwindSafe(|| running.resume(cx))) {
            Ok(Poll::Pending) => return Poll::Pending,
            Ok(Poll::Ready(output)) => Ok(output),
            Err(payload) => Err(crate::TaskError::Panicked(crate::TaskPanic::new(payload))),
        };
        // Drops the child in place (`Pin::set` stores `None` even if that
        // drop panics), catching its destructor's panic.
        match catch_unwind(AssertUnwindSafe(|| inner.set(None))) {
            Ok(()) => Poll::Ready(outcome),
            Err(payload) => {
                // The first panic wins, as asyncio keeps the first exception;
                // a panic in cleanup after success replaces the output.
                match outcome {
                    Ok(output) => {
                        drop(output);
                        Poll::Ready(Err(crate::TaskError::Panicked(crate::TaskPanic::new(
                            payload,
                        ))))
                    }
                    Err(first) => {
                        crate::task::drop_payload(payload);
                        Poll::Ready(Err(first))
                    }
                }
            }
        }
    }
}

/// Awaits every awaitable of `awaitables` concurrently and gives each one's
/// outcome as a `Result`, in iteration order (asyncio's `gather(*aws,
/// return_exceptions=True)`): `Ok(output)`, or `Err(TaskError::Panicked(..))`
/// for a child that panicked, carrying its payload.
///
/// A panicking child does not unwind the awaiter and does not disturb its
/// siblings: it is dropped at once and the others run on to their end.
/// Dropping the gather drops the unfinished children, as [`gather()`] does.
/// (For [`Task`](crate::Task) children, [`gather()`] already gives each
/// task's `Result`; a task's panic is caught by the loop, not here.)
pub fn gather_settled<I>(awaitables: I) -> Gather<Settle<I::Item>>
where
    I: IntoIterator,
    I::Item: Awaitable,
{
    gather(awaitables.into_iter().map(settle))
}

/// [`gather!`](crate::gather!) with asyncio's `return_exceptions=True`: each
/// child's outcome is a `Result<T, TaskError>` in its position, and a
/// panicking child neither unwinds the awaiter nor stops its siblings.
///
/// `coro::gather_settled!(a, b).await` is
/// `(Result<A, TaskError>, Result<B, TaskError>)`; see [`settle`].
#[macro_export]
macro_rules! gather_settled {
    ($($awaitable:expr),+ $(,)?) => {
        $crate::gather!($($crate::settle($awaitable)),+)
    };
}
