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
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a generator taking `{Arg}`",
    label = "not a generator",
    note = "`yield_from!` delegates to a #[coro::generator] (or another `coro::Generator`); to yield the items of an iterator, write `for x in it {{ yield_!(x); }}`"
)]
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

/// A pinned pointer to a generator is a generator. This is the recipe for
/// recursion, whose opaque type cannot name itself:
/// `yield_from!(Box::pin(walk(left)) as Pin<Box<dyn Generator<Yield = T, Return = ()> + '_>>)`.
#[diagnostic::do_not_recommend]
impl<P, A> Generator<A> for Pin<P>
where
    P: std::ops::DerefMut + Unpin,
    P::Target: Generator<A>,
{
    type Yield = <P::Target as Generator<A>>::Yield;
    type Return = <P::Target as Generator<A>>::Return;
    fn resume(self: Pin<&mut Self>, arg: A) -> GeneratorState<Self::Yield, Self::Return> {
        // `Pin<P>` is `Unpin` when `P` is; `as_mut` re-pins the target.
        Pin::get_mut(self).as_mut().resume(arg)
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
