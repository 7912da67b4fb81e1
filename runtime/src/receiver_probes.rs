//! The receiver check (not public API): whether a method call that the
//! transform takes to move its receiver by the method's NAME (`x.map(f)`,
//! `it.collect()`, the receiver rule of `coro-transform`'s
//! `syntax::moves`) is one of std's methods of that name that take `self`.
//!
//! Generated code probes the receiver's type by autoref-based
//! specialization (method resolution tries `&&&&&&&&Probe` first, then one
//! reference fewer at a time; each level's impl applies to one kind of
//! type):
//!
//! ```text
//! use ::coro::__private::receiver_probes::iter_opt::*;
//! check((&&&&&&&&receiver_probe(&x)).__coro_takes_self());
//! ```
//!
//! A level that knows the name takes `self` by value for the receiver's
//! type (an `Iterator`, coro's `AsyncIterator`, an `Option`, a `Result`, an
//! `Ord` for `max`/`min`),
//! or that moving the receiver cannot be observed (a reference; a `Copy`
//! value not in a home) gives [`TakesSelf`]; the fallback gives
//! [`MayBorrowSelf`], which the generated `check` refuses with a message
//! naming the call and the rewrite. (A temporary receiver is split by the
//! same levels instead: [`ReceiverSplit`].) It is type checking only: the probe
//! sits in code that never runs (after `unreachable!()` in an `if false`), so it
//! costs nothing at run time and its borrow of the receiver is not
//! borrow-checked.
//!
//! One module per set of std types that have the method by value
//! (`iter`: `Iterator` and coro's `AsyncIterator`; `iter_opt_res`: `Iterator`, `Option`,
//! `Result`; `iter_opt_res_arr`: those and arrays, for `map`; ...): the transform picks the module by the method's name.

use core::cell::Cell;
use core::marker::PhantomData;

/// The receiver's type `T`; `H` is [`Free`] or [`Homed`].
pub struct ReceiverProbe<T: ?Sized, H>(PhantomData<fn(&T) -> H>);

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
/// of its statement (`make().sum() + f().await`), split by the levels into
/// the part the call takes and the part held to the statement's end (a
/// temporary of the statement, dropped there). The split's levels mirror
/// the probe's: where std's method of that name takes `self` (or moving is
/// not observable), the receiver is taken and moved into the call, and
/// nothing ([`Taken`]) is held; else (`fn count(&self)` of a user type) it
/// is held and borrowed there, so that it lives to the statement's end as
/// Rust keeps such a temporary. A user method that takes `self` on a type
/// the levels do not know is then E0507 "cannot move out of a mutable
/// reference" at the call (write `Type::method(..)`).
///
/// ```text
/// let split = { use receiver_probes::iter::*; (&&&&&&&&receiver_split(make())).__coro_split() };
/// let mut taken = split.0;   // `Some(receiver)`, or `Taken`
/// let mut held = split.1;    // `Taken`, or `Some(receiver)`: held to the `;`
/// receiver_of((&mut taken, &mut held)).sum()
/// ```
pub struct ReceiverSplit<T>(Cell<Option<T>>);

/// The split of `value`, a temporary receiver.
#[inline(always)]
pub fn receiver_split<T>(value: T) -> ReceiverSplit<T> {
    ReceiverSplit(Cell::new(Some(value)))
}

impl<T> ReceiverSplit<T> {
    fn value(&self) -> T {
        self.0.take().expect("coro: a receiver is split once")
    }
}

/// The part of a split that is not there: the receiver was taken by the
/// call (it is the held part), or is held (it is the taken part).
pub struct Taken;

/// Nothing to do; the impl only keeps the generated `drop(held)` at the
/// statement's end from being linted as the drop of a value without glue.
impl Drop for Taken {
    #[inline(always)]
    fn drop(&mut self) {}
}

/// The receiver for the call, from the parts of its split.
#[doc(hidden)]
pub trait ReceiverOf {
    type Out;
    fn receiver(self) -> Self::Out;
}

