//! Support for the code `#[coro::coroutine]` generates: the [`Machine`] that
//! pairs a state enum with its step closure, and the helpers the step calls.
//!
//! Nothing here is public API; the facade re-exports it as `coro::__private`.

use crate::{AsyncIterator, Awaitable, Generator, GeneratorState};
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
        // SAFETY: the machine is not moved here. The only structurally pinned
        // part of the state is an `Awaiting` holding an awaitable, polled in
        // place through `Pin::new_unchecked` (`slots::poll_in_place`); the
        // generated code never moves such a variant before emptying it, and
        // the state's type is `!Unpin` whenever the awaitable is (auto
        // traits; no manual `Unpin` impl). All other values of the state are
        // moved between variants freely, which pinning does not forbid.
        let this = unsafe { self.get_unchecked_mut() };
        (this.step)(&mut this.state, cx)
    }
}

/// A generator's state machine: like [`Machine`], with a step function that
/// takes the resume argument (`None` for [`Generator::start`]) and yields or
/// completes. `done` makes the `Iterator` view fused.
#[must_use = "generators are lazy and do nothing unless resumed or iterated"]
pub struct GenMachine<S, F> {
    /// `None` once closed: the suspended body was dropped in place.
    state: Option<S>,
    step: F,
    started: bool,
    done: bool,
}

/// Builds a [`GenMachine`] (the bound fixes the closure's signature).
pub fn generator_machine<S, A, Y, R, F>(state: S, step: F) -> GenMachine<S, F>
where
    F: FnMut(&mut S, Option<A>) -> GeneratorState<Y, R>,
{
    GenMachine {
        state: Some(state),
        step,
        started: false,
        done: false,
    }
}

impl<S, F> GenMachine<S, F> {
    fn run<A, Y, R>(&mut self, arg: Option<A>) -> GeneratorState<Y, R>
    where
        F: FnMut(&mut S, Option<A>) -> GeneratorState<Y, R>,
    {
        let Some(state) = self.state.as_mut() else {
            generator_resumed_after_close()
        };
        self.started = true;
        let out = (self.step)(state, arg);
        if let GeneratorState::Complete(_) = out {
            self.done = true;
        }
        out
    }

    fn close(&mut self) {
        self.done = true;
        // Drops the body where it lies (an assignment stores `None` even if
        // a destructor panics, so the body is never dropped twice).
        self.state = None;
    }
}

#[diagnostic::do_not_recommend]
impl<S, F, A, Y, R> Generator<A> for GenMachine<S, F>
where
    F: FnMut(&mut S, Option<A>) -> GeneratorState<Y, R>,
{
    type Yield = Y;
    type Return = R;
    fn resume(self: Pin<&mut Self>, arg: A) -> GeneratorState<Y, R> {
        // SAFETY: no field of a `GenMachine` is structurally pinned: a
        // generator awaits nothing, and sub-generators are resumed through
        // `Pin::new`, which needs `Unpin`.
        let this = unsafe { self.get_unchecked_mut() };
        this.run(Some(arg))
    }
    fn start(self: Pin<&mut Self>) -> GeneratorState<Y, R> {
        // SAFETY: as in `resume`.
        let this = unsafe { self.get_unchecked_mut() };
        if this.started {
            generator_started_twice();
        }
        this.run(None)
    }
    fn close(self: Pin<&mut Self>) {
        // SAFETY: as in `resume`; the state is dropped in place.
        unsafe { self.get_unchecked_mut() }.close();
    }
}

/// A generator that returns `()` is an iterator of what it yields; after the
/// end (or `close`) it keeps returning `None`.
impl<S, F, Y> Iterator for GenMachine<S, F>
where
    F: FnMut(&mut S, Option<()>) -> GeneratorState<Y, ()>,
{
    type Item = Y;
    fn next(&mut self) -> Option<Y> {
        if self.done {
            return None;
        }
        match self.run(Some(())) {
            GeneratorState::Yielded(v) => Some(v),
            GeneratorState::Complete(()) => None,
        }
    }
}

