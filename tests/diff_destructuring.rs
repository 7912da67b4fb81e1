//! Twins: destructuring assignments (`(a, b) = ..`, `[x, y] = ..`, `S { a, b
//! } = ..`, `P(x, _) = ..`), written as rustc writes them (a `let` of the
//! value to fresh bindings, then one assignment per place, left to right:
//! `destructuring.rs`). Until the tenth session a binding with a home on
//! the left was E0070 (its guard's read is not a place), and an `.await` on
//! the right of a swap, `(a, b) = (b, f().await)`, was E0382 (the moved `b`
//! was carried on); the value's temporaries dropped after the old values.
#![deny(warnings)]
// The old values are dropped unread, as a swap drops them.
#![allow(unused_assignments)]
#[macro_use]
mod support;
use support::*;

/// A borrow of `t` in an awaited operand: gives `t` a home.
pub fn look(t: &Tracked) -> Ready<usize> {
    ready("look", t.name().len())
}
/// A value made from a borrow of a temporary (which drops at the `;`).
pub fn named_after(t: &Tracked) -> Tracked {
    log(format!("named_after {}", t.name()));
    Tracked::new("made")
}
pub struct S {
    pub a: Tracked,
    pub b: Tracked,
}
pub struct P(pub Tracked, pub Tracked);
pub fn trio() -> [Tracked; 3] {
    [Tracked::new("a"), Tracked::new("b"), Tracked::new("c")]
}

