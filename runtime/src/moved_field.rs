//! A temporary of which a field is moved out before a later suspension of
//! its statement (not public API): `take(f().await.1, g().await)`,
//! `take(pair().1, g().await)`. Rust moves the field out of the temporary
//! and drops the rest of it at the statement's end, or, if the statement
//! never ends (the coroutine is dropped at `g().await`, a later operand
//! panics), after the field's own operand. A partially moved value cannot
//! be kept in a state, so the generated code keeps the whole value here:
//!
//! ```text
//! let mut __coro_tmp1 = ::coro::__private::moved_field(
//!     __coro_tmp0,
//!     |whole| ::core::ptr::addr_of!(whole.1),
//!     |whole| ::core::mem::ManuallyDrop::new(whole.1),
//! );
//! let __coro_tmp2 = __coro_tmp1.take();
//! // .. later operands, suspensions ..
//! ::core::mem::drop(__coro_tmp1); // the rest, at the statement's end
//! ```
//!
//! The field is read out of the value when the expression is evaluated;
//! the rest is dropped when the holder is, as Rust drops what a partial
//! move leaves: the other fields in declaration order.

use std::mem::ManuallyDrop;

/// The field's place in the value: its address, not a reference, which
/// a field of a `#[repr(packed)]` struct cannot have (E0793).
type FieldPlace<T, F> = fn(&T) -> *const F;

/// A value of which one field may have been moved out (see the module).
/// Function pointers, not closure types: the generated code may build the
/// holder of one temporary at two places (paths that join), whose closures
/// would be of two types.
pub struct MovedField<T, F> {
    whole: ManuallyDrop<T>,
    /// The field's place in `whole`, until it is taken.
    field: Option<FieldPlace<T, F>>,
    /// Moves the field out of an owned `T`, dropping the rest, and returns
    /// it not to be dropped.
    drop_rest: fn(T) -> ManuallyDrop<F>,
}

/// Holds `whole`, of which the field that `field` borrows and `drop_rest`
/// moves out (the same field path, written by the transform from the same
/// tokens) is taken once with [`MovedField::take`].
pub fn moved_field<T, F>(
    whole: T,
    field: FieldPlace<T, F>,
    drop_rest: fn(T) -> ManuallyDrop<F>,
) -> MovedField<T, F> {
    MovedField {
        whole: ManuallyDrop::new(whole),
        field: Some(field),
        drop_rest,
    }
}

impl<T, F> MovedField<T, F> {
    /// Moves the field out.
    ///
    /// # Panics
    /// If it was taken already (the transform takes it once).
    pub fn take(&mut self) -> F {
        let field = self
            .field
            .take()
            .expect("coro: internal error: a moved field was taken twice");
        let place: *const F = field(&self.whole);
        // SAFETY: `place` points into `whole` (or into a box it owns, or, for
        // a `Copy` field, wherever a `Deref` led), which is alive and not
        // dropped by `drop` below until `drop_rest` runs; it may be
        // unaligned (a field of a packed struct), hence `read_unaligned`. `drop_rest`
        // moves the same field path out of an owned `T`, which compiles only
        // where Rust can move it out: a field of `T` or of a `Box` that `T`
        // owns (the read is then that move, and `drop_rest` forgets the
        // field, returned in a `ManuallyDrop`, instead of dropping it
        // again), or a `Copy` value (the read is a copy). Taken once:
        // `field` is `None` after.
        unsafe { std::ptr::read_unaligned(place) }
    }
}

