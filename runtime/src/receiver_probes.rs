//! The receiver check (not public API): whether a method call that the
//! transform takes to move its receiver by the method's NAME (`x.map(f)`,
//! `it.collect()`, the receiver rule of `coro-transform`'s
//! `syntax::moves`) is one of std's methods of that name that take `self`.
//!
//! Generated code probes the receiver's type by autoref-based
//! specialization (method resolution tries `&&&&&&&Probe` first, then one
//! reference fewer at a time; each level's impl applies to one kind of
//! type):
//!
//! ```text
//! use ::coro::__private::receiver_probes::iter_opt::*;
//! check((&&&&&&&receiver_probe(&x)).__coro_takes_self());
//! ```
//!
//! A level that knows the name takes `self` by value for the receiver's
//! type (an `Iterator`, an `Option`, a `Result`, an `Ord` for `max`/`min`),
//! or that moving the receiver cannot be observed (a reference; a `Copy`
//! value not in a home) gives [`TakesSelf`]; the fallback gives
//! [`MayBorrowSelf`], which the generated `check` refuses with a message
//! naming the call and the rewrite. It is type checking only: the probe
//! sits in code that never runs (after a `loop {}` in an `if false`), so it
//! costs nothing at run time and its borrow of the receiver is not
//! borrow-checked.
//!
//! One module per set of std types that have the method by value
//! (`iter`: `Iterator` only; `iter_opt_res`: `Iterator`, `Option`,
//! `Result`; ...): the transform picks the module by the method's name.

use core::cell::Cell;
use core::marker::PhantomData;

/// The receiver's type `T`; `H` is [`Free`] or [`Homed`].
pub struct ReceiverProbe<T: ?Sized, H>(PhantomData<(H, fn(&T))>);

/// The probe of a binding that is not in a home.
pub struct Free;

/// The probe of a binding in a home: read out of it, a `Copy` value is a
/// copy (a `&mut self` method would change the copy), so `Copy` does not
/// pass by itself.
pub struct Homed;

/// The probe of `*receiver`'s type, for a binding not in a home.
#[inline(always)]
pub fn receiver_probe<T: ?Sized>(_: &T) -> ReceiverProbe<T, Free> {
    ReceiverProbe(PhantomData)
}

/// The probe of `*receiver`'s type, for a binding in a home.
#[inline(always)]
pub fn home_receiver_probe<T: ?Sized>(_: &T) -> ReceiverProbe<T, Homed> {
    ReceiverProbe(PhantomData)
}

/// The receiver's type is one whose method of the probed name takes `self`
/// by value (or moving it is not observable).
pub struct TakesSelf;

/// The receiver's type is not known to be one whose method of the probed
/// name takes `self`: the generated check refuses it.
pub struct MayBorrowSelf;

/// The temporary receiver of such a method call, before a later suspension
/// of its statement (`make().sum() + f().await`), held in an `Option` that
/// is a temporary of the statement (dropped at its end). The holder's levels
/// mirror the probe's: where std's method of that name takes `self` (or
/// moving is not observable), the receiver is taken out and moved into the
/// call; else (`fn count(&self)` of a user type) it is borrowed where it is
/// held, so it lives to the statement's end as Rust keeps such a temporary.
/// A user method that takes `self` on a type the levels do not know is then
/// E0507 "cannot move out of a mutable reference" at the call (write
/// `Type::method(..)`).
///
/// ```text
/// let mut held = Some(make());
/// ({ use receiver_probes::iter::*; (&&&&&&&receiver_holder(&mut held)).__coro_receiver() }).sum()
/// ```
pub struct ReceiverHolder<'a, T>(Cell<Option<&'a mut Option<T>>>);

/// The holder of the receiver in `slot`.
#[inline(always)]
pub fn receiver_holder<T>(slot: &mut Option<T>) -> ReceiverHolder<'_, T> {
    ReceiverHolder(Cell::new(Some(slot)))
}

impl<'a, T> ReceiverHolder<'a, T> {
    fn slot(&self) -> &'a mut Option<T> {
        self.0
            .take()
            .expect("coro: a receiver holder is used once")
    }
}

fn take_held<T>(h: &ReceiverHolder<'_, T>) -> T {
    h.slot()
        .take()
        .expect("coro: a held receiver is taken once")
}

fn borrow_held<'a, T>(h: &ReceiverHolder<'a, T>) -> &'a mut T {
    h.slot().as_mut().expect("coro: a held receiver is there")
}