twins! {
    fn homed_binding_in_tuple() -> usize {
        let mut b = Tracked::new("b0");
        let n = look(&b).await;
        let m: usize;
        (m, b) = (2, Tracked::new("b1"));
        log("assigned");
        n + m + b.name().len()
    }
    fn homed_binding_awaited_value() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        let n = look(&b).await;
        (a, b) = (b, ready("nb", Tracked::new("b1")).await);
        log("assigned");
        tick("t").await;
        n + a.name().len() + b.name().len()
    }
    fn homed_binding_borrowed_after() -> usize {
        let mut a = Tracked::new("a0");
        let mut k = 0;
        (a, k) = (Tracked::new("a1"), k + 1);
        let n = look(&a).await;
        (k, a) = (k + n, ready("na", Tracked::new("a2")).await);
        look(&a).await + k
    }
    fn swap_with_await_on_right() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        (a, b) = (b, ready("nb", Tracked::new("b1")).await);
        log("assigned");
        tick("t").await;
        a.name().len() + b.name().len()
    }
    fn value_temporaries_drop_before_old_values() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        (a, b) = (named_after(&Tracked::new("tmp")), ready("nb", Tracked::new("b1")).await);
        log("assigned");
        a.name().len() + b.name().len()
    }
    fn array_with_await() -> usize {
        let mut x = Tracked::new("x0");
        let mut y = Tracked::new("y0");
        [x, y] = [ready("nx", Tracked::new("x1")).await, Tracked::new("y1")];
        log("assigned");
        tick("t").await;
        x.name().len() + y.name().len()
    }
    fn struct_shorthand_with_await() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        S { b, a } = S { a: Tracked::new("a1"), b: ready("nb", Tracked::new("b1")).await };
        log("assigned");
        tick("t").await;
        a.name().len() + b.name().len()
    }
    fn tuple_struct_leaves_a_part() -> usize {
        let mut x = Tracked::new("x0");
        P(x, _) = P(ready("nx", Tracked::new("x1")).await, Tracked::new("left"));
        log("assigned");
        tick("t").await;
        x.name().len()
    }
    fn wildcard_first() -> usize {
        let mut x = Tracked::new("x0");
        (_, x) = (Tracked::new("w"), ready("nx", Tracked::new("x1")).await);
        log("assigned");
        tick("t").await;
        x.name().len()
    }
    fn rest_in_tuple() -> usize {
        let mut x = Tracked::new("x0");
        (x, ..) = (Tracked::new("x1"), Tracked::new("y"), ready("z", Tracked::new("z")).await);
        log("assigned");
        tick("t").await;
        x.name().len()
    }
    fn nested_tuples() -> usize {
        let (mut a, mut b, mut c) = (Tracked::new("a0"), Tracked::new("b0"), Tracked::new("c0"));
        ((a, b), c) = ((c, ready("nb", Tracked::new("b1")).await), a);
        log("assigned");
        tick("t").await;
        a.name().len() + b.name().len() + c.name().len()
    }
    fn swap_in_a_loop() -> usize {
        let names = ["n0", "n1", "n2"];
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        for name in names {
            (a, b) = (b, ready("n", Tracked::new(name)).await);
            log(format!("turn {} {}", a.name(), b.name()));
        }
        a.name().len() + b.name().len()
    }
    fn fields_of_a_binding() -> usize {
        let mut s = S { a: Tracked::new("a0"), b: Tracked::new("b0") };
        let mut n = 0;
        (s.b, n) = (ready("nb", Tracked::new("b1")).await, n + 1);
        log("assigned");
        tick("t").await;
        s.a.name().len() + s.b.name().len() + n
    }
    fn fields_of_a_homed_binding() -> usize {
        let mut s = S { a: Tracked::new("a0"), b: Tracked::new("b0") };
        let k = look(&s.a).await;
        (s.a, s.b) = (ready("na", Tracked::new("a1")).await, Tracked::new("b1"));
        log("assigned");
        look(&s.b).await + k + s.a.name().len()
    }
    fn index_places() -> usize {
        let mut v = vec![Tracked::new("v0"), Tracked::new("v1")];
        let mut i = 0;
        [v[i], v[1]] = [Tracked::new("n0"), ready("n1", Tracked::new("n1")).await];
        i += 1;
        log("assigned");
        tick("t").await;
        v[i].name().len() + v.len()
    }
    fn deferred_initialisation() -> usize {
        let x;
        let y: usize;
        (x, y) = (ready("nx", Tracked::new("x")).await, 2);
        tick("t").await;
        x.name().len() + y
    }
    fn await_in_a_closure_free_statement_before() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        (a, b) = (b, a);
        log("swapped");
        tick("t").await;
        a.name().len() + b.name().len()
    }
    fn unit_struct_leaf_left_alone() -> usize {
        let mut a = Tracked::new("a0");
        let k;
        (a, Unit, k) = (ready("na", Tracked::new("a1")).await, Unit, 3usize);
        tick("t").await;
        a.name().len() + k
    }
    fn array_from_awaited_value() -> usize {
        let mut a = Tracked::new("a0");
        let mut c = Tracked::new("c0");
        [a, _, c] = ready("arr", trio()).await;
        tick("t").await;
        a.name().len() + c.name().len()
    }
    fn array_rest_from_awaited_value() -> usize {
        let mut a = Tracked::new("a0");
        [a, ..] = ready("arr", trio()).await;
        tick("t").await;
        a.name().len()
    }
    fn fibonacci_in_while() -> usize {
        let (mut x, mut y) = (0usize, 1usize);
        while x < 20 {
            (x, y) = (y, ready("n", x + y).await);
        }
        x + y
    }
    fn tuple_fields_of_a_homed_binding() -> usize {
        let mut pair = (Tracked::new("p0"), Tracked::new("p1"));
        let n = look(&pair.0).await;
        (pair.1, pair.0) = (Tracked::new("n1"), ready("n0", Tracked::new("n0")).await);
        log("assigned");
        n + look(&pair.1).await
    }
    fn through_references() -> usize {
        let mut a = Tracked::new("a0");
        let mut b = Tracked::new("b0");
        {
            let (ra, rb) = (&mut a, &mut b);
            (*ra, *rb) = (ready("x", Tracked::new("a1")).await, Tracked::new("b1"));
        }
        tick("t").await;
        a.name().len() + b.name().len()
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Unit;

#[test]
fn homed_binding_in_tuple() {
    assert_eq!(assert_twins!(homed_binding_in_tuple()), 6);
}
#[test]
fn homed_binding_awaited_value() {
    assert_eq!(assert_twins!(homed_binding_awaited_value()), 6);
}
#[test]
fn homed_binding_borrowed_after() {
    assert_twins!(homed_binding_borrowed_after());
}
#[test]
fn swap_with_await_on_right() {
    assert_eq!(assert_twins!(swap_with_await_on_right()), 4);
}
#[test]
fn value_temporaries_drop_before_old_values() {
    assert_twins!(value_temporaries_drop_before_old_values());
}
#[test]
fn array_with_await() {
    assert_twins!(array_with_await());
}
#[test]
fn struct_shorthand_with_await() {
    assert_twins!(struct_shorthand_with_await());
}
#[test]
fn tuple_struct_leaves_a_part() {
    assert_twins!(tuple_struct_leaves_a_part());
}
#[test]
fn wildcard_first() {
    assert_twins!(wildcard_first());
}
#[test]
fn rest_in_tuple() {
    assert_twins!(rest_in_tuple());
}
#[test]
fn nested_tuples() {
    assert_twins!(nested_tuples());
}
#[test]
fn swap_in_a_loop() {
    assert_twins!(swap_in_a_loop());
}
#[test]
fn fields_of_a_binding() {
    assert_twins!(fields_of_a_binding());
}
#[test]
fn fields_of_a_homed_binding() {
    assert_twins!(fields_of_a_homed_binding());
}
#[test]
fn index_places() {
    assert_twins!(index_places());
}
#[test]
fn deferred_initialisation() {
    assert_twins!(deferred_initialisation());
}
#[test]
fn await_in_a_closure_free_statement_before() {
    assert_twins!(await_in_a_closure_free_statement_before());
}
#[test]
fn unit_struct_leaf_left_alone() {
    assert_twins!(unit_struct_leaf_left_alone());
}

/// In an `async_for!`'s body (a macro's operand), with a home: the twin is
/// the same loop over a plain iterator.
#[coro::coroutine]
fn counted(n: usize) -> impl coro::AsyncIterator<Item = usize> {
    for i in 0..n {
        tick("gen").await;
        coro::yield_!(i);
    }
}
#[coro::coroutine]
fn in_async_for_body() -> usize {
    let mut lo = Tracked::new("lo0");
    let mut k = 0;
    let n = look(&lo).await;
    coro::async_for!(x in counted(3) {
        (lo, k) = (ready("nlo", Tracked::new("lo1")).await, k + x);
    });
    n + k + lo.name().len()
}
async fn in_plain_for_body() -> usize {
    let mut lo = Tracked::new("lo0");
    let mut k = 0;
    let n = look(&lo).await;
    for x in 0..3 {
        tick("gen").await;
        (lo, k) = (ready("nlo", Tracked::new("lo1")).await, k + x);
    }
    n + k + lo.name().len()
}
#[test]
fn in_async_for_body_twin() {
    assert_eq!(assert_pair!(in_async_for_body(), in_plain_for_body()), 9);
}
#[test]
fn array_from_awaited_value() {
    assert_twins!(array_from_awaited_value());
}
#[test]
fn array_rest_from_awaited_value() {
    assert_twins!(array_rest_from_awaited_value());
}
#[test]
fn fibonacci_in_while() {
    assert_twins!(fibonacci_in_while());
}
#[test]
fn tuple_fields_of_a_homed_binding() {
    assert_twins!(tuple_fields_of_a_homed_binding());
}
#[test]
fn through_references() {
    assert_twins!(through_references());
}
