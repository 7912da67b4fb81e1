//! What a `match` guard sees of a binding, for a guard rewritten out of its
//! `match` because it awaits (not public API). Rust evaluates a guard with
//! the arm's bindings borrowed: a binding by value is seen as the value,
//! one that is itself a reference (bound through a reference scrutinee by
//! default binding modes, `ref x`, or a field of reference type) as that
//! reference. Which one a binding is depends on types the macro does not
//! see (`match p { Some(x) if .. }` with `p: &Option<T>`), so the
//! generated code takes each binding's view inside a guard of the real
//! `match` (where the binding has the type Rust gives it) and lets method
//! resolution choose by that type:
//!
//! ```text
//! match s { P if { views = Some((guard_binding(&x).view(),)); false } => unreachable!(), _ => {} }
//! if let Some((x,)) = views { .. guard, reading `x` as `(*x)` .. }
//! ```
//!
//! `guard_binding(&x)` is a `GuardBinding<'_, B>` for a binding of type
//! `B`. If `B` is a shared reference `&'s U`, the inherent `view` of
//! `GuardBinding<&U>` applies first and copies the reference out
//! (`SharedRef`, whose `*` is the `&'s U`): the borrow of the guard's own
//! local ends with the guard, the reference does not. Otherwise method
//! resolution goes on through `Deref` to `PlaceBinding::view`, which keeps
//! the borrow of the binding's place in the scrutinee (`&'a B`, whose `*`
//! is the value). Either way `(*x)` is what the guard saw as `x`.
//!
//! A binding that is a `&mut` reference by binding mode (`ref mut x`, or
//! `Some(x)` through a `&mut` scrutinee) cannot be viewed past its guard:
//! its reference lives in the guard, and a shared reborrow through it no
//! longer (E0597 at the binding). A field of type `&mut U` bound by value
//! is a place of the scrutinee and is viewed as one.

use core::ops::Deref;

/// A binding of type `B`, borrowed in a guard (see the module).
pub struct GuardBinding<'a, B: ?Sized>(PlaceBinding<'a, B>);

/// The fallback of [`GuardBinding::view`]: a binding seen as its place.
pub struct PlaceBinding<'a, B: ?Sized>(&'a B);

/// A reference binding, copied out of the guard: `*` gives the reference.
pub struct SharedRef<'s, U: ?Sized>(&'s U);

/// A binding borrowed in a guard, for its view.
pub fn guard_binding<B: ?Sized>(binding: &B) -> GuardBinding<'_, B> {
    GuardBinding(PlaceBinding(binding))
}

impl<'s, U: ?Sized> GuardBinding<'_, &'s U> {
    /// A binding that is a shared reference: the reference itself.
    pub fn view(&self) -> SharedRef<'s, U> {
        SharedRef(*self.0.0)
    }
}

impl<'a, B: ?Sized> Deref for GuardBinding<'a, B> {
    type Target = PlaceBinding<'a, B>;
    fn deref(&self) -> &PlaceBinding<'a, B> {
        &self.0
    }
}

impl<'a, B: ?Sized> PlaceBinding<'a, B> {
    /// A binding that is not a shared reference: its place.
    pub fn view(&self) -> &'a B {
        self.0
    }
}

impl<'s, U: ?Sized> Deref for SharedRef<'s, U> {
    type Target = &'s U;
    fn deref(&self) -> &&'s U {
        &self.0
    }
}

/// `views`, taken from a `match` on `scrutinee`: the argument names the
/// borrow of the scrutinee the views hold, for the macro's analysis of
/// which bindings need a fixed home (it reads `&scrutinee`).
pub fn borrowing<S: ?Sized, V>(_scrutinee: &S, views: V) -> V {
    views
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_seen_as_its_place_and_a_reference_as_itself() {
        let value = Some(String::from("ab"));
        let seen = match value {
            Some(ref x) => {
                let by_ref = guard_binding(&x).view();
                let by_place = guard_binding(&**x).view();
                ((*by_ref).len(), (*by_place).len())
            }
            None => (0, 0),
        };
        assert_eq!(seen, (2, 2));
    }
}
