//! Generators: Python's `def` with `yield`, as `#[coro::generator]` machines.

use std::convert::Infallible;
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
/// first `send` must be `None`); [`start`](Generator::start) starts it with
/// no argument at all (Python's `next(gen)` priming a send-generator). Every
/// later `resume(v)` makes the pending `yield_!(..)` evaluate to `v`.
/// Resuming after `Complete` or [`close`](Generator::close) panics.
///
/// | Python | coro |
/// |---|---|
/// | `next(gen)` (priming) | `gen.start()` |
/// | `gen.send(v)` | `gen.send(v)` / `gen.resume(v)` |
/// | `gen.close()` | `gen.close()` (or drop it) |
/// | `gen.throw(e)` | `gen.throw(e)`: closes it and gives `Err(e)` back |
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

    /// Starts the generator without a resume argument (Python's `next(gen)`,
    /// which primes a send-generator by sending `None`): runs the body to its
    /// first `yield_!` or its end. The same as a first `resume(arg)`, whose
    /// argument is dropped, without having to make one.
    ///
    /// # Panics
    /// If the generator has already started (a pending `yield_!` needs a
    /// value: use `resume`), and, in this default implementation, always:
    /// `#[coro::generator]` machines and the pointer impls override it; a
    /// hand-written generator that can start without an argument should too.
    #[track_caller]
    fn start(self: Pin<&mut Self>) -> GeneratorState<Self::Yield, Self::Return> {
        panic!(
            "coro: `{}` cannot start without a resume argument; call resume(..)",
            std::any::type_name::<Self>()
        )
    }

    /// Closes the generator (Python's `gen.close()`): drops the suspended
    /// body in place, so its destructors run now, as `GeneratorExit` raised
    /// at the pending `yield` runs Python's `finally` blocks (a Rust body
    /// cannot catch it, so it never yields again). Afterwards `resume`
    /// panics, as after `Complete`; iterating gives `None`. Closing a
    /// finished or closed generator does nothing.
    ///
    /// The default implementation does nothing: a hand-written generator
    /// that holds resources overrides it, or is simply dropped (dropping a
    /// generator is closing it).
    fn close(self: Pin<&mut Self>) {}

    /// Python's `gen.throw(error)`, rendered for bodies that cannot catch:
    /// the error is raised at the pending `yield_!`, is not caught, so the
    /// generator is [closed](Generator::close) (its destructors run) and the
    /// error comes back out as `Err(error)`, as Python's `throw` re-raises
    /// an exception the generator does not handle. `gen.throw(e)?`
    /// propagates it.
    fn throw<E>(mut self: Pin<&mut Self>, error: E) -> Result<Infallible, E>
    where
        Self: Sized,
    {
        self.as_mut().close();
        Err(error)
    }
}

#[diagnostic::do_not_recommend]
impl<G: Generator<A> + Unpin + ?Sized, A> Generator<A> for &mut G {
    type Yield = G::Yield;
    type Return = G::Return;
    fn resume(mut self: Pin<&mut Self>, arg: A) -> GeneratorState<G::Yield, G::Return> {
        G::resume(Pin::new(&mut **self), arg)
    }
    fn start(mut self: Pin<&mut Self>) -> GeneratorState<G::Yield, G::Return> {
        G::start(Pin::new(&mut **self))
    }
    fn close(mut self: Pin<&mut Self>) {
        G::close(Pin::new(&mut **self))
    }
}

#[diagnostic::do_not_recommend]
impl<G: Generator<A> + Unpin + ?Sized, A> Generator<A> for Box<G> {
    type Yield = G::Yield;
    type Return = G::Return;
    fn resume(mut self: Pin<&mut Self>, arg: A) -> GeneratorState<G::Yield, G::Return> {
        G::resume(Pin::new(&mut **self), arg)
    }
    fn start(mut self: Pin<&mut Self>) -> GeneratorState<G::Yield, G::Return> {
        G::start(Pin::new(&mut **self))
    }
    fn close(mut self: Pin<&mut Self>) {
        G::close(Pin::new(&mut **self))
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
    fn start(self: Pin<&mut Self>) -> GeneratorState<Self::Yield, Self::Return> {
        Pin::get_mut(self).as_mut().start()
    }
    fn close(self: Pin<&mut Self>) {
        Pin::get_mut(self).as_mut().close()
    }
}

/// Conveniences on every [`Generator`].
pub trait GeneratorExt<Arg>: Generator<Arg> + Unpin {
    /// `resume` without pinning by hand: Python's `gen.send(arg)`.
    fn send(&mut self, arg: Arg) -> GeneratorState<Self::Yield, Self::Return> {
        Pin::new(self).resume(arg)
    }

    /// [`Generator::start`] without pinning by hand: Python's `next(gen)`
    /// priming a generator.
    #[track_caller]
    fn start(&mut self) -> GeneratorState<Self::Yield, Self::Return> {
        Pin::new(self).start()
    }

    /// [`Generator::close`] without pinning by hand: Python's `gen.close()`.
    fn close(&mut self) {
        Pin::new(self).close()
    }

    /// [`Generator::throw`] without pinning by hand: Python's
    /// `gen.throw(error)`; the generator is closed and `Err(error)` returned.
    fn throw<E>(&mut self, error: E) -> Result<Infallible, E>
    where
        Self: Sized,
    {
        Pin::new(self).throw(error)
    }
}

impl<G: Generator<A> + Unpin + ?Sized, A> GeneratorExt<A> for G {}
