//! Differential tests: values that an awaitable or a `for` head borrows
//! across an `.await` of their statement, of the forms the binder of
//! `borrowed_temps.rs` did not list until the eleventh session (it took
//! them to make temporaries of their own and left them unbound: E0716
//! "temporary value dropped while borrowed" or E0505 at the attribute).
//! Found by adversarial programs (`fidelity/repro/adv6/min_*`).
#[macro_use]
mod support;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use support::*;

/// Ready after one suspension with `measure` of the value it borrows,
/// which it reads at each poll (so it holds the borrow across the
/// suspension). Both an `Awaitable` and a `Future`.
pub struct Held<'a, T: ?Sized> {
    value: &'a mut T,
    measure: fn(&mut T) -> i64,
    pending: bool,
}

pub fn held<T: ?Sized>(value: &mut T, measure: fn(&mut T) -> i64) -> Held<'_, T> {
    Held {
        value,
        measure,
        pending: true,
    }
}

/// The same over a shared borrow.
pub fn seen<T: ?Sized>(value: &T, measure: fn(&T) -> i64) -> Seen<'_, T> {
    Seen {
        value,
        measure,
        pending: true,
    }
}

pub struct Seen<'a, T: ?Sized> {
    value: &'a T,
    measure: fn(&T) -> i64,
    pending: bool,
}

impl<T: ?Sized> Held<'_, T> {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<i64> {
        let m = (self.measure)(self.value);
        log(format!("held {m}"));
        if std::mem::take(&mut self.pending) {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(m)
    }
}

impl<T: ?Sized> Seen<'_, T> {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<i64> {
        let m = (self.measure)(self.value);
        log(format!("seen {m}"));
        if std::mem::take(&mut self.pending) {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(m)
    }
}

macro_rules! both_ways {
    ($ty:ident) => {
        impl<T: ?Sized> Unpin for $ty<'_, T> {}
        impl<T: ?Sized> coro::Awaitable for $ty<'_, T> {
            type Output = i64;
            fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
                self.get_mut().step(cx)
            }
        }
        impl<T: ?Sized> Future for $ty<'_, T> {
            type Output = i64;
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
                self.get_mut().step(cx)
            }
        }
    };
}
both_ways!(Held);
both_ways!(Seen);

fn total<const N: usize>(s: &[i64; N]) -> i64 {
    s.iter().sum()
}

fn fill<const N: usize>(buf: &mut [u8; N]) -> i64 {
    for (i, b) in buf.iter_mut().enumerate() {
        *b = i as u8 + 7;
    }
    buf.iter().map(|&b| i64::from(b)).sum()
}

fn span(r: &std::ops::Range<i64>) -> i64 {
    r.end - r.start
}

/// Negates by value, logging (a user `Neg`).
pub struct W(i64);
impl std::ops::Neg for W {
    type Output = W;
    fn neg(self) -> W {
        log(format!("neg {}", self.0));
        W(-self.0)
    }
}

fn weight(w: &W) -> i64 {
    w.0
}

twins! {
    fn repeat_in_a_for_head(n: i64) -> i64 {
        let mut s = 0;
        for x in [n; 3].iter() {
            s += ready("x", *x).await;
        }
        s
    }
    fn repeat_borrowed_by_the_awaitable(n: i64) -> i64 {
        let a = seen(&[n; 2], total).await;
        a + seen(&[n + 1, n], total).await
    }
    fn buffer_of_literals_borrowed_mutably() -> i64 {
        let a = held(&mut [0u8, 0], fill).await;
        a + held(&mut [0u8; 4], fill).await
    }
    fn range_borrowed_by_the_awaitable(n: i64) -> i64 {
        let a = seen(&(0..n), span).await;
        a + seen(&(n..n + 2), span).await
    }
    fn negation_borrowed_by_the_awaitable(n: i64) -> i64 {
        seen(&-W(n), weight).await
    }
}

#[test]
fn repeat_in_a_for_head() {
    assert_eq!(assert_twins!(repeat_in_a_for_head(2)), 6);
}

#[test]
fn repeat_borrowed_by_the_awaitable() {
    assert_eq!(assert_twins!(repeat_borrowed_by_the_awaitable(2)), 9);
}

