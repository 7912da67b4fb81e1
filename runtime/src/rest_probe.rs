//! The check that a pattern's `..` is matched through a reference (not
//! public API; the transform's `split/rest_probe.rs`). The coroutine cannot
//! keep the parts a `..` leaves in an owned value across a suspension, so
//! it takes each such `..` to be matched through a reference, where the
//! pattern binds by reference and leaves nothing, and checks that guess in
//! a closure that is never called: it matches a value of the scrutinee's
//! type with the pattern, the value at each `..` bound by `@`, and passes
//! that binding to [`reference`].

/// A reference (`&T`, `&mut T`): what a pattern's `..` is matched through.
#[diagnostic::on_unimplemented(
    message = "coro: this pattern's `..` is taken to be matched through a reference, but it matches a `{Self}`",
    label = "the parts under `..` stay in this `{Self}`, which Rust drops at the end of its scope; across a suspension the coroutine keeps only parts it can name",
    note = "write a `_` for each part instead of `..` (`Pair {{ a, b: _ }}`, `(t, _, _)`): the coroutine keeps those; or move every part out first"
)]
pub trait Reference {}

impl<T: ?Sized> Reference for &T {}
impl<T: ?Sized> Reference for &mut T {}

/// The value at a `..` of the pattern is a reference.
pub fn reference<T: Reference>(_: &T) {}

/// Checks the patterns on the place `_place` (`check` is never called).
pub fn place<T, C: FnOnce(T)>(_place: &T, check: C) {
    let _ = check;
}

/// Checks the patterns on `value` and returns it (`check` is never called).
pub fn value<T, C: FnOnce(T)>(value: T, check: C) -> T {
    let _ = check;
    value
}