impl<S, F, Y> std::iter::FusedIterator for GenMachine<S, F> where
    F: FnMut(&mut S, Option<()>) -> GeneratorState<Y, ()>
{
}

/// Panics for [`Generator::start`] on a generator that already started.
#[cold]
#[track_caller]
pub fn generator_started_twice() -> ! {
    panic!(
        "coro: Generator::start() on a generator that already started: a pending yield_! needs a value, use resume(..)"
    )
}

/// Panics for a generator resumed after [`Generator::close`].
#[cold]
#[track_caller]
pub fn generator_resumed_after_close() -> ! {
    panic!("coro: generator resumed after close()")
}

/// What a step function returns when the body finishes: `Poll::Ready` for a
/// coroutine, `GeneratorState::Complete` for a generator (the closure's
/// signature decides, so the generated `return` is the same for both).
pub trait Complete<T> {
    /// Wraps the return value.
    fn complete(value: T) -> Self;
}

impl<T> Complete<T> for Poll<T> {
    #[inline(always)]
    fn complete(value: T) -> Self {
        Poll::Ready(value)
    }
}

impl<Y, T> Complete<T> for GeneratorState<Y, T> {
    #[inline(always)]
    fn complete(value: T) -> Self {
        GeneratorState::Complete(value)
    }
}

/// `return value` inside a coroutine or generator.
#[inline(always)]
pub fn complete<T, Out: Complete<T>>(value: T) -> Out {
    Out::complete(value)
}

/// `return` in an async generator ends the iteration.
impl<Y> Complete<()> for Poll<Option<Y>> {
    #[inline(always)]
    fn complete((): ()) -> Self {
        Poll::Ready(None)
    }
}

/// An async generator's state machine (a coroutine that yields): the step
/// function returns `Ready(Some(v))` at a `yield_!`, `Ready(None)` at the end.
#[must_use = "async generators do nothing unless iterated"]
pub struct AsyncGenMachine<S, F> {
    /// `None` once closed: the suspended body was dropped in place.
    state: Option<S>,
    step: F,
    done: bool,
}

/// Builds an [`AsyncGenMachine`] (the bound fixes the closure's signature).
pub fn async_generator_machine<S, Y, F>(state: S, step: F) -> AsyncGenMachine<S, F>
where
    F: FnMut(&mut S, &mut Context<'_>) -> Poll<Option<Y>>,
{
    AsyncGenMachine {
        state: Some(state),
        step,
        done: false,
    }
}

#[diagnostic::do_not_recommend]
impl<S, F, Y> AsyncIterator for AsyncGenMachine<S, F>
where
    F: FnMut(&mut S, &mut Context<'_>) -> Poll<Option<Y>>,
{
    type Item = Y;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Y>> {
        // SAFETY: as for `Machine::resume`: only an `Awaiting` holding an
        // awaitable is structurally pinned, and it is never moved.
        let this = unsafe { self.get_unchecked_mut() };
        let Some(state) = this.state.as_mut() else {
            return Poll::Ready(None); // closed
        };
        if this.done {
            return Poll::Ready(None);
        }
        let out = (this.step)(state, cx);
        if let Poll::Ready(None) = out {
            this.done = true;
        }
        out
    }

    fn close(self: Pin<&mut Self>) {
        // SAFETY: the state is dropped in place, never moved: the pinned
        // `Awaiting` it may hold is dropped where it lies (pinning allows
        // dropping in place), and nothing is written there afterwards but
        // the `None` of the `Option`.
        let this = unsafe { self.get_unchecked_mut() };
        this.done = true;
        this.state = None;
    }
}

/// Polls the async iterator of an `async_for!` loop, held in the state.
#[inline(always)]
pub fn poll_next<I: AsyncIterator + Unpin>(
    source: &mut I,
    cx: &mut Context<'_>,
) -> Poll<Option<I::Item>> {
    Pin::new(source).poll_next(cx)
}

/// Type-checks the source of an `async_for!` loop and pins it on the heap,
/// once per loop: the source is held in the state and carried between its
/// variants, so it must not care where it lies, and a `!Unpin` source (an
/// async generator holding a pinned awaitable, an `impl AsyncIterator`
/// parameter with no `Unpin` bound) is polled through the box instead.
#[inline(always)]
pub fn async_iterator<I: AsyncIterator>(source: I) -> Pin<Box<I>> {
    Box::pin(source)
}

/// Type-checks the operand of `yield_from!` against the delegating
/// generator's resume argument and yield types (errors point at the operand).
#[inline(always)]
pub fn delegate<A, Y, G: Generator<A, Yield = Y>>(generator: G) -> G {
    generator
}

/// The resume argument that starts a delegated generator: `yield_from!`
/// resumes the inner generator with `A::default()` the first time (the first
/// argument a generator is resumed with is dropped, like Python's first
/// `send(None)`).
#[diagnostic::on_unimplemented(
    message = "`yield_from!` starts the inner generator with `{Self}::default()`, but `{Self}` is not `Default`",
    label = "the inner generator takes `{Self}` as its resume argument",
    note = "the first resume argument of a generator is dropped (like Python's first `send(None)`), so `yield_from!` passes a default one",
    note = "derive or implement `Default` for `{Self}`"
)]
pub trait StartArg {
    /// The argument of the first resume.
    fn start() -> Self;
}

