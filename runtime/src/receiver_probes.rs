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
    };
}

macro_rules! family {
    (iter) => {
        level!(ViaIterator, TakesSelf, [T: Iterator + ?Sized, H], &&&&&ReceiverProbe<T, H>);
    };
    (opt) => {
        level!(ViaOption, TakesSelf, [T, H], &&&&ReceiverProbe<Option<T>, H>);
    };
    (res) => {
        level!(ViaResult, TakesSelf, [T, E, H], &&&ReceiverProbe<Result<T, E>, H>);
    };
    (ord) => {
        level!(ViaOrd, TakesSelf, [T: Ord, H], &&ReceiverProbe<T, H>);
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
