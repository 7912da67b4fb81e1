//! Review twins (ninth session): fields of awaited values and temporaries
//! (`lower/fields.rs`, `coro::__private::moved_field`), the values
//! `borrowed_temps.rs` binds before a statement (`leading_values`), the
//! `while let` join and the `let r = &f().await.0;` split; run under Miri
//! too (`cargo +nightly miri test --test review_fields`).
//!
//! Bugs pinned here: `place_read_before_*` (fixed: a place read by value
//! before a later operand that changes it read the new value), the packed
//! field (fixed: E0793, a silent drop difference before),
//! `operand_before_*` and `awaited_field_of_temporary_in_call` (fixed: a
//! statement temporary made after an earlier operand's value dropped before
//! it on cancellation; and on unwinding, `operand_before_*_panics*`, fixed
//! in the tenth session by `lower/temp_scope.rs`), `struct_update_*`
//! (fixed in the tenth session, `lower/struct_update.rs`).
//!
//! Valid programs still refused (compile errors, so no twins here):
//! `apply(|s| s.len(), name("x").trim().len(), ready("s", 1).await)` is
//! E0282 (the closure is bound to a `let` of its own, away from the
//! signature that types it; the lowering's operand hoisting does the same);
//! `format!("{:?} {}", ready("r", pair(..)).await.0, ready("s", 1).await)`
//! and `ready("r", (vec![..], t)).await.0[ready("i", 1).await]` are E0382
//! (a silent drop difference before 652ade2);
//! `ready("r", &mut p).await.0.push(ready("s", t).await)` is E0507; `let
//! Some(r) = &ready("r", (Some(t), u)).await.0 else { .. }; tick().await;`
//! using `r` is E0505/E0716 naming the state (the split is for a `let`
//! without `else`).
#![deny(warnings)]
#[macro_use]
mod support;
#[allow(unused_imports)]
use std::rc::Rc;
use support::*;

pub fn pair(l: &'static str, r: &'static str) -> (Tracked, Tracked) {
    (Tracked::new(l), Tracked::new(r))
}
pub fn take(t: Tracked, u: Tracked) -> usize {
    log(format!("take {} {}", t.name(), u.name()));
    t.name().len() + u.name().len()
}
pub fn take1(t: Tracked, n: usize) -> usize {
    log(format!("take1 {} {n}", t.name()));
    t.name().len() + n
}
pub fn name(s: &'static str) -> String {
    log(format!("name {s}"));
    format!(" {s} ")
}
pub fn bump(n: &mut usize) -> usize {
    *n += 1;
    *n
}
pub fn g3(a: usize, b: usize, c: usize) -> usize {
    log(format!("g3 {a} {b} {c}"));
    a * 100 + b * 10 + c
}

/// Logs its drop; derefs to a pair.
pub struct Wrap {
    pub inner: (u8, Tracked),
    pub tag: &'static str,
}
pub fn wrap(n: u8, t: &'static str) -> Wrap {
    Wrap {
        inner: (n, Tracked::new(t)),
        tag: "w",
    }
}
impl Drop for Wrap {
    fn drop(&mut self) {
        log(format!("drop wrap {}", self.tag));
    }
}
impl std::ops::Deref for Wrap {
    type Target = (u8, Tracked);
    fn deref(&self) -> &(u8, Tracked) {
        log("deref");
        &self.inner
    }
}

pub struct Bomb;
impl Drop for Bomb {
    fn drop(&mut self) {
        log("bomb");
        panic!("bomb");
    }
}

pub fn apply(f: impl Fn(&str) -> usize, a: usize, b: usize) -> usize {
    f("abc") + a + b
}
pub fn pick(n: usize, v: &[usize]) -> &[usize] {
    log(format!("pick {n}"));
    v
}
pub fn mk(n: &mut usize) -> Vec<usize> {
    *n += 1;
    vec![*n]
}
#[repr(C, packed)]
pub struct Packed {
    pub tag: u8,
    pub a: u32,
    pub t: Tracked,
}
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

pub fn with_ref<T>(_r: &Tracked, v: T) -> T {
    v
}
pub fn take2(t: Tracked, a: usize, b: usize) -> usize {
    log(format!("take2 {} {a} {b}", t.name()));
    a + b
}