impl<T, F> Drop for MovedField<T, F> {
    fn drop(&mut self) {
        if self.field.is_some() || !std::mem::needs_drop::<F>() {
            // Never taken: the value is whole. Or the field has no drop
            // glue, so dropping the whole value drops what the rest would
            // (a `Copy` field reached through a `Deref` is not reached
            // again: `deref` runs once, as in Rust).
            // SAFETY: `whole` is dropped once, here, and never used again;
            // a field taken out of it has no drop glue to run twice.
            unsafe { ManuallyDrop::drop(&mut self.whole) };
        } else {
            // SAFETY: `whole` is moved out once, here, and never used again;
            // `drop_rest` returns the field `take` moved out in a
            // `ManuallyDrop`, so nothing is dropped twice, also if the drop
            // of another field panics (unwinding drops that `ManuallyDrop`,
            // which drops nothing).
            let _field_taken_before =
                (self.drop_rest)(unsafe { ManuallyDrop::take(&mut self.whole) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    struct Noisy(&'static str, Rc<RefCell<Vec<&'static str>>>);
    impl Drop for Noisy {
        fn drop(&mut self) {
            self.1.borrow_mut().push(self.0);
        }
    }

    #[test]
    fn the_rest_drops_with_the_holder_in_declaration_order() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let n = |s| Noisy(s, log.clone());
        let mut h = moved_field(
            (n("a"), n("b"), n("c")),
            |w| std::ptr::addr_of!(w.1),
            |w| ManuallyDrop::new(w.1),
        );
        let b = h.take();
        assert!(log.borrow().is_empty());
        drop(h);
        assert_eq!(*log.borrow(), ["a", "c"]);
        drop(b);
        assert_eq!(*log.borrow(), ["a", "c", "b"]);
    }

    #[test]
    fn never_taken_drops_whole() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let n = |s| Noisy(s, log.clone());
        let h = moved_field(
            (n("a"), n("b")),
            |w| std::ptr::addr_of!(w.0),
            |w| ManuallyDrop::new(w.0),
        );
        drop(h);
        assert_eq!(*log.borrow(), ["a", "b"]);
    }

    #[test]
    fn a_field_of_a_box() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let n = |s| Noisy(s, log.clone());
        let mut h = moved_field(
            Box::new((n("a"), n("b"))),
            |w| std::ptr::addr_of!(w.0),
            |w| ManuallyDrop::new(w.0),
        );
        let a = h.take();
        drop(h);
        assert_eq!(*log.borrow(), ["b"]);
        drop(a);
        assert_eq!(*log.borrow(), ["b", "a"]);
    }

    #[test]
    fn a_copy_field_through_a_deref_is_not_reached_again() {
        struct Counted {
            derefs: std::cell::Cell<u32>,
            pair: (u8, u8),
        }
        impl std::ops::Deref for Counted {
            type Target = (u8, u8);
            fn deref(&self) -> &(u8, u8) {
                self.derefs.set(self.derefs.get() + 1);
                &self.pair
            }
        }
        // Reports the number of `deref` calls when dropped.
        struct Probe(Counted, Rc<std::cell::Cell<u32>>);
        impl Drop for Probe {
            fn drop(&mut self) {
                self.1.set(self.0.derefs.get());
            }
        }
        let counted = Rc::new(std::cell::Cell::new(0));
        let counter = Counted {
            derefs: std::cell::Cell::new(0),
            pair: (4, 5),
        };
        let mut h = moved_field(
            Probe(counter, counted.clone()),
            |w| std::ptr::addr_of!(w.0.1),
            |w| ManuallyDrop::new(w.0.1),
        );
        assert_eq!(h.take(), 5);
        drop(h);
        assert_eq!(counted.get(), 1);
    }

    #[test]
    fn a_copy_field_through_a_deref() {
        let shared = Rc::new((1_u8, String::from("x")));
        let mut h = moved_field(
            shared.clone(),
            |w| std::ptr::addr_of!(w.0),
            |w| ManuallyDrop::new(w.0),
        );
        assert_eq!(h.take(), 1);
        drop(h);
        assert_eq!(Rc::strong_count(&shared), 1);
    }

    #[test]
    fn a_field_of_a_packed_struct() {
        #[repr(C, packed)]
        struct Packed(u8, Noisy, u32);
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut h = moved_field(
            Packed(1, Noisy("n", log.clone()), 7),
            |w| std::ptr::addr_of!(w.1),
            |w| ManuallyDrop::new(w.1),
        );
        let n = h.take();
        drop(h);
        assert!(log.borrow().is_empty());
        drop(n);
        assert_eq!(*log.borrow(), ["n"]);
        let mut h = moved_field(
            Packed(1, Noisy("m", log.clone()), 7),
            |w| std::ptr::addr_of!(w.2),
            |w| ManuallyDrop::new(w.2),
        );
        assert_eq!(h.take(), 7);
        drop(h);
        assert_eq!(*log.borrow(), ["n", "m"]);
    }

    #[test]
    fn a_panicking_drop_of_the_rest_drops_the_taken_field_once() {
        struct Bomb;
        impl Drop for Bomb {
            fn drop(&mut self) {
                panic!("bomb");
            }
        }
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut h = moved_field(
            (Noisy("f", log.clone()), Bomb),
            |w| std::ptr::addr_of!(w.0),
            |w| ManuallyDrop::new(w.0),
        );
        let f = h.take();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(h)));
        assert!(r.is_err());
        assert!(log.borrow().is_empty());
        drop(f);
        assert_eq!(*log.borrow(), ["f"]);
    }
}
