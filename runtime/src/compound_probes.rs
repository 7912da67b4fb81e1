//! The check of a compound assignment (`place op= value`) one of whose
//! sides suspends (not public API). Rust evaluates `value` first when both
//! sides are of primitive types (its built-in operators), and `place` first
//! otherwise (`AddAssign::add_assign(&mut place, value)`, a call whose
//! arguments run in order). The transform cannot see the types; it
//! evaluates `value` first, and where the other side has effects whose
//! order could show (an index, a call; `v[next()] += &f().await`), it adds
//! this check, in code that never runs (after `unreachable!()` in an `if
//! false`):
//!
//! ```text
//! ::coro::__private::compound_probes::builtin(&v[next()], &value);
//! ```
//!
//! It compiles where Rust's operator is built in (rustc's
//! `is_builtin_binop`: both sides integers, both floats, or both `bool` for
//! `&=`, `|=`, `^=`; any two integers for `<<=`, `>>=`), and is E0277 with
//! the rewrite otherwise.

/// Both sides of a compound assignment other than a shift are of a
/// primitive type, for which Rust evaluates the value before the place.
#[diagnostic::on_unimplemented(
    message = "coro evaluates the value of this compound assignment before its place, as Rust does only for a built-in operator; for `{Self}` and `{Rhs}` Rust evaluates the place first",
    label = "one side of this compound assignment suspends, and the other has effects whose order would differ",
    note = "bind the side that comes first in Rust's order before the statement: `let d = f().await; v[next()] += &d;` or `let p = &mut v[next()]; *p += &f().await;`"
)]
pub trait BuiltinCompound<Rhs> {}

/// Both sides of a shift assignment are integers (Rust's built-in shift).
#[diagnostic::on_unimplemented(
    message = "coro evaluates the value of this shift assignment before its place, as Rust does only for integers; for `{Self}` and `{Rhs}` Rust evaluates the place first",
    label = "one side of this shift assignment suspends, and the other has effects whose order would differ",
    note = "bind the side that comes first in Rust's order before the statement: `let d = f().await; v[next()] <<= d;`"
)]
pub trait BuiltinShift<Rhs> {}

/// An integer type.
pub trait Integer {}

macro_rules! builtin {
    (integers: $($int:ty),*; floats: $($float:ty),*) => {
        $(impl Integer for $int {})*
        $(impl BuiltinCompound<$int> for $int {})*
        $(impl BuiltinCompound<$float> for $float {})*
    };
}

builtin!(
    integers: i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize;
    floats: f32, f64
);
impl BuiltinCompound<bool> for bool {}
impl<L: Integer, R: Integer> BuiltinShift<R> for L {}

/// Type checks that `place op= value` is a built-in operator (never runs).
pub fn builtin<L: BuiltinCompound<R>, R>(_place: &L, _value: &R) {}

/// Type checks that `place op= value` is a built-in shift (never runs).
pub fn builtin_shift<L: BuiltinShift<R>, R>(_place: &L, _value: &R) {}
