//! Generators: Python's `def` with `yield`, as `#[coro::generator]` machines.

use std::pin::Pin;

/// What one [`Generator::resume`] produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GeneratorState<Y, R> {
    /// Suspended at a `yield_!(value)`.
    Yielded(Y),
    /// Finished with the function's return value.
    Complete(R),
}

/// A computation that yields values and may receive one at each resume
/// (Python's `gen.send(v)`): `#[coro::generator]` functions return one.
///
/// The first `resume` starts the body (its argument is dropped, as Python's
/// first `send` must be `None`); every later `resume(v)` makes the pending
/// `yield_!(..)` evaluate to `v`. Resuming after `Complete` panics.
#[must_use = "generators are lazy and do nothing unless resumed or iterated"]
pub trait Generator<Arg = ()> {
    /// The type of the values yielded.
    type Yield;
    /// The type of the value returned at the end.
    type Return;

    /// Runs the generator to its next `yield_!` or to its end.
    fn resume(self: Pin<&mut Self>, arg: Arg) -> GeneratorState<Self::Yield, Self::Return>;
}

#[diagnostic::do_not_recommend]
impl<G: Generator<A> + Unpin + ?Sized, A> Generator<A> for &mut G {
    type Yield = G::Yield;
    type Return = G::Return;
    fn resume(mut self: Pin<&mut Self>, arg: A) -> GeneratorState<G::Yield, G::Return> {
        G::resume(Pin::new(&mut **self), arg)
    }
}

#[diagnostic::do_not_recommend]
impl<G: Generator<A> + Unpin + ?Sized, A> Generator<A> for Box<G> {
    type Yield = G::Yield;
    type Return = G::Return;
    fn resume(mut self: Pin<&mut Self>, arg: A) -> GeneratorState<G::Yield, G::Return> {
        G::resume(Pin::new(&mut **self), arg)
    }
}

/// Conveniences on every [`Generator`].
pub trait GeneratorExt<Arg>: Generator<Arg> + Unpin {
    /// `resume` without pinning by hand: Python's `gen.send(arg)`.
    fn send(&mut self, arg: Arg) -> GeneratorState<Self::Yield, Self::Return> {
        Pin::new(self).resume(arg)
    }
}

impl<G: Generator<A> + Unpin + ?Sized, A> GeneratorExt<A> for G {}
