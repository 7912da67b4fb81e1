//! Support for the code `#[coro::coroutine]` generates: the [`Machine`] that
//! pairs a state enum with its step closure, and the helpers the step calls.
//!
//! Nothing here is public API; the facade re-exports it as `coro::__private`.

use crate::Awaitable;
use std::ops::ControlFlow;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A coroutine's state machine: the generated state enum and the generated
/// step closure that advances it to its next suspension point.
#[must_use = "coroutine was never awaited: `.await` it inside a #[coro::coroutine] or pass it to coro::run"]
pub struct Machine<S, F> {
    state: S,
    step: F,
}

/// Builds a [`Machine`]; the bound fixes the closure's signature so that
/// rustc infers the state enum's generic parameters from the closure body.
pub fn machine<S, T, F>(state: S, step: F) -> Machine<S, F>
where
    F: FnMut(&mut S, &mut Context<'_>) -> Poll<T>,
{
    Machine { state, step }
}

#[diagnostic::do_not_recommend]
impl<S, F, T> Awaitable for Machine<S, F>
where
    F: FnMut(&mut S, &mut Context<'_>) -> Poll<T>,
{
    type Output = T;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // SAFETY: no field of a `Machine` is structurally pinned. The step
        // function moves the state's values between variants freely, and the
        // only place anything is pinned is `poll` below, through `Pin::new`,
        // which requires the awaitable to be `Unpin`. So handing out `&mut` to
        // the fields never lets pinned data move; the machine itself is not
        // moved here.
        let this = unsafe { self.get_unchecked_mut() };
        (this.step)(&mut this.state, cx)
    }
}

/// Type-checks the operand of `.await` (so the error names the user's
/// expression) and returns it unchanged.
#[inline(always)]
pub fn awaitable<A: Awaitable>(awaitable: A) -> A {
    awaitable
}

/// Polls a sub-awaitable stored in the state. A free function, not a method
/// call, so that rustc need not know the field's type yet when it checks the
/// arm (method calls on not-yet-inferred types fail with E0282).
#[inline(always)]
pub fn poll<A: Awaitable + Unpin>(awaitable: &mut A, cx: &mut Context<'_>) -> Poll<A::Output> {
    Pin::new(awaitable).resume(cx)
}

/// Panics for a machine resumed after it returned.
#[cold]
#[track_caller]
pub fn resumed_after_completion(name: &str) -> ! {
    panic!("`coroutine` {name} resumed after completion")
}

/// Panics for a machine resumed after a panic escaped it.
#[cold]
#[track_caller]
pub fn resumed_after_panicking(name: &str) -> ! {
    panic!("`coroutine` {name} resumed after panicking")
}

/// The `?` operator inside a coroutine body, for the two std types that
/// support it on stable (`Result` and `Option`). `std::ops::Try` is unstable,
/// so the generated code calls [`branch`] and [`from_residual`] instead.
pub trait Branch {
    /// The value `?` evaluates to.
    type Output;
    /// What `?` returns early with, before conversion.
    type Residual;
    /// Splits into continue-with-output or break-with-residual.
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T, E> Branch for Result<T, E> {
    type Output = T;
    type Residual = Result<std::convert::Infallible, E>;
    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Ok(v) => ControlFlow::Continue(v),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    }
}

impl<T> Branch for Option<T> {
    type Output = T;
    type Residual = Option<std::convert::Infallible>;
    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

/// Converts a residual into the coroutine's return type (`From` on the error).
pub trait FromResidual<R> {
    /// Builds the early-return value.
    fn from_residual(residual: R) -> Self;
}

impl<T, E, F: From<E>> FromResidual<Result<std::convert::Infallible, E>> for Result<T, F> {
    #[inline(always)]
    fn from_residual(residual: Result<std::convert::Infallible, E>) -> Self {
        match residual {
            Err(e) => Err(From::from(e)),
        }
    }
}

impl<T> FromResidual<Option<std::convert::Infallible>> for Option<T> {
    #[inline(always)]
    fn from_residual(_: Option<std::convert::Infallible>) -> Self {
        None
    }
}

/// `expr?` inside a coroutine: the first half.
#[inline(always)]
pub fn branch<B: Branch>(value: B) -> ControlFlow<B::Residual, B::Output> {
    value.branch()
}

/// `expr?` inside a coroutine: the early-return conversion.
#[inline(always)]
pub fn from_residual<R, T: FromResidual<R>>(residual: R) -> T {
    T::from_residual(residual)
}

/// Lets a signature capture lifetimes in both editions without naming every
/// in-scope generic in `use<..>` (impl-level generics are invisible to an
/// attribute on a method).
pub trait Captures<T: ?Sized> {}
impl<T: ?Sized, U: ?Sized> Captures<T> for U {}
