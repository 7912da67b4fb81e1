//! [`gather!`](crate::gather!) and [`gather()`]: await several awaitables
//! concurrently, results in argument order (asyncio's `gather`).
//!
//! The awaitables run inside the awaiting task, not as tasks of their own:
//! every resume of the gather resumes each child that has not finished yet,
//! in argument order. Consequences, all documented on [`gather()`]:
//! - children may borrow from the caller and need not be `'static`;
//! - a child that panics unwinds through the gather into the awaiting task
//!   (asyncio's gather with `return_exceptions=False` raising the first
//!   error); pass spawned [`Task`](crate::Task)s instead to get each child's
//!   failure as a value: the gather of tasks yields their `Result`s;
//! - dropping (cancelling) the gather drops every unfinished child.

use crate::Awaitable;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One child of a gather: running, finished with its output, or output taken.
#[doc(hidden)]
pub enum GatherSlot<A: Awaitable> {
    Running(A),
    Done(A::Output),
    Taken,
}

// Never pinned structurally: children are `Unpin`, and outputs are only moved.
impl<A: Awaitable + Unpin> Unpin for GatherSlot<A> {}

impl<A: Awaitable + Unpin> GatherSlot<A> {
    /// Resumes a running child; true once it has an output.
    fn poll(&mut self, cx: &mut Context<'_>) -> bool {
        if let GatherSlot::Running(awaitable) = self {
            match Pin::new(awaitable).resume(cx) {
                Poll::Ready(output) => *self = GatherSlot::Done(output),
                Poll::Pending => return false,
            }
        }
        true
    }

    fn take(&mut self) -> A::Output {
        match std::mem::replace(self, GatherSlot::Taken) {
            GatherSlot::Done(output) => output,
            _ => panic!("coro: gather resumed after completion"),
        }
    }
}

/// Wraps one argument of [`gather!`](crate::gather!). Not public API.
#[doc(hidden)]
pub fn __gather_slot<A: Awaitable + Unpin>(awaitable: A) -> GatherSlot<A> {
    GatherSlot::Running(awaitable)
}

/// The awaitable of [`gather!`](crate::gather!): a tuple of children.
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
        impl<$($A: Awaitable + Unpin),+> Awaitable for GatherTuple<($(GatherSlot<$A>,)+)> {
            type Output = ($($A::Output,)+);

            fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
                let slots = &mut self.get_mut().slots;
                let mut all_done = true;
                $( all_done &= slots.$i.poll(cx); )+
                if !all_done {
                    return Poll::Pending;
                }
                Poll::Ready(($(slots.$i.take(),)+))
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
/// have different types; each must be `Unpin` (every `#[coro::coroutine]`
/// machine, [`Task`](crate::Task) and runtime awaitable is). See [`gather()`]
/// for how children run, panic and get cancelled; pass
/// [`spawn`](crate::spawn)ed tasks to receive each child's failure as an
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
/// unfinished children. For failures as values, gather spawned tasks:
/// `gather(tasks)` where each is a [`Task<T>`](crate::Task) gives
/// `Vec<Result<T, TaskError>>`, with `Err(TaskError::Cancelled)` or
/// `Err(TaskError::Panicked(msg))` in the position of a child that was
/// cancelled or panicked, while the others' results are unaffected.
pub fn gather<I>(awaitables: I) -> Gather<I::Item>
where
    I: IntoIterator,
    I::Item: Awaitable + Unpin,
{
    let slots: Vec<_> = awaitables.into_iter().map(GatherSlot::Running).collect();
    Gather {
        remaining: slots.len(),
        slots,
    }
}

/// The awaitable returned by [`gather()`].
#[must_use = "gather does nothing unless awaited"]
pub struct Gather<A: Awaitable> {
    slots: Vec<GatherSlot<A>>,
    remaining: usize,
}

impl<A: Awaitable + Unpin> Unpin for Gather<A> {}

#[diagnostic::do_not_recommend]
impl<A: Awaitable + Unpin> Awaitable for Gather<A> {
    type Output = Vec<A::Output>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<A::Output>> {
        let this = self.get_mut();
        for slot in &mut this.slots {
            if matches!(slot, GatherSlot::Running(_)) && slot.poll(cx) {
                this.remaining -= 1;
            }
        }
        if this.remaining > 0 {
            return Poll::Pending;
        }
        Poll::Ready(this.slots.iter_mut().map(GatherSlot::take).collect())
    }
}
