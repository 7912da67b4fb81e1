//! [`Future`]: a one-shot result that some code sets and any number of
//! tasks await (asyncio's `Future`, made with `loop.create_future()`).
//!
//! Not to be confused with `std::future::Future`, the trait; this is the
//! asyncio object. Awaiting it gives every waiter a clone of the result.

use crate::Awaitable;
use crate::wait_list::{WaitList, WaiterKey};
use std::cell::RefCell;
use std::fmt;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// Why a [`Future`] produced no value.
#[derive(Clone)]
#[non_exhaustive]
pub enum FutureError {
    /// The future was cancelled (asyncio's `CancelledError`).
    Cancelled,
    /// An error was set with [`Future::set_exception`] (the exception
    /// asyncio raises from `await fut`).
    Exception(Rc<dyn std::error::Error>),
}

impl FutureError {
    /// True for [`FutureError::Cancelled`].
    pub fn is_cancelled(&self) -> bool {
        matches!(self, FutureError::Cancelled)
    }
}

impl fmt::Debug for FutureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FutureError::Cancelled => f.write_str("Cancelled"),
            FutureError::Exception(e) => f.debug_tuple("Exception").field(&e.to_string()).finish(),
        }
    }
}

impl fmt::Display for FutureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FutureError::Cancelled => f.write_str("future was cancelled"),
            FutureError::Exception(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for FutureError {}

/// The error of setting the result of a [`Future`] that is already done
/// (asyncio's `InvalidStateError`); holds back what was not set.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct InvalidStateError<T = ()>(pub T);

impl<T> InvalidStateError<T> {
    /// What was not set.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for InvalidStateError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InvalidStateError(..)")
    }
}

impl<T> fmt::Display for InvalidStateError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid state: the future is already done")
    }
}

impl<T> std::error::Error for InvalidStateError<T> {}

struct FutureState<T> {
    outcome: Option<Result<T, FutureError>>,
    waiters: WaitList,
}

/// A one-shot result for tasks of one loop (asyncio's `Future`, from
/// `loop.create_future()`): [`set_result`](Future::set_result),
/// [`set_exception`](Future::set_exception) or [`cancel`](Future::cancel)
/// complete it once, and every task awaiting it (or a clone) then gets
/// `Ok(value.clone())` or `Err(`[`FutureError`]`)`.
///
/// Awaiting needs `T: Clone`, because several tasks may await the same
/// future, as in asyncio; wrap other results in an `Rc`. A cheap handle:
/// clones share the future; awaiting consumes one handle.
pub struct Future<T> {
    state: Rc<RefCell<FutureState<T>>>,
    /// This handle's place among the waiters, while it is awaited.
    waiter: Option<WaiterKey>,
}

impl<T> Clone for Future<T> {
    fn clone(&self) -> Self {
        Future {
            state: self.state.clone(),
            waiter: None,
        }
    }
}

impl<T> Default for Future<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> fmt::Debug for Future<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state.borrow();
        let status = match &state.outcome {
            None => "pending",
            Some(Ok(_)) => "finished",
            Some(Err(FutureError::Cancelled)) => "cancelled",
            Some(Err(FutureError::Exception(_))) => "exception",
        };
        f.debug_struct("Future").field("state", &status).finish()
    }
}

impl<T> Future<T> {
    /// A pending future (asyncio's `loop.create_future()`). It needs no
    /// running loop until awaited.
    pub fn new() -> Self {
        Future {
            state: Rc::new(RefCell::new(FutureState {
                outcome: None,
                waiters: WaitList::default(),
            })),
            waiter: None,
        }
    }

    fn complete(&self, outcome: Result<T, FutureError>) -> Result<(), Result<T, FutureError>> {
        let mut state = self.state.borrow_mut();
        if state.outcome.is_some() {
            return Err(outcome);
        }
        state.outcome = Some(outcome);
        state.waiters.notify_all();
        Ok(())
    }

    /// Completes the future with `value` and wakes every waiter (asyncio's
    /// `Future.set_result()`); `Err(InvalidStateError(value))` if it was
    /// already done.
    pub fn set_result(&self, value: T) -> Result<(), InvalidStateError<T>> {
        self.complete(Ok(value)).map_err(|outcome| match outcome {
            Ok(value) => InvalidStateError(value),
            Err(_) => unreachable!("complete gives back what it was given"),
        })
    }

    /// Completes the future with an error, which every waiter gets as
    /// [`FutureError::Exception`] (asyncio's `Future.set_exception()`);
    /// `Err(InvalidStateError(()))` if it was already done.
    pub fn set_exception(
        &self,
        error: impl std::error::Error + 'static,
    ) -> Result<(), InvalidStateError> {
        self.complete(Err(FutureError::Exception(Rc::new(error))))
            .map_err(|_| InvalidStateError(()))
    }

    /// Cancels the future (asyncio's `Future.cancel()`): waiters get
    /// [`FutureError::Cancelled`]. Returns false if it was already done.
    pub fn cancel(&self) -> bool {
        self.complete(Err(FutureError::Cancelled)).is_ok()
    }

    /// True once a result, an error or a cancellation was set (asyncio's
    /// `Future.done()`).
    pub fn done(&self) -> bool {
        self.state.borrow().outcome.is_some()
    }

    /// True if the future was cancelled (asyncio's `Future.cancelled()`).
    pub fn cancelled(&self) -> bool {
        matches!(
            self.state.borrow().outcome,
            Some(Err(FutureError::Cancelled))
        )
    }
}

impl<T: Clone> Future<T> {
    /// The outcome without waiting, `None` while pending (asyncio's
    /// `Future.result()`, which raises `InvalidStateError` while pending).
    pub fn result(&self) -> Option<Result<T, FutureError>> {
        self.state.borrow().outcome.clone()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Clone> Awaitable for Future<T> {
    type Output = Result<T, FutureError>;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let mut state = this.state.borrow_mut();
        if state.outcome.is_none() {
            state.waiters.register(&mut this.waiter, cx.waker());
            return Poll::Pending;
        }
        if let Some(key) = this.waiter.take() {
            state.waiters.remove(key);
        }
        drop(state);
        // A shared borrow only: the clone may look at the future.
        Poll::Ready(this.state.borrow().outcome.clone().expect("done"))
    }
}

impl<T> Drop for Future<T> {
    fn drop(&mut self) {
        if let Some(key) = self.waiter.take() {
            self.state.borrow_mut().waiters.remove(key);
        }
    }
}