/// One level of the probe: a trait with the probe method, implemented for
/// `$on` (a number of references to `ReceiverProbe`) under `$bounds`.
macro_rules! level {
    ($trait:ident, $out:ident, [$($gen:tt)*], $on:ty) => {
        #[doc(hidden)]
        pub trait $trait {
            /// The verdict for this level's receivers.
            #[inline(always)]
            fn __coro_takes_self(&self) -> $out {
                $out
            }
        }
        impl<$($gen)*> $trait for $on {}
    };
}

/// The levels every module has: references (level 6) and `Copy` values
/// not in a home (level 1) pass, anything else fails (level 0).
macro_rules! common_levels {
    () => {
        level!(ViaRef, TakesSelf, [T: ?Sized, H], &&&&&&ReceiverProbe<&T, H>);
        level!(ViaMutRef, TakesSelf, [T: ?Sized, H], &&&&&&ReceiverProbe<&mut T, H>);
        level!(ViaCopy, TakesSelf, [T: Copy], &ReceiverProbe<T, Free>);
        level!(ViaFallback, MayBorrowSelf, [T: ?Sized, H], ReceiverProbe<T, H>);
        /// The receiver, taken out of its holder (see [`ReceiverHolder`]).
        pub trait HoldTake {
            /// The receiver's type.
            type Out;
            /// Takes the receiver out of its holder.
            fn __coro_receiver(&self) -> Self::Out;
        }
        /// The receiver, borrowed in its holder (see [`ReceiverHolder`]).
        pub trait HoldBorrow<'a> {
            /// The receiver's type.
            type Out: 'a;
            /// Borrows the receiver where it is held.
            fn __coro_receiver(&self) -> &'a mut Self::Out;
        }
        take!(['r, T: ?Sized], &'r T, &&&&&&ReceiverHolder<'a, &'r T>);
        take!(['r, T: ?Sized], &'r mut T, &&&&&&ReceiverHolder<'a, &'r mut T>);
        take!([T: Copy], T, &ReceiverHolder<'a, T>);
        impl<'a, T> HoldBorrow<'a> for ReceiverHolder<'a, T> {
            type Out = T;
            #[inline(always)]
            fn __coro_receiver(&self) -> &'a mut T {
                borrow_held(self)
            }
        }
    };
}

macro_rules! family {
    (iter) => {
        level!(ViaIterator, TakesSelf, [T: Iterator + ?Sized, H], &&&&&ReceiverProbe<T, H>);
        take!([T: Iterator], T, &&&&&ReceiverHolder<'a, T>);
    };
    (opt) => {
        level!(ViaOption, TakesSelf, [T, H], &&&&ReceiverProbe<Option<T>, H>);
        take!([T], Option<T>, &&&&ReceiverHolder<'a, Option<T>>);
    };
    (res) => {
        level!(ViaResult, TakesSelf, [T, E, H], &&&ReceiverProbe<Result<T, E>, H>);
        take!([T, E], Result<T, E>, &&&ReceiverHolder<'a, Result<T, E>>);
    };
    (ord) => {
        level!(ViaOrd, TakesSelf, [T: Ord, H], &&ReceiverProbe<T, H>);
        take!([T: Ord], T, &&ReceiverHolder<'a, T>);
    };
}

/// A level of the holder that takes the receiver out (`$on` holds an
/// `$out`): std's method of the name takes `self`, or the receiver is a
/// reference or `Copy`.
macro_rules! take {
    ([$($gen:tt)*], $out:ty, $($on:tt)*) => {
        impl<'a, $($gen)*> HoldTake for $($on)* {
            type Out = $out;
            #[inline(always)]
            fn __coro_receiver(&self) -> $out {
                take_held(self)
            }
        }
    };
}

macro_rules! modules {
    ($($name:ident: $($family:ident),*;)*) => {$(
        #[doc(hidden)]
        #[allow(missing_docs)]
        pub mod $name {
            use super::*;
            common_levels!();
            $(family!($family);)*
        }
    )*};
}

// The sets of std types that have a method by value, by the transform's
// names (`coro-transform`'s `syntax::moves::std_takers`).
modules! {
    iter: iter;
    iter_opt: iter, opt;
    iter_opt_res: iter, opt, res;
    iter_ord: iter, ord;
    opt: opt;
    res: res;
    opt_res: opt, res;
}