#[diagnostic::do_not_recommend]
impl<T: Default> StartArg for T {
    #[inline(always)]
    fn start() -> Self {
        T::default()
    }
}

/// The argument for a delegated generator's next resume: the one this
/// resume received, or a default one when it was already taken.
#[inline(always)]
pub fn resume_arg<A: StartArg>(arg: Option<A>) -> A {
    match arg {
        Some(arg) => arg,
        None => A::start(),
    }
}

/// Resumes a sub-generator held in the state (`yield_from!`).
#[inline(always)]
pub fn resume<G: Generator<A> + Unpin, A>(
    generator: &mut G,
    arg: A,
) -> GeneratorState<G::Yield, G::Return> {
    Pin::new(generator).resume(arg)
}

/// The state's type, as a value that borrows nothing (see [`expect_state`]).
#[inline(always)]
pub fn state_type<S>(_: &S) -> std::marker::PhantomData<S> {
    std::marker::PhantomData
}

/// Gives a labelled block that breaks with a state value its type up front
/// (rustc needs it at the first `break`).
#[inline(always)]
pub fn expect_state<S>(_: std::marker::PhantomData<S>, state: S) -> S {
    state
}

/// The never type `!`, named on stable Rust: `impl Awaitable<Output = !>`
/// needs the unstable `never_type`, but the return type of a `fn() -> !`
/// pointer is `!` itself. A coroutine declared `-> !` returns
/// `impl Awaitable<Output = NeverType>`, as an `async fn f() -> !` does.
pub type NeverType = <fn() -> ! as FnReturn>::Output;

/// The return type of a function pointer (see [`NeverType`]).
pub trait FnReturn {
    /// What the function returns.
    type Output;
}

impl<R> FnReturn for fn() -> R {
    type Output = R;
}

/// Whether the crate that calls this in a constant is compiled in edition
/// 2024 or later, read off the never type's fallback: a diverging
/// closure's unconstrained return type falls back to `!` from edition
/// 2024, to `()` before. The transform places temporaries by edition
/// 2024's rules; where an earlier edition's would differ it asserts this
/// (ARCHITECTURE.md, known limit 2).
pub const fn is_edition_2024<T: EditionOfFallback>(_: &impl FnOnce() -> T) -> bool {
    T::IS_2024
}

/// What a diverging closure's return type fell back to (see
/// [`is_edition_2024`]).
pub trait EditionOfFallback {
    /// Whether it is `!` (edition 2024) rather than `()`.
    const IS_2024: bool;
}

impl EditionOfFallback for () {
    const IS_2024: bool = false;
}

impl EditionOfFallback for NeverType {
    const IS_2024: bool = true;
}

/// Stands in for a coroutine whose body the macro refused (so the error
/// is reported once, not again at every call). Never completes.
pub fn never<T>() -> Never<T> {
    Never(std::marker::PhantomData)
}

/// The awaitable returned by [`never`].
#[must_use = "coroutine was never awaited"]
pub struct Never<T>(std::marker::PhantomData<fn() -> T>);