impl<T> ReceiverOf for (&mut Option<T>, &mut Taken) {
    type Out = T;
    #[inline(always)]
    fn receiver(self) -> T {
        self.0.take().expect("coro: a split receiver is taken once")
    }
}

impl<'a, T> ReceiverOf for (&'a mut Taken, &'a mut Option<T>) {
    type Out = &'a mut T;
    #[inline(always)]
    fn receiver(self) -> &'a mut T {
        self.1.as_mut().expect("coro: a held receiver is there")
    }
}

/// The receiver for the call: `(&mut taken, &mut held)` of a split.
#[inline(always)]
pub fn receiver_of<P: ReceiverOf>(parts: P) -> P::Out {
    parts.receiver()
}

/// A binding in a home, the receiver of a method that the receiver rule
/// takes to consume a *temporary* by its name but not a binding (`sum`,
/// `count`, `max`, `or`, `take`, ...: names too common among `&self`
/// methods of user types). In a home, whether the call moves the value is
/// a run-time fact (the home's drop flag), so the choice is made by the
/// receiver's type, with the probe's levels: where std's method of that
/// name takes `self` (an `Iterator` for `sum`, an `Option` for `or`; a
/// reference) the value is read out of its home and moved into the call,
/// as in an `async fn`; else (`Option::take`, a user's `fn count(&self)`)
/// the call borrows it in place. A user method taking `self` on a type the
/// levels do not know is then E0507 "cannot move out of a mutable
/// reference" at the call (write `Type::method(x)`).
///
/// ```text
/// ({ use receiver_probes::iter::*; (&&&&&&&&home_split(&x)).__coro_home_split() }.value).sum()
/// ```
pub struct HomeSplit<'a, 'h, T>(&'a crate::slots::Local<'h, T>);

/// A homed receiver read out of its home for a call that takes it: the
/// call is made on its `value`, as on a home's slot's (`HomeKeep`).
pub struct HomeRead<T> {
    /// The value, moved into the call.
    pub value: T,
}