#[test]
fn buffer_of_literals_borrowed_mutably() {
    assert_eq!(
        assert_twins!(buffer_of_literals_borrowed_mutably()),
        15 + 7 + 8 + 9 + 10
    );
}

#[test]
fn range_borrowed_by_the_awaitable() {
    assert_eq!(assert_twins!(range_borrowed_by_the_awaitable(5)), 7);
}

#[test]
fn negation_borrowed_by_the_awaitable() {
    assert_eq!(assert_twins!(negation_borrowed_by_the_awaitable(4)), -4);
}

/// A binding that holds a borrow, moved into an awaitable (`let r = &t;
/// seen(r, ..).await` with `r` not used after it): the borrowed binding
/// must stay put across the suspension. It got no home (the borrow's
/// holder was dead after the call), so E0597/E0505 at the attribute until
/// the eleventh session (adversarial programs,
/// `fidelity/repro/adv7/min_ref_binding_moved_into_awaitable.rs`).
mod holders_moved_into_the_awaitable {
    use super::*;

    fn name_len(t: &Tracked) -> i64 {
        t.name().len() as i64
    }

    // A `&Vec`: the awaitable's measure takes what the binding borrows.
    #[allow(clippy::ptr_arg)]
    fn first_len(v: &Vec<Tracked>) -> i64 {
        v.first().map_or(0, |t| t.name().len() as i64)
    }

    pub struct View<'a> {
        items: &'a Vec<Tracked>,
    }

    fn view_len(v: &View<'_>) -> i64 {
        v.items.len() as i64
    }

    twins! {
        fn reference_binding() -> i64 {
            let t = Tracked::new("held");
            let r = &t;
            let n = seen(r, name_len).await;
            tick("t").await;
            n
        }
        fn reference_to_a_vector_in_a_loop() -> i64 {
            let v = vec![Tracked::new("a"), Tracked::new("bb")];
            let mut n = 0;
            for _ in 0..2 {
                let r = &v;
                n += seen(r, first_len).await;
            }
            n
        }
        fn struct_of_references() -> i64 {
            let items = vec![Tracked::new("x")];
            let view = View { items: &items };
            let v = &view;
            seen(v, view_len).await
        }
    }

    #[test]
    fn reference_binding() {
        assert_eq!(assert_twins!(reference_binding()), 4);
    }

    #[test]
    fn reference_to_a_vector_in_a_loop() {
        assert_eq!(assert_twins!(reference_to_a_vector_in_a_loop()), 2);
    }

    #[test]
    fn struct_of_references() {
        assert_eq!(assert_twins!(struct_of_references()), 1);
    }
}

/// An `if` / `else if` condition whose awaitable borrows a temporary
/// (`if seen(&Tracked::new("c"), f).await > 4`): Rust drops the temporary
/// when the condition is evaluated, before the branch. The condition is
/// made a block whose `let` binds it (E0505 until the twelfth session:
/// the machine cannot hold a temporary beside the awaitable borrowing it;
/// adversarial round 8, `min_if_condition_awaitable_borrows_temp`).
mod conditions_borrowing_temporaries {
    use super::*;

    fn name_len(t: &Tracked) -> i64 {
        t.name().len() as i64
    }

    twins! {
        fn if_else_if_chain(k: i64) -> i64 {
            let mut n = 0;
            for i in 0..k {
                if seen(&Tracked::new("cond"), name_len).await + i > 6 {
                    n += 1;
                } else if seen(&Tracked::new("elif"), name_len).await + i > 5 {
                    tick("elif").await;
                    n += 10;
                } else {
                    tick("else").await;
                    n += 100;
                }
            }
            n
        }
        fn condition_of_a_let(k: i64) -> i64 {
            let kept = Tracked::new("kept");
            let m = if seen(&Tracked::new("c"), name_len).await > k { 1 } else { 2 };
            tick("after").await;
            m + kept.name().len() as i64
        }
    }

    #[test]
    fn temporaries_drop_before_the_branch() {
        assert_eq!(assert_twins!(if_else_if_chain(4)), 211);
        assert_eq!(assert_twins!(condition_of_a_let(0)), 5);
        assert_eq!(assert_twins!(condition_of_a_let(3)), 6);
    }
}