pub fn boom() -> usize {
    panic!("boom")
}
pub trait Inc {
    fn inc(&mut self) -> usize;
}
impl Inc for usize {
    fn inc(&mut self) -> usize {
        *self += 1;
        *self
    }
}
pub trait IncLen {
    fn inc_len(&mut self, k: usize) -> usize;
}
impl IncLen for Vec<usize> {
    fn inc_len(&mut self, k: usize) -> usize {
        self.push(k);
        self.len()
    }
}
pub fn drop_it<T>(t: T, n: usize) -> usize {
    drop(t);
    log("dropped");
    n
}
pub fn next_some(k: &mut usize) -> Option<Tracked> {
    *k += 1;
    if *k <= 2 {
        Some(Tracked::new("s"))
    } else {
        None
    }
}
pub fn ok_if(m: usize) -> Result<usize, String> {
    if m > 0 { Ok(m) } else { Err(format!("no {m}")) }
}
twins! {
    fn nested_box_field() -> usize {
        let n = take(
            ready("r", (Tracked::new("a"), Box::new((Tracked::new("b"), Tracked::new("c"))))).await.1.0,
            ready("s", Tracked::new("u")).await,
        );
        log("after");
        tick("t").await;
        n
    }
    fn copy_field_through_deref() -> usize {
        let n = ready("r", wrap(7, "in")).await.0 as usize + ready("s", 1).await;
        log("after");
        tick("t").await;
        n
    }
    fn copy_field_through_rc() -> usize {
        let n = ready("r", Rc::new((7usize, Tracked::new("in")))).await.0 + ready("s", 1).await;
        log("after");
        n
    }
    fn borrowed_field_through_deref() -> usize {
        let n = ready("r", wrap(7, "in")).await.1.name().len() + ready("s", 1).await;
        log("after");
        n
    }
    fn bomb_rest() -> usize {
        let n = take1(ready("r", (Tracked::new("a"), Bomb)).await.0, ready("s", 1).await);
        log("after");
        n
    }
    fn bomb_rest_of_temporary() -> usize {
        let n = take1((Tracked::new("a"), Bomb).0, ready("s", 1).await);
        log("after");
        n
    }
    fn field_in_tuple_literal() -> usize {
        let (a, b) = (ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await);
        log("after");
        tick("t").await;
        a.name().len() + b.name().len()
    }
    fn field_in_array_literal() -> usize {
        let v = [ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await];
        log("after");
        tick("t").await;
        v.len()
    }
    fn field_in_vec_macro() -> usize {
        let v = vec![ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await];
        log("after");
        tick("t").await;
        v.len()
    }
    fn field_in_assert_eq() -> usize {
        assert_eq!(ready("r", (5usize, Tracked::new("rest"))).await.0, ready("s", 5).await);
        log("after");
        1
    }
    fn field_with_try() -> Result<usize, String> {
        let _local = Tracked::new("local");
        let n = ready("r", (Err::<usize, String>("e".into()), Tracked::new("rest"))).await.0? + ready("s", 1).await;
        log("after");
        Ok(n)
    }
    fn field_in_break_value() -> usize {
        let mut k = 0;
        let n = loop {
            k += 1;
            if k < 2 {
                continue;
            }
            break take(ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await);
        };
        log("after");
        n
    }
    fn field_in_return() -> usize {
        let _local = Tracked::new("local");
        return take(ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await);
    }
    fn field_in_let_else() -> usize {
        let Some(t) = ready("r", (None::<Tracked>, Tracked::new("rest"))).await.0 else {
            log("else");
            tick("e").await;
            return 0;
        };
        t.name().len()
    }
    fn field_in_let_else_some() -> usize {
        let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 else {
            log("else");
            tick("e").await;
            return 0;
        };
        log("after");
        tick("t").await;
        t.name().len()
    }
    fn while_let_continue_break() -> usize {
        let mut k = 0;
        while let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
            k += 1;
            if k == 1 {
                log("continue");
                continue;
            }
            tick("body").await;
            if k == 3 {
                log(format!("break {}", t.name()));
                break;
            }
        }
        k
    }
    fn while_let_borrowed_field_continue() -> usize {
        let mut k = 0;
        while let Some(t) = &ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
            k += 1;
            if k == 1 {
                continue;
            }
            tick("body").await;
            if k == 3 {
                log(format!("break {}", t.name()));
                break;
            }
        }
        k
    }
    fn match_on_borrowed_field_awaiting_arm() -> usize {
        match &ready("r", pair("a", "rest")).await.0 {
            t => {
                tick("arm").await;
                t.name().len()
            }
        }
    }
    fn if_let_borrowed_field_else_awaits() -> usize {
        if let Some(t) = &ready("r", (None::<Tracked>, Tracked::new("rest"))).await.0 {
            t.name().len()
        } else {
            log("else");
            tick("e").await;
            0
        }
    }
    fn for_over_borrowed_field() -> usize {
        let mut n = 0;
        for t in ready("r", (vec![Tracked::new("i0"), Tracked::new("i1")], Tracked::new("rest"))).await.0.iter() {
            tick("body").await;
            n += t.name().len();
        }
        log("after");
        n
    }
    fn compound_assign_field() -> usize {
        let mut n = 1;
        n += ready("r", (Tracked::new("rest"), 5usize)).await.1 + ready("s", 1).await;
        log("after");
        n
    }
    fn place_read_before_bump() -> usize {
        let mut n = 0;
        let r = g3(n, bump(&mut n), name("x").trim().len() + ready("s", 1).await);
        log("after");
        r
    }
    fn place_read_before_bump_binary() -> usize {
        let mut n = 0;
        let r = n + bump(&mut n) * 10 + name("x").trim().len() * 100 + ready("s", 1).await;
        log("after");
        r
    }
    fn field_of_awaited_mut_ref() -> usize {
        let mut p = (3usize, Tracked::new("p"));
        let n = ready("r", &mut p).await.0 + ready("s", 1).await;
        let m = ready("r2", &mut p).await.1.name().len() + ready("s2", 1).await;
        log("after");
        n + m
    }
    fn extended_field_through_deref_unused() -> usize {
        let _r = &wrap(7, "in").1;
        log("after let");
        tick("t").await;
        1
    }
    fn extended_awaited_field_through_deref_unused() -> usize {
        let _r = &ready("r", wrap(7, "in")).await.1;
        log("after let");
        tick("t").await;
        1
    }

    fn into_before_made_from_temporary() -> usize {
        let x: u8 = 1;
        let r = g3(x.into(), name("x").trim().len(), ready("s", 1).await);
        r
    }
    fn packed_field_before_a_later_await() -> usize {
        let n = ready("r", Packed { tag: 1, a: 5, t: Tracked::new("rest") }).await.a as usize + ready("s", 1).await;
        log("after");
        n
    }
    fn for_head_place_before_bump() -> usize {
        let mut n = 0;
        let mut t = 0;
        for x in pick(n, &mk(&mut n)).iter() {
            tick("b").await;
            t += x;
        }
        t + n * 10
    }
    fn struct_update_from_awaited() -> usize {
        let s = S { a: Tracked::new("new"), ..ready("r", s2()).await };
        log("after");
        tick("t").await;
        s.a.name().len() + s.b.name().len()
    }
    fn struct_update_before_later_await() -> usize {
        let (s, u) = (S { a: Tracked::new("new"), ..s2() }, ready("s", Tracked::new("u")).await);
        log("after");
        tick("t").await;
        s.a.name().len() + u.name().len()
    }
    fn awaited_field_of_awaited() -> usize {
        let n = ready("r", (ready("in", 5usize), Tracked::new("rest"))).await.0.await;
        log("after");
        n
    }
    fn awaited_field_of_temporary() -> usize {
        let n = (ready("in", 5usize), Tracked::new("rest")).0.await;
        log("after");
        n
    }
    fn awaited_field_of_temporary_in_call() -> usize {
        let n = take1(Tracked::new("x"), (ready("in", 5usize), Tracked::new("rest")).0.await);
        log("after");
        n
    }
    fn assign_to_field_of_awaited_mut() -> usize {
        let mut p = (Tracked::new("p0"), 1usize);
        ready("r", &mut p).await.0 = Tracked::new("p1");
        log("after");
        tick("t").await;
        p.0.name().len() + p.1
    }
    fn copy_field_through_deref_nested() -> usize {
        let n = ready("r", (wrap(7, "in"), Tracked::new("rest"))).await.0.0 as usize + ready("s", 1).await;
        log("after");
        n
    }
    fn field_callee() -> usize {
        let n = (ready("r", (|x: usize| x + 1, Tracked::new("rest"))).await.0)(ready("s", 1).await);
        log("after");
        n
    }
    fn field_in_format_display() -> usize {
        let s = format!("{} {}", ready("r", (5usize, Tracked::new("rest"))).await.0, ready("s", 1).await);
        log("after");
        s.len()
    }
    fn match_field_guard() -> usize {
        match ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
            Some(t) if t.name().len() > 5 => 0,
            Some(t) => {
                tick("arm").await;
                t.name().len()
            }
            None => 1,
        }
    }

    fn operand_before_moved_field_holder() -> usize {
        let n = take1(Tracked::new("x"), ready("r", (5usize, Tracked::new("rest"))).await.0 + ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_moved_field_holder_non_copy() -> usize {
        let n = take2(Tracked::new("x"), take1(ready("r", pair("f", "rest")).await.0, 1), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_moved_field_of_temporary() -> usize {
        let n = take2(Tracked::new("x"), take1(pair("f", "rest").0, 1), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_borrowed_field_holder() -> usize {
        let n = take2(Tracked::new("x"), ready("r", pair("f", "rest")).await.0.name().len(), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_borrowed_temporary() -> usize {
        let n = take1(Tracked::new("x"), with_ref(&Tracked::new("rest"), ready("in", 5usize)).await);
        log("after");
        n
    }
    fn place_read_before_bump_plain() -> usize {
        let mut n = 0;
        let r = g3(n, bump(&mut n), ready("s", 1).await);
        log("after");
        r
    }

    fn operand_before_receiver_temporary() -> usize {
        let n = take2(Tracked::new("x"), Tracked::new("rest").name().len(), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_moved_field_holder_panics() -> usize {
        let n = take2(Tracked::new("x"), ready("r", pair("f", "rest")).await.0.name().len() + boom(), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_borrowed_field_panics() -> usize {
        let n = take2(Tracked::new("x"), ready("r", pair("f", "rest")).await.0.name().len(), boom() + ready("s", 1).await);
        log("after");
        n
    }

    fn operand_before_comparison_temporary() -> usize {
        let n = take2(Tracked::new("x"), usize::from(Tracked::new("rest").name() == "rest"), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_moved_field_holder_panics_in_segment() -> usize {
        let n = take2(Tracked::new("x"), take1(pair("f", "rest").0, 1) + boom(), ready("s", 1).await);
        log("after");
        n
    }
    fn operand_before_comparison_temporary_panics_in_segment() -> usize {
        let n = take2(Tracked::new("x"), usize::from(Tracked::new("rest").name() == "rest") + boom(), ready("s", 1).await);
        log("after");
        n
    }
    fn temporary_after_resumed_operand_panics() -> usize {
        let n = take2(Tracked::new("x"), ready("s", 1).await, Tracked::new("rest").name().len() + boom());
        log("after");
        n
    }
    fn temporary_after_resumed_operand_panics_before_await() -> usize {
        let n = take2(Tracked::new("x"), ready("s", 1).await, Tracked::new("rest").name().len() + boom() + ready("u", 2).await);
        log("after");
        n
    }
    fn condition_temporary_after_operand_panics() -> usize {
        let t = Tracked::new("t");
        let n = if t.name().len() > 0 && take2(Tracked::new("x"), Tracked::new("c").name().len() + boom(), ready("s", 1).await) > 0 { 1 } else { 2 };
        log("after");
        n
    }

    fn place_read_before_method_bump() -> usize {
        let mut n = 0;
        let r = g3(n, n.inc(), ready("s", 1).await);
        log("after");
        r
    }
    fn place_read_before_method_bump_made_from_temporary() -> usize {
        let mut n = 0;
        let r = g3(n, n.inc(), name("x").trim().len() + ready("s", 1).await);
        log("after");
        r
    }
    fn place_read_before_awaitable_bump() -> usize {
        let mut n = 0;
        let r = g3(n, 5, with_ref(&Tracked::new(if bump(&mut n) > 0 { "t" } else { "f" }), ready("s", 1)).await);
        log("after");
        r
    }
    fn receiver_before_bump() -> usize {
        let mut v = vec![1usize];
        let r = g3(v.len(), v.inc_len(name("x").trim().len()), ready("s", 1).await);
        log("after");
        r + v.len()
    }

    fn let_else_extended_field_none() -> usize {
        let Some(r) = &ready("r", (None::<Tracked>, Tracked::new("rest"))).await.0 else {
            log("else");
            tick("e").await;
            return 0;
        };
        log("after");
        r.name().len()
    }
    fn generic_field<T>(v: T) -> usize {
        let n = drop_it(ready("r", (v, Tracked::new("rest"))).await.0, ready("s", 1).await);
        log("after");
        n
    }
    fn labelled_continue_from_inner_loop() -> usize {
        let mut k = 0;
        'outer: while let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
            k += 1;
            for i in 0..3 {
                tick("in").await;
                if i == 1 && k < 3 {
                    log(format!("continue {}", t.name()));
                    continue 'outer;
                }
            }
            break;
        }
        k
    }
    fn while_let_field_of_temporary_return() -> usize {
        let mut k = 0;
        while let Some(t) = (Some(Tracked::new("s")), Tracked::new("rest")).0 {
            k += 1;
            tick("body").await;
            if k == 2 {
                log(format!("return {}", t.name()));
                return k;
            }
        }
        0
    }
    fn extended_in_loop() -> usize {
        let mut n = 0;
        for i in 0..2 {
            let r = &ready("r", pair("a", "rest")).await.0;
            if i == 0 {
                continue;
            }
            tick("t").await;
            n += r.name().len();
        }
        n
    }
    fn extended_mut_field() -> usize {
        let r = &mut ready("r", (vec![Tracked::new("v0")], Tracked::new("rest"))).await.0;
        r.push(Tracked::new("v1"));
        tick("t").await;
        r.len()
    }
    fn field_of_awaited_in_closure_arg() -> usize {
        let f = |t: Tracked| t.name().len();
        let n = f(ready("r", pair("a", "rest")).await.1) + ready("s", 1).await;
        log("after");
        n
    }
    fn field_in_match_with_awaiting_guard() -> usize {
        match ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
            Some(t) if ready("g", t.name().len()).await > 5 => 0,
            Some(t) => t.name().len(),
            None => 1,
        }
    }
    fn field_in_tail_with_local() -> usize {
        let _l = Tracked::new("local");
        take(ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await)
    }
    fn field_in_if_branch_tail() -> usize {
        let c = true;
        let n = take(if c { ready("r", pair("a", "rest")).await.1 } else { Tracked::new("e") }, Tracked::new("later"));
        log("after");
        tick("t").await;
        n
    }
    fn field_in_if_branch_tail_before_await() -> usize {
        let c = true;
        let n = take(if c { ready("r", pair("a", "rest")).await.1 } else { Tracked::new("e") }, ready("s", Tracked::new("later")).await);
        log("after");
        n
    }
    fn field_in_block_operand() -> usize {
        let n = take({ let k = Tracked::new("k"); log(k.name()); ready("r", pair("a", "rest")).await.1 }, ready("s", Tracked::new("u")).await);
        log("after");
        n
    }

    fn field_left_of_and() -> usize {
        let b = ready("r", (true, Tracked::new("rest"))).await.0 && ready("s", true).await;
        log("after");
        usize::from(b)
    }
    fn field_left_of_and_in_if() -> usize {
        if ready("r", (true, Tracked::new("rest"))).await.0 && ready("s", true).await {
            log("then");
        }
        log("after");
        1
    }
    fn temporary_field_left_of_or() -> usize {
        let b = (false, Tracked::new("rest")).0 || ready("s", true).await;
        log("after");
        usize::from(b)
    }
    fn borrowed_field_left_of_and() -> usize {
        let b = ready("r", pair("a", "rest")).await.0.name().len() == 1 && ready("s", true).await;
        log("after");
        usize::from(b)
    }
    fn copy_field_receiver_before_await() -> usize {
        let n = ready("r", (5usize, 6usize)).await.0.pow(2) + ready("s", 1).await;
        log("after");
        n
    }

    fn while_let_field_exits_by_mismatch() -> usize {
        let mut k = 0;
        while let Some(t) = ready("r", (next_some(&mut k), Tracked::new("rest"))).await.0 {
            tick("body").await;
            log(format!("got {}", t.name()));
        }
        log("after");
        k
    }
    fn while_let_temporary_field_exits_by_mismatch() -> usize {
        let mut k = 0;
        while let Some(t) = (next_some(&mut k), Tracked::new("rest")).0 {
            tick("body").await;
            log(format!("got {}", t.name()));
        }
        log("after");
        k
    }
    fn while_let_field_break_labelled_block() -> usize {
        let mut k = 0;
        'a: {
            while let Some(t) = ready("r", (next_some(&mut k), Tracked::new("rest"))).await.0 {
                tick("body").await;
                if k == 2 {
                    log(format!("break {}", t.name()));
                    break 'a;
                }
            }
            log("not here");
        }
        log("after");
        k
    }
    fn while_let_field_try() -> Result<usize, String> {
        let mut k = 0;
        while let Some(t) = ready("r", (next_some(&mut k), Tracked::new("rest"))).await.0 {
            tick("body").await;
            ok_if(2 - k.min(2))?;
            log(format!("got {}", t.name()));
        }
        Ok(k)
    }
    fn extended_field_in_tuple_literal() -> usize {
        let _l = Tracked::new("l");
        let t = (&ready("r", pair("a", "rest")).await.0, 5usize);
        let _m = Tracked::new("m");
        log("after");
        t.0.name().len() + t.1
    }

    fn field_of_try_before_await() -> Result<usize, String> {
        let n = take(ready("r", Ok::<_, String>(pair("a", "rest"))).await?.1, ready("s", Tracked::new("u")).await);
        log("after");
        Ok(n)
    }
    fn field_of_unwrap_before_await() -> usize {
        let n = take(ready("r", Some(pair("a", "rest"))).await.unwrap().1, ready("s", Tracked::new("u")).await);
        log("after");
        n
    }
    fn field_of_awaited_method_result_borrowed() -> usize {
        let n = ready("r", Some(pair("a", "rest"))).await.unwrap().0.name().len() + ready("s", 1).await;
        log("after");
        n
    }
}
#[test]
fn nested_box_field() {
    assert_twins!(nested_box_field());
}
#[test]
fn copy_field_through_deref() {
    assert_twins!(copy_field_through_deref());
}
#[test]
fn copy_field_through_rc() {
    assert_twins!(copy_field_through_rc());
}
#[test]
fn borrowed_field_through_deref() {
    assert_twins!(borrowed_field_through_deref());
}
#[test]
fn bomb_rest() {
    let _ = assert_twins_catch!(bomb_rest());
}
#[test]
fn bomb_rest_of_temporary() {
    let _ = assert_twins_catch!(bomb_rest_of_temporary());
}
#[test]
fn field_in_tuple_literal() {
    assert_twins!(field_in_tuple_literal());
}
#[test]
fn field_in_array_literal() {
    assert_twins!(field_in_array_literal());
}
#[test]
fn field_in_vec_macro() {
    assert_twins!(field_in_vec_macro());
}
#[test]
fn field_in_assert_eq() {
    assert_twins!(field_in_assert_eq());
}
#[test]
fn field_with_try() {
    let _ = assert_twins!(field_with_try());
}
#[test]
fn field_in_break_value() {
    assert_twins!(field_in_break_value());
}
#[test]
fn field_in_return() {
    assert_twins!(field_in_return());
}
#[test]
fn field_in_let_else() {
    assert_twins!(field_in_let_else());
}
#[test]
fn field_in_let_else_some() {
    assert_twins!(field_in_let_else_some());
}
#[test]
fn while_let_continue_break() {
    assert_twins!(while_let_continue_break());
}
#[test]
fn while_let_borrowed_field_continue() {
    assert_twins!(while_let_borrowed_field_continue());
}
#[test]
fn match_on_borrowed_field_awaiting_arm() {
    assert_twins!(match_on_borrowed_field_awaiting_arm());
}
#[test]
fn if_let_borrowed_field_else_awaits() {
    assert_twins!(if_let_borrowed_field_else_awaits());
}
#[test]
fn for_over_borrowed_field() {
    assert_twins!(for_over_borrowed_field());
}
#[test]
fn compound_assign_field() {
    assert_twins!(compound_assign_field());
}
#[test]
fn place_read_before_bump() {
    assert_twins!(place_read_before_bump());
}
#[test]
fn place_read_before_bump_binary() {
    assert_twins!(place_read_before_bump_binary());
}
#[test]
fn field_of_awaited_mut_ref() {
    assert_twins!(field_of_awaited_mut_ref());
}
#[test]
fn extended_field_through_deref_unused() {
    assert_twins!(extended_field_through_deref_unused());
}
#[test]
fn extended_awaited_field_through_deref_unused() {
    assert_twins!(extended_awaited_field_through_deref_unused());
}
#[test]
fn into_before_made_from_temporary() {
    assert_twins!(into_before_made_from_temporary());
}
#[test]
fn packed_field_before_a_later_await() {
    assert_twins!(packed_field_before_a_later_await());
}
#[test]
fn for_head_place_before_bump() {
    assert_twins!(for_head_place_before_bump());
}
#[test]
fn struct_update_from_awaited() {
    assert_twins!(struct_update_from_awaited());
}
#[test]
fn struct_update_before_later_await() {
    assert_twins!(struct_update_before_later_await());
}
#[test]
fn awaited_field_of_awaited() {
    assert_twins!(awaited_field_of_awaited());
}
#[test]
fn awaited_field_of_temporary() {
    assert_twins!(awaited_field_of_temporary());
}
#[test]
fn awaited_field_of_temporary_in_call() {
    assert_twins!(awaited_field_of_temporary_in_call());
}
#[test]
fn assign_to_field_of_awaited_mut() {
    assert_twins!(assign_to_field_of_awaited_mut());
}
#[test]
fn copy_field_through_deref_nested() {
    assert_twins!(copy_field_through_deref_nested());
}
#[test]
fn field_callee() {
    assert_twins!(field_callee());
}
#[test]
fn field_in_format_display() {
    assert_twins!(field_in_format_display());
}
#[test]
fn match_field_guard() {
    assert_twins!(match_field_guard());
}
#[test]
fn operand_before_moved_field_holder() {
    assert_twins!(operand_before_moved_field_holder());
}
#[test]
fn operand_before_moved_field_holder_non_copy() {
    assert_twins!(operand_before_moved_field_holder_non_copy());
}
#[test]
fn operand_before_moved_field_of_temporary() {
    assert_twins!(operand_before_moved_field_of_temporary());
}
#[test]
fn operand_before_borrowed_field_holder() {
    assert_twins!(operand_before_borrowed_field_holder());
}
#[test]
fn operand_before_borrowed_temporary() {
    assert_twins!(operand_before_borrowed_temporary());
}
#[test]
fn place_read_before_bump_plain() {
    assert_twins!(place_read_before_bump_plain());
}
#[test]
fn operand_before_receiver_temporary() {
    let _ = assert_twins!(operand_before_receiver_temporary());
}
#[test]
fn operand_before_moved_field_holder_panics() {
    let _ = assert_twins_catch!(operand_before_moved_field_holder_panics());
}
#[test]
fn operand_before_borrowed_field_panics() {
    let _ = assert_twins_catch!(operand_before_borrowed_field_panics());
}
#[test]
fn operand_before_comparison_temporary() {
    let _ = assert_twins!(operand_before_comparison_temporary());
}
#[test]
fn operand_before_moved_field_holder_panics_in_segment() {
    let _ = assert_twins_catch!(operand_before_moved_field_holder_panics_in_segment());
}
#[test]
fn operand_before_comparison_temporary_panics_in_segment() {
    let _ = assert_twins_catch!(operand_before_comparison_temporary_panics_in_segment());
}
#[test]
fn temporary_after_resumed_operand_panics() {
    let _ = assert_twins_catch!(temporary_after_resumed_operand_panics());
}
#[test]
fn temporary_after_resumed_operand_panics_before_await() {
    let _ = assert_twins_catch!(temporary_after_resumed_operand_panics_before_await());
}
#[test]
fn condition_temporary_after_operand_panics() {
    let _ = assert_twins_catch!(condition_temporary_after_operand_panics());
}
#[test]
fn place_read_before_method_bump() {
    assert_twins!(place_read_before_method_bump());
}
#[test]
fn place_read_before_method_bump_made_from_temporary() {
    assert_twins!(place_read_before_method_bump_made_from_temporary());
}
#[test]
fn place_read_before_awaitable_bump() {
    assert_twins!(place_read_before_awaitable_bump());
}
#[test]
fn receiver_before_bump() {
    assert_twins!(receiver_before_bump());
}
#[test]
fn let_else_extended_field_none() {
    assert_twins!(let_else_extended_field_none());
}
#[test]
fn generic_field() {
    assert_twins!(generic_field("g"));
}
#[test]
fn labelled_continue_from_inner_loop() {
    assert_twins!(labelled_continue_from_inner_loop());
}
#[test]
fn while_let_field_of_temporary_return() {
    assert_twins!(while_let_field_of_temporary_return());
}
#[test]
fn extended_in_loop() {
    assert_twins!(extended_in_loop());
}
#[test]
fn extended_mut_field() {
    assert_twins!(extended_mut_field());
}
#[test]
fn field_of_awaited_in_closure_arg() {
    assert_twins!(field_of_awaited_in_closure_arg());
}
#[test]
fn field_in_match_with_awaiting_guard() {
    assert_twins!(field_in_match_with_awaiting_guard());
}
#[test]
fn field_in_tail_with_local() {
    assert_twins!(field_in_tail_with_local());
}
#[test]
fn field_in_if_branch_tail() {
    assert_twins!(field_in_if_branch_tail());
}
#[test]
fn field_in_if_branch_tail_before_await() {
    assert_twins!(field_in_if_branch_tail_before_await());
}
#[test]
fn field_in_block_operand() {
    assert_twins!(field_in_block_operand());
}

#[test]
fn field_left_of_and() {
    assert_twins!(field_left_of_and());
}
#[test]
fn field_left_of_and_in_if() {
    assert_twins!(field_left_of_and_in_if());
}
#[test]
fn temporary_field_left_of_or() {
    assert_twins!(temporary_field_left_of_or());
}
#[test]
fn borrowed_field_left_of_and() {
    assert_twins!(borrowed_field_left_of_and());
}
#[test]
fn copy_field_receiver_before_await() {
    assert_twins!(copy_field_receiver_before_await());
}

#[test]
fn while_let_field_exits_by_mismatch() {
    assert_twins!(while_let_field_exits_by_mismatch());
}
#[test]
fn while_let_temporary_field_exits_by_mismatch() {
    assert_twins!(while_let_temporary_field_exits_by_mismatch());
}
#[test]
fn while_let_field_break_labelled_block() {
    assert_twins!(while_let_field_break_labelled_block());
}
#[test]
fn while_let_field_try() {
    assert_eq!(
        assert_twins!(while_let_field_try()),
        Err("no 0".to_string())
    );
}
#[test]
fn extended_field_in_tuple_literal() {
    assert_twins!(extended_field_in_tuple_literal());
}

#[test]
fn field_of_try_before_await() {
    assert_eq!(assert_twins!(field_of_try_before_await()), Ok(5));
}
#[test]
fn field_of_unwrap_before_await() {
    assert_twins!(field_of_unwrap_before_await());
}
#[test]
fn field_of_awaited_method_result_borrowed() {
    assert_twins!(field_of_awaited_method_result_borrowed());
}

/// The new lowerings outside `twins!` (which allows `clippy::all`): the
/// file denies warnings, and `cargo clippy --tests -- -D warnings` checks
/// the generated code.
mod lints {
    use super::*;

    #[coro::coroutine]
    pub fn moved_field_before_await() -> usize {
        take(
            ready("r", pair("a", "rest")).await.1,
            ready("s", Tracked::new("u")).await,
        ) + take(pair("b", "rest").1, ready("s", Tracked::new("u")).await)
    }
    #[coro::coroutine]
    pub fn copy_field_before_await() -> usize {
        let n = ready("r", (5usize, Tracked::new("rest"))).await.0 + ready("s", 1).await;
        let m = ready("r", &(5usize, 6usize)).await.0 + ready("s", 1).await;
        n + m
    }
    #[coro::coroutine]
    pub fn borrowed_field_before_await() -> usize {
        let p = (Tracked::new("p"), 1usize);
        let n = ready("r", &p).await.0.name().len() + ready("s", 1).await;
        let m = ready("r", pair("a", "b")).await.0.name().len() + ready("s", 1).await;
        n + m
    }
    #[coro::coroutine]
    pub fn field_in_last_segment() -> usize {
        tick("t").await;
        let a = ready("r", pair("a", "rest")).await.0;
        if ready("c", (true, Tracked::new("x"))).await.0 {
            log("then");
        }
        a.name().len()
    }
    #[coro::coroutine]
    pub fn field_in_condition() -> usize {
        let mut k = 0;
        while ready("c", (k < 2, Tracked::new("x"))).await.0 {
            k += 1;
        }
        if ready("c", (k < 2, Tracked::new("x"))).await.0 && ready("d", true).await {
            k += 1;
        }
        k
    }
    #[coro::coroutine]
    pub fn extended_field() -> usize {
        let r = &ready("r", pair("a", "rest")).await.0;
        let s = &pair("b", "rest").1;
        tick("t").await;
        r.name().len() + s.name().len()
    }
    #[coro::coroutine]
    pub fn while_let_field() -> usize {
        let mut k = 0;
        while let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest")))
            .await
            .0
        {
            tick("body").await;
            k += t.name().len();
            if k > 2 {
                break;
            }
        }
        k
    }
    #[coro::coroutine]
    pub fn leading_values() -> usize {
        let mut n = 0;
        g3(
            n,
            bump(&mut n),
            name("x").trim().len() + ready("s", 1).await,
        ) + g3(n, 1, name("y").trim().len() + ready("s", 1).await)
    }
    #[coro::coroutine]
    pub fn packed_field() -> usize {
        ready(
            "r",
            Packed {
                tag: 1,
                a: 5,
                t: Tracked::new("rest"),
            },
        )
        .await
        .a as usize
            + ready("s", 1).await
    }

    #[test]
    fn lints_run() {
        assert_eq!(drive(moved_field_before_await()).0, 10);
        assert_eq!(drive(copy_field_before_await()).0, 12);
        drive(borrowed_field_before_await());
        drive(field_in_last_segment());
        drive(field_in_condition());
        drive(extended_field());
        drive(while_let_field());
        drive(leading_values());
        assert_eq!(drive(packed_field()).0, 6);
    }
}
