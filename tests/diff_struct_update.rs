//! Twins: a struct update whose base is a temporary (`S { a: x, ..make()
//! }`, `..f().await`) keeps the fields it lists of the base (those the
//! literal does not take) to the end of the statement, as Rust keeps the
//! base temporary; `lower/struct_update.rs`. They dropped when the literal
//! was built (a literal evaluated before a later `.await` of its
//! statement), or at the next suspension (an awaited base), until the
//! tenth session.
#![deny(warnings)]
#[macro_use]
mod support;
use support::*;

pub struct S {
    pub a: Tracked,
    pub b: Tracked,
}
pub fn s2() -> S {
    S {
        a: Tracked::new("old_a"),
        b: Tracked::new("b"),
    }
}
pub fn s_of(n: usize) -> S {
    log(format!("s_of {n}"));
    s2()
}
pub fn take_s(s: S, n: usize) -> usize {
    log(format!("take_s {} {} {n}", s.a.name(), s.b.name()));
    n
}
pub struct S3 {
    pub a: Tracked,
    pub n: usize,
    pub c: Tracked,
}
pub fn s3() -> S3 {
    S3 {
        a: Tracked::new("old_a"),
        n: 1,
        c: Tracked::new("c"),
    }
}
pub struct W<T> {
    pub a: T,
    pub b: Tracked,
}
pub fn w_of<T>(a: T) -> W<T> {
    W {
        a,
        b: Tracked::new("wb"),
    }
}
pub struct P(pub Tracked, pub Tracked);
pub fn p2() -> P {
    P(Tracked::new("p0"), Tracked::new("p1"))
}
#[derive(Default)]
pub struct Config {
    pub name: String,
    pub retries: usize,
    pub guard: Option<Tracked>,
}

twins! {
    fn literal_before_later_await() -> usize {
        let n = take_s(S { a: Tracked::new("new"), ..s2() }, ready("s", 1).await);
        log("after");
        n
    }
    fn literal_in_tuple_before_later_await() -> usize {
        let (s, u) = (S { a: Tracked::new("new"), ..s2() }, ready("s", Tracked::new("u")).await);
        log("after");
        tick("t").await;
        s.a.name().len() + u.name().len()
    }
    fn awaited_base() -> usize {
        let s = S { a: Tracked::new("new"), ..ready("r", s2()).await };
        log("after");
        tick("t").await;
        s.a.name().len() + s.b.name().len()
    }
    fn awaited_base_before_later_await() -> usize {
        let n = take_s(S { a: Tracked::new("new"), ..ready("r", s2()).await }, ready("s", 2).await);
        log("after");
        n
    }
    fn base_awaiting_inside() -> usize {
        let s = S { a: Tracked::new("new"), ..s_of(ready("r", 3).await) };
        log("after");
        s.b.name().len()
    }
    fn awaited_field_then_base_before_later_await() -> usize {
        let n = take_s(S { a: ready("r", Tracked::new("new")).await, ..s2() }, ready("s", 1).await);
        log("after");
        n
    }
    fn awaited_field_then_base_last() -> usize {
        let n = take_s(S { a: ready("r", Tracked::new("new")).await, ..s2() }, 4);
        log("after");
        n
    }
    fn copy_and_tracked_fields_left() -> usize {
        let s = S3 { a: Tracked::new("new"), n: 5, ..s3() };
        let t = (S3 { n: 6, a: Tracked::new("new2"), ..s3() }, ready("s", 1).await);
        log("after");
        s.n + t.0.n + t.1 + s.c.name().len()
    }
    fn literal_as_receiver_before_later_await() -> usize {
        let n = S { a: Tracked::new("new"), ..s2() }.b.name().len() + ready("s", 1).await;
        log("after");
        n
    }
    fn default_base_before_later_await() -> usize {
        let c = (Config { retries: 3, guard: Some(Tracked::new("g")), ..Default::default() }, ready("s", 1).await);
        log("after");
        c.0.retries + c.1 + c.0.name.len()
    }
    fn base_bound_first_with_two_listed_fields() -> usize {
        let base = s3();
        let t = (S3 { c: Tracked::new("new_c"), a: Tracked::new("new_a"), ..base }, ready("s", 1).await);
        log("after");
        tick("t").await;
        t.0.n + t.1
    }
    fn literal_nested_in_a_call_before_later_await() -> usize {
        let n = take_s(S { a: Tracked::new("new"), ..s2() }, 1) + ready("s", 1).await;
        log("after");
        n
    }
    fn generic_struct_before_later_await() -> usize {
        let w = (W { a: Tracked::new("new"), ..w_of(Tracked::new("old")) }, ready("s", 1).await);
        log("after");
        w.0.b.name().len() + w.1
    }
    fn tuple_struct_before_later_await() -> usize {
        let p = (P { 1: Tracked::new("new"), ..p2() }, ready("s", 1).await);
        log("after");
        p.0 .0.name().len() + p.1
    }
    fn shorthand_field_before_later_await() -> usize {
        let a = Tracked::new("mine");
        let s = (S { a, ..s2() }, ready("s", 1).await);
        log("after");
        s.0.a.name().len()
    }
    fn awaited_base_in_match_scrutinee() -> usize {
        let n = match (S { a: Tracked::new("new"), ..ready("r", s2()).await }) {
            S { a, b } => a.name().len() + b.name().len(),
        };
        log("after");
        n
    }
    // Found by the generator: the literal lost its parentheses in the
    // scrutinee (`match S { .. } {`, a parse error).
    fn literal_as_scrutinee_with_an_awaiting_arm(c: bool) -> usize {
        let n = match (S { a: Tracked::new("new"), ..s2() }) {
            S { a, b: ref r } => {
                if c {
                    tick("t").await;
                }
                a.name().len() + r.name().len()
            }
        };
        log("after");
        n
    }
    fn literal_before_await_in_condition() -> usize {
        if take_s(S { a: Tracked::new("new"), ..s2() }, 0) == 0 && ready("s", true).await {
            log("then");
        }
        log("after");
        1
    }
    fn awaited_base_in_loop() -> usize {
        let mut n = 0;
        for i in 0..2 {
            let s = S { a: Tracked::new("new"), ..ready("r", s_of(i)).await };
            n += s.b.name().len();
            log("turn");
        }
        n
    }
}