#[diagnostic::do_not_recommend]
impl<T> Awaitable for Never<T> {
    type Output = T;
    fn resume(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<T> {
        Poll::Pending
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

/// Panics for a generator resumed after it completed.
#[cold]
#[track_caller]
pub fn generator_resumed_after_completion(name: &str) -> ! {
    panic!("`generator` {name} resumed after completion")
}

/// Panics for a generator resumed after a panic escaped it.
#[cold]
#[track_caller]
pub fn generator_resumed_after_panicking(name: &str) -> ! {
    panic!("`generator` {name} resumed after panicking")
}

/// The message of an `assert!` written without one, as Rust's own is made:
/// from the condition as the user wrote it (`$cond`, an expression, printed
/// as `assert!` prints it), where the condition the coroutine evaluates
/// names a renamed or homed binding in its place.
#[macro_export]
#[doc(hidden)]
macro_rules! assertion_failed_message {
    ($cond:expr) => {
        ::core::concat!("assertion failed: ", ::core::stringify!($cond))
    };
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

impl<B, C> Branch for ControlFlow<B, C> {
    type Output = C;
    type Residual = ControlFlow<B, std::convert::Infallible>;
    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, C> {
        match self {
            ControlFlow::Continue(c) => ControlFlow::Continue(c),
            ControlFlow::Break(b) => ControlFlow::Break(ControlFlow::Break(b)),
        }
    }
}

/// `poll?` on `Poll<Result<T, E>>`: the error returns early, `Ready(Ok(v))`
/// is `Ready(v)` and `Pending` stays `Pending` (std's `Try` for `Poll`).
impl<T, E> Branch for std::task::Poll<Result<T, E>> {
    type Output = std::task::Poll<T>;
    type Residual = Result<std::convert::Infallible, E>;
    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output> {
        match self {
            std::task::Poll::Ready(Ok(v)) => ControlFlow::Continue(std::task::Poll::Ready(v)),
            std::task::Poll::Ready(Err(e)) => ControlFlow::Break(Err(e)),
            std::task::Poll::Pending => ControlFlow::Continue(std::task::Poll::Pending),
        }
    }
}

/// `poll?` on `Poll<Option<Result<T, E>>>` (a stream's item): the error
/// returns early; `Ready(Some(Ok(v)))` is `Ready(Some(v))`.
impl<T, E> Branch for std::task::Poll<Option<Result<T, E>>> {
    type Output = std::task::Poll<Option<T>>;
    type Residual = Result<std::convert::Infallible, E>;
    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output> {
        match self {
            std::task::Poll::Ready(Some(Ok(v))) => {
                ControlFlow::Continue(std::task::Poll::Ready(Some(v)))
            }
            std::task::Poll::Ready(Some(Err(e))) => ControlFlow::Break(Err(e)),
            std::task::Poll::Ready(None) => ControlFlow::Continue(std::task::Poll::Ready(None)),
            std::task::Poll::Pending => ControlFlow::Continue(std::task::Poll::Pending),
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

impl<B, C> FromResidual<ControlFlow<B, std::convert::Infallible>> for ControlFlow<B, C> {
    #[inline(always)]
    fn from_residual(residual: ControlFlow<B, std::convert::Infallible>) -> Self {
        match residual {
            ControlFlow::Break(b) => ControlFlow::Break(b),
        }
    }
}

impl<T, E, F: From<E>> FromResidual<Result<std::convert::Infallible, E>>
    for std::task::Poll<Result<T, F>>
{
    #[inline(always)]
    fn from_residual(residual: Result<std::convert::Infallible, E>) -> Self {
        match residual {
            Err(e) => std::task::Poll::Ready(Err(From::from(e))),
        }
    }
}

impl<T, E, F: From<E>> FromResidual<Result<std::convert::Infallible, E>>
    for std::task::Poll<Option<Result<T, F>>>
{
    #[inline(always)]
    fn from_residual(residual: Result<std::convert::Infallible, E>) -> Self {
        match residual {
            Err(e) => std::task::Poll::Ready(Some(Err(From::from(e)))),
        }
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