/// The split of a homed binding, `x`'s guard (see [`HomeSplit`]).
#[inline(always)]
pub fn home_split<'a, 'h, T>(local: &'a crate::slots::Local<'h, T>) -> HomeSplit<'a, 'h, T> {
    HomeSplit(local)
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

/// The levels every module has: references (level 7) and `Copy` values
/// not in a home (level 1) pass, anything else fails (level 0).
macro_rules! common_levels {
    () => {
        level!(ViaRef, TakesSelf, [T: ?Sized, H], &&&&&&&ReceiverProbe<&T, H>);
        level!(ViaMutRef, TakesSelf, [T: ?Sized, H], &&&&&&&ReceiverProbe<&mut T, H>);
        level!(ViaCopy, TakesSelf, [T: Copy], &ReceiverProbe<T, Free>);
        level!(ViaFallback, MayBorrowSelf, [T: ?Sized, H], ReceiverProbe<T, H>);
        /// A receiver taken by the call (see [`ReceiverSplit`]).
        pub trait SplitTake {
            /// The receiver's type.
            type Out;
            /// The receiver, to be taken by the call.
            fn __coro_split(&self) -> (Option<Self::Out>, Taken);
        }
        /// A receiver held to the statement's end (see [`ReceiverSplit`]).
        pub trait SplitHold {
            /// The receiver's type.
            type Out;
            /// The receiver, to be held and borrowed by the call.
            fn __coro_split(&self) -> (Taken, Option<Self::Out>);
        }
        /// A homed receiver moved into the call (see [`HomeSplit`]).
        pub trait HomeTake {
            /// The receiver's type.
            type Out;
            /// The value, read out of its home (its `value` is moved).
            fn __coro_home_split(&self) -> HomeRead<Self::Out>;
        }
        /// A homed receiver borrowed in place by the call (see [`HomeSplit`]).
        pub trait HomeKeep<'h> {
            /// The receiver's type.
            type Out;
            /// The home's slot, whose `value` the call autorefs as it
            /// needs (`&` for a `&self` method: no unique borrow beside a
            /// shared one held across a suspension).
            fn __coro_home_split(&self) -> &'h mut crate::slots::Slot<Self::Out>;
        }
        impl<'h, T> HomeKeep<'h> for HomeSplit<'_, 'h, T> {
            type Out = T;
            #[inline(always)]
            fn __coro_home_split(&self) -> &'h mut crate::slots::Slot<T> {
                crate::slots::place(self.0)
            }
        }
        home_take!(['r, T: ?Sized], &'r T, &&&&&&&HomeSplit<'_, '_, &'r T>);
        home_take!(['r, T: ?Sized], &'r mut T, &&&&&&&HomeSplit<'_, '_, &'r mut T>);
        take!(['r, T: ?Sized], &'r T, &&&&&&&ReceiverSplit<&'r T>);
        take!(['r, T: ?Sized], &'r mut T, &&&&&&&ReceiverSplit<&'r mut T>);
        take!([T: Copy], T, &ReceiverSplit<T>);
        impl<T> SplitHold for ReceiverSplit<T> {
            type Out = T;
            #[inline(always)]
            fn __coro_split(&self) -> (Taken, Option<T>) {
                (Taken, Some(self.value()))
            }
        }
    };
}

macro_rules! family {
    (iter) => {
        level!(ViaIterator, TakesSelf, [T: Iterator + ?Sized, H], &&&&&&ReceiverProbe<T, H>);
        take!([T: Iterator], T, &&&&&&ReceiverSplit<T>);
        home_take!([T: Iterator], T, &&&&&&HomeSplit<'_, '_, T>);
    };
    // coro's own async iterators: `map`, `filter`, `enumerate`, `take`,
    // `collect` take `self`.
    (aiter) => {
        level!(ViaAsyncIterator, TakesSelf, [T: crate::AsyncIterator + ?Sized, H], &&&&&ReceiverProbe<T, H>);
        take!([T: crate::AsyncIterator], T, &&&&&ReceiverSplit<T>);
        home_take!([T: crate::AsyncIterator], T, &&&&&HomeSplit<'_, '_, T>);
    };
    (opt) => {
        level!(ViaOption, TakesSelf, [T, H], &&&&ReceiverProbe<Option<T>, H>);
        take!([T], Option<T>, &&&&ReceiverSplit<Option<T>>);
        home_take!([T], Option<T>, &&&&HomeSplit<'_, '_, Option<T>>);
    };
    (res) => {
        level!(ViaResult, TakesSelf, [T, E, H], &&&ReceiverProbe<Result<T, E>, H>);
        take!([T, E], Result<T, E>, &&&ReceiverSplit<Result<T, E>>);
        home_take!([T, E], Result<T, E>, &&&HomeSplit<'_, '_, Result<T, E>>);
    };
    // Arrays: `map` takes `self` (`[T; N]::map`).
    (arr) => {
        level!(ViaArray, TakesSelf, [T, const N: usize, H], &&ReceiverProbe<[T; N], H>);
        take!([T, const N: usize], [T; N], &&ReceiverSplit<[T; N]>);
        home_take!([T, const N: usize], [T; N], &&HomeSplit<'_, '_, [T; N]>);
    };
    (ord) => {
        level!(ViaOrd, TakesSelf, [T: Ord, H], &&ReceiverProbe<T, H>);
        take!([T: Ord], T, &&ReceiverSplit<T>);
        home_take!([T: Ord], T, &&HomeSplit<'_, '_, T>);
    };
    // The map entries: `or_insert`, `or_default`, `and_modify`.. take `self`.
    (entry) => {
        level!(ViaHashEntry, TakesSelf, ['a, K, V, H], &&&ReceiverProbe<std::collections::hash_map::Entry<'a, K, V>, H>);
        level!(ViaBTreeEntry, TakesSelf, ['a, K, V, H], &&&ReceiverProbe<std::collections::btree_map::Entry<'a, K, V>, H>);
        take!(['a, K, V], std::collections::hash_map::Entry<'a, K, V>, &&&ReceiverSplit<std::collections::hash_map::Entry<'a, K, V>>);
        take!(['a, K, V], std::collections::btree_map::Entry<'a, K, V>, &&&ReceiverSplit<std::collections::btree_map::Entry<'a, K, V>>);
        home_take!(['a, K, V], std::collections::hash_map::Entry<'a, K, V>, &&&HomeSplit<'_, '_, std::collections::hash_map::Entry<'a, K, V>>);
        home_take!(['a, K, V], std::collections::btree_map::Entry<'a, K, V>, &&&HomeSplit<'_, '_, std::collections::btree_map::Entry<'a, K, V>>);
    };
}

/// A level of the split that gives the receiver to the call (`$on` splits
/// an `$out`): std's method of the name takes `self`, or the receiver is a
/// reference or `Copy`.
macro_rules! take {
    ([$($gen:tt)*], $out:ty, $($on:tt)*) => {
        impl<$($gen)*> SplitTake for $($on)* {
            type Out = $out;
            #[inline(always)]
            fn __coro_split(&self) -> (Option<$out>, Taken) {
                (Some(self.value()), Taken)
            }
        }
    };
}

/// A level of the homed split that reads the receiver out of its home for
/// the call (`$on` splits a home of an `$out`).
macro_rules! home_take {
    ([$($gen:tt)*], $out:ty, $($on:tt)*) => {
        impl<$($gen)*> HomeTake for $($on)* {
            type Out = $out;
            #[inline(always)]
            fn __coro_home_split(&self) -> HomeRead<$out> {
                HomeRead {
                    value: crate::slots::read_local(self.0),
                }
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
    iter: iter, aiter;
    iter_opt: iter, aiter, opt;
    iter_opt_res: iter, aiter, opt, res;
    iter_opt_res_arr: iter, aiter, opt, res, arr;
    iter_ord: iter, ord;
    opt: opt;
    res: res;
    opt_res: opt, res;
    entry: entry;
}

/// A value of the receiver's type that can be moved but not borrowed: a
/// field of a packed struct (a reference to it would be unaligned, E0793).
/// The check of a method named like one taking `self` by value (`into_*`,
/// `unwrap*`, `expect*`: `coro-transform`'s `ByName::ByValueLookup`) makes
/// the user's call on it, in code that never runs: rustc's own method
/// lookup then compiles only if the method it picks takes `self`. For a
/// `Box<U>` receiver it is a value of `U` (see [`Unboxing`]): a method of
/// `Box` itself taking `self: Box<Self>` (`fn into_any(self: Box<Self>)`
/// of a sized type) is then not found (E0599), stricter than needed;
/// `Box<[T]>::into_vec` and `Box<dyn Trait>`'s methods are looked up on
/// the box.
#[doc(hidden)]
#[repr(C, packed)]
pub struct ByValue<T>(pub T);

/// `*receiver`'s type, for the choice of the [`ByValue`] the lookup is made
/// on (`by_value_levels`), in code that never runs.
#[doc(hidden)]
pub fn by_value<T>(_: &T) -> Unboxing<T> {
    unreachable!("coro: the receiver check never runs")
}

/// The receiver's type `T`, before the lookup: a `Box<U>` (of a sized `U`)
/// gives a [`ByValue<U>`], any other type a [`ByValue<T>`]. Through a `Box`
/// rustc's method lookup derefs to `U` without a reference to the packed
/// field (the deref is built in), so a `&self` method of `U` would pass the
/// check on `ByValue<Box<U>>`; on `ByValue<U>` it is E0793.
#[doc(hidden)]
pub struct Unboxing<T>(PhantomData<T>);

/// The two levels of the choice (autoref: the first applies before the
/// second is tried).
#[doc(hidden)]
pub mod by_value_levels {
    use super::{ByValue, Unboxing};

    /// `Box<U>`: a value of `U`.
    pub trait ThroughBox {
        /// The type the lookup is made on.
        type Value;
        /// The value, for code that never runs.
        #[inline(always)]
        fn __coro_by_value(&self) -> ByValue<Self::Value> {
            unreachable!("coro: the receiver check never runs")
        }
    }
    impl<U> ThroughBox for Unboxing<Box<U>> {
        type Value = U;
    }

    /// Any other type: a value of it.
    pub trait AsIs {
        /// The type the lookup is made on.
        type Value;
        /// The value, for code that never runs.
        #[inline(always)]
        fn __coro_by_value(&self) -> ByValue<Self::Value> {
            unreachable!("coro: the receiver check never runs")
        }
    }
    impl<T> AsIs for &Unboxing<T> {
        type Value = T;
    }
}

/// A value of `*argument`'s type, standing in for an argument of the call
/// made on a [`ByValue`] (`coro-transform`'s `syntax::moves::Arg`), for
/// code that never runs.
#[doc(hidden)]
pub fn argument_like<T>(_: &T) -> T {
    unreachable!("coro: the receiver check never runs")
}

/// A value of the type the method's signature gives its parameter,
/// standing in for an argument of the call made on a [`ByValue`] that is
/// neither a literal, a path nor a binding of the coroutine. Where that
/// parameter's type is a generic parameter inferred from the argument
/// alone, rustc cannot infer it (E0282, naming this function): bind the
/// argument to a variable first (`let f = make(); t.unwrap_or_else(f)`).
#[doc(hidden)]
#[allow(non_snake_case)]
pub fn unknown_argument__bind_it_to_a_variable_first<T>() -> T {
    unreachable!("coro: the receiver check never runs")
}

/// `x.method(args)` made on a [`ByValue`] of `x`'s type (see there), in
/// code that never runs (the arguments stood in for by values of their
/// types). Its name is the error's text: E0793 "reference to field of
/// packed struct is unaligned" at a user's call `x.into_text()` means the
/// method borrows `x` (`fn into_text(&self)`), while coro took the call,
/// by the method's name, to move `x` (and would drop it there): write a
/// borrowed receiver, `(&x).into_text()`.
#[macro_export]
#[doc(hidden)]
macro_rules! method_taken_to_move_its_receiver_borrows_it__write_a_borrowed_receiver {
    ($receiver:expr, $($call:tt)*) => {{
        use $crate::receiver_probes::by_value_levels::*;
        #[allow(unused_mut)]
        let mut by_value = (&$crate::receiver_probes::by_value($receiver)).__coro_by_value();
        let _ = by_value.0.$($call)*;
    }};
}

/// The same lookup for the temporary receiver of an awaited method call
/// (`make().fetch().await`), which coro moves into the call (the common
/// such method is a builder's, taking `self`). E0793 "reference to field of
/// packed struct is unaligned" at the call means the method borrows it: an
/// `async fn` keeps the temporary to the end of the statement, after the
/// `.await`, which the coroutine cannot (it would drop it before the first
/// poll, or refuse a borrowing awaitable): bind the receiver first, `let s
/// = make(); s.fetch().await`.
#[macro_export]
#[doc(hidden)]
macro_rules! awaited_method_borrows_its_temporary_receiver__bind_the_receiver_first {
    ($receiver:expr, $($call:tt)*) => {{
        use $crate::receiver_probes::by_value_levels::*;
        #[allow(unused_mut)]
        let mut by_value = (&$crate::receiver_probes::by_value($receiver)).__coro_by_value();
        let _ = by_value.0.$($call)*;
    }};
}

/// The same lookup for a link of a builder chain ending in an awaited
/// method (`client.get(u).header(k, v).send().await`: `header` on the
/// temporary `client.get(u)`), which coro moves into the call, as a
/// builder's setter takes `self`. E0793 "reference to field of packed
/// struct is unaligned" at the call means the method borrows its receiver
/// (`fn header(&mut self, ..) -> &mut Self`): an `async fn` keeps that
/// temporary to the end of the statement, which the coroutine cannot beside
/// the awaitable: bind the receiver first, `let mut r = client.get(u);
/// r.header(k, v).send().await`.
#[macro_export]
#[doc(hidden)]
macro_rules! chained_method_borrows_its_temporary_receiver__bind_the_receiver_first {
    ($receiver:expr, $($call:tt)*) => {{
        use $crate::receiver_probes::by_value_levels::*;
        #[allow(unused_mut)]
        let mut by_value = (&$crate::receiver_probes::by_value($receiver)).__coro_by_value();
        let _ = by_value.0.$($call)*;
    }};
}

/// The check of a `move` closure judged `FnOnce` by syntax (not public
/// API): its body uses some captures by value (`take_i(n)`),
/// so the transform takes a call of it to consume it. The closure is
/// `FnOnce` only if one of those uses moves, not copies; Rust infers a
/// closure's kind after type checking, so the check probes the captures'
/// types instead: a `Copy` type (or a `&mut`, which a call reborrows) is
/// [`Copied`], another [`Moved`]. Where each capture used by value is
/// `Copied`, the closure may be `FnMut`; if it also owns a capture that is
/// `Moved` (it may have drop glue), dropping it at the call instead of at
/// the end of its scope could be seen, and the generated check refuses the
/// call.
///
/// ```text
/// use ::coro::__private::closure_probes::*;
/// // used by value: `n`; owned: `n`, `t`
/// check((or(Copied, (&&copy_probe(&n)).__coro_copied()),
///        or(or(Copied, (&&copy_probe(&n)).__coro_copied()), (&&copy_probe(&t)).__coro_copied())));
/// ```
///
/// Type checking only: it sits after `unreachable!()` in an `if false`.
pub mod closure_probes {
    use core::marker::PhantomData;

    /// One level of the probe: a trait with the probe method, implemented
    /// for `$on` (a number of references to `CopyProbe`) under `$bounds`.
    macro_rules! capture_level {
        ($trait:ident, $out:ident, [$($gen:tt)*], $on:ty) => {
            #[doc(hidden)]
            pub trait $trait {
                /// The verdict for this level's captures.
                #[inline(always)]
                fn __coro_copied(&self) -> $out {
                    $out
                }
            }
            impl<$($gen)*> $trait for $on {}
        };
    }

    /// A capture's type `T`.
    pub struct CopyProbe<T: ?Sized>(PhantomData<fn(&T)>);

    /// The probe of `*capture`'s type.
    #[inline(always)]
    pub fn copy_probe<T: ?Sized>(_: &T) -> CopyProbe<T> {
        CopyProbe(PhantomData)
    }

    /// `Copy` or `&mut`: a use by value need not move it, and it has no
    /// drop glue.
    pub struct Copied;

    /// Another type: a use by value moves it, and it may have drop glue.
    pub struct Moved;

    capture_level!(ViaCopy, Copied, [T: Copy], &&CopyProbe<T>);
    capture_level!(ViaMutRef, Copied, [T: ?Sized], &CopyProbe<&mut T>);
    capture_level!(ViaFallback, Moved, [T: ?Sized], CopyProbe<T>);

    /// Whether one of two verdicts is [`Moved`].
    pub trait Or<B> {
        /// [`Moved`] if either is.
        type Out;
    }
    impl<B> Or<B> for Moved {
        type Out = Moved;
    }
    impl Or<Moved> for Copied {
        type Out = Moved;
    }
    impl Or<Copied> for Copied {
        type Out = Copied;
    }

    /// The verdict of `a` or `b` (type level only: never called).
    pub fn or<A: Or<B>, B>(_: A, _: B) -> A::Out {
        unreachable!("coro: a closure check is never run")
    }
}