#[test]
fn literal_before_later_await() {
    assert_twins!(literal_before_later_await());
}
#[test]
fn literal_in_tuple_before_later_await() {
    assert_twins!(literal_in_tuple_before_later_await());
}
#[test]
fn awaited_base() {
    assert_twins!(awaited_base());
}
#[test]
fn awaited_base_before_later_await() {
    assert_twins!(awaited_base_before_later_await());
}
#[test]
fn base_awaiting_inside() {
    assert_twins!(base_awaiting_inside());
}
#[test]
fn awaited_field_then_base_before_later_await() {
    assert_twins!(awaited_field_then_base_before_later_await());
}
#[test]
fn awaited_field_then_base_last() {
    assert_twins!(awaited_field_then_base_last());
}
#[test]
fn copy_and_tracked_fields_left() {
    assert_twins!(copy_and_tracked_fields_left());
}
#[test]
fn literal_as_receiver_before_later_await() {
    assert_twins!(literal_as_receiver_before_later_await());
}
#[test]
fn default_base_before_later_await() {
    assert_twins!(default_base_before_later_await());
}
#[test]
fn base_bound_first_with_two_listed_fields() {
    assert_twins!(base_bound_first_with_two_listed_fields());
}
#[test]
fn literal_nested_in_a_call_before_later_await() {
    assert_twins!(literal_nested_in_a_call_before_later_await());
}
#[test]
fn generic_struct_before_later_await() {
    assert_twins!(generic_struct_before_later_await());
}
#[test]
fn tuple_struct_before_later_await() {
    assert_twins!(tuple_struct_before_later_await());
}
#[test]
fn shorthand_field_before_later_await() {
    assert_twins!(shorthand_field_before_later_await());
}
#[test]
fn awaited_base_in_match_scrutinee() {
    assert_twins!(awaited_base_in_match_scrutinee());
}
#[test]
fn literal_as_scrutinee_with_an_awaiting_arm() {
    assert_twins!(literal_as_scrutinee_with_an_awaiting_arm(true));
    assert_twins!(literal_as_scrutinee_with_an_awaiting_arm(false));
}
#[test]
fn literal_before_await_in_condition() {
    assert_twins!(literal_before_await_in_condition());
}
#[test]
fn awaited_base_in_loop() {
    assert_twins!(awaited_base_in_loop());
}
