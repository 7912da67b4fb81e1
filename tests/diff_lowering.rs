//! Differential tests for lowering fixes found by the fidelity generator
//! (issue 11): each module pins one class of `fidelity/FAILING.md` that the
//! coroutine used to refuse or run differently.
#[macro_use]
mod support;
use support::*;

fn opt_len(o: &Option<Tracked>) -> i64 {
    o.as_ref().map_or(0, |t| t.name().len() as i64)
}

fn log_i(n: i64) {
    log(format!("i {n}"));
}

/// A join (the code after an `if`, a `match`, a block used as an operand)
/// whose value or bindings get their type only in the branches that
/// suspend: its arm must come after theirs, or rustc cannot type a method
/// call on the value (E0282, classes `block-in-operand`, `exit-in-operand`,
/// `await-call-arg`, `await-condition`, `await-loop-head`).
mod join_typed_by_its_branches {
    use super::*;
    twins! {
        fn if_value_in_scrutinee(c: bool) -> i64 {
            if let Some(t) = Some(if c {
                tick("then").await;
                Tracked::new("a")
            } else {
                log_i(ready("else", 0).await);
                Tracked::new("b")
            }) {
                log(t.name());
            }
            0
        }
        fn block_in_call_argument(o: Option<Tracked>) -> i64 {
            log_i({
                match opt_len(&o) {
                    n => log_i(n + ready("r", 1).await),
                }
                0
            });
            opt_len(&o)
        }
        fn match_value_in_literal(n: i64) -> usize {
            let pair = (
                match n {
                    0 => ready("zero", Tracked::new("z")).await,
                    _ => {
                        tick("other").await;
                        Tracked::new("o")
                    }
                },
                Tracked::new("second"),
            );
            pair.0.name().len() + pair.1.name().len()
        }
        fn loop_value_as_argument(n: i64) -> usize {
            let v = vec![
                loop {
                    if ready("cond", n > 0).await {
                        break Tracked::new("pos");
                    }
                    break ready("neg", Tracked::new("neg")).await;
                },
            ];
            v[0].name().len()
        }
        // A binding declared without a value and assigned in an arm that
        // does not suspend was not carried into the join after an arm that
        // does (E0282 at its use after the join; found through the
        // partial-move split's field bindings, program seed
        // 11866623416440724700).
        fn deferred_binding_assigned_in_an_await_free_arm(o: Option<i64>, r: Result<u8, u8>) -> usize {
            let x;
            match o {
                Some(n) => {
                    x = Tracked::new("some");
                    match r {
                        Ok(_) => {}
                        Err(_) => tick("err").await,
                    }
                    log_i(n);
                }
                None => {
                    x = Tracked::new("none");
                }
            }
            tick("after").await;
            x.name().len()
        }
        // The same where the other branch returns (the fragment pass had
        // rewritten its `return` when the assignments were judged: the
        // `if` was taken to assign nothing; E0282).
        fn deferred_binding_assigned_where_another_branch_returns(c: bool, d: bool) -> usize {
            let x;
            if d {
                return 0;
            } else if c {
                x = Tracked::new("c");
            } else {
                x = Tracked::new("else");
            }
            tick("after").await;
            x.name().len()
        }
        // Issue 11 (adversarial programs): a binding typed by a push after
        // an `.await` in a loop, then a closure calling a method on its
        // items after the loop: the loop's exit was made (and its arm
        // emitted) before the body's resume arm (E0282 "type annotations
        // needed for `&_`").
        fn element_type_from_a_push_in_the_loop() -> usize {
            let mut results = Vec::new();
            for i in 0..3 {
                results.push(ready("r", Ok::<i64, String>(i)).await);
            }
            let (ok, err): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
            ok.len() * 10 + err.len()
        }
        fn element_type_from_a_push_in_a_while_loop(n: i64) -> i64 {
            let mut seen = Vec::new();
            let mut i = 0;
            while i < n {
                i += 1;
                seen.push(ready("s", i).await);
            }
            seen.iter().filter(|x| x.is_positive()).count() as i64
        }
    }

    #[test]
    fn a_binding_is_typed_by_the_loop_body_before_its_exit() {
        assert_eq!(assert_twins!(element_type_from_a_push_in_the_loop()), 30);
        assert_eq!(
            assert_twins!(element_type_from_a_push_in_a_while_loop(3)),
            3
        );
    }

    #[test]
    fn a_join_is_typed_by_the_branches_that_reach_it() {
        for (c, d, want) in [(false, true, 0), (true, false, 1), (false, false, 4)] {
            assert_eq!(
                assert_twins!(deferred_binding_assigned_where_another_branch_returns(c, d)),
                want
            );
        }
        for (o, r, want) in [(None, Ok(0), 4), (Some(1), Ok(0), 4), (Some(2), Err(0), 4)] {
            assert_eq!(
                assert_twins!(deferred_binding_assigned_in_an_await_free_arm(o, r)),
                want
            );
        }
        assert_eq!(assert_twins!(if_value_in_scrutinee(true)), 0);
        assert_eq!(assert_twins!(if_value_in_scrutinee(false)), 0);
        assert_eq!(assert_twins!(block_in_call_argument(None)), 0);
        assert_eq!(
            assert_twins!(block_in_call_argument(Some(Tracked::new("arg")))),
            3
        );
        assert_eq!(assert_twins!(match_value_in_literal(0)), 7);
        assert_eq!(assert_twins!(match_value_in_literal(1)), 7);
        assert_eq!(assert_twins!(loop_value_as_argument(1)), 3);
        assert_eq!(assert_twins!(loop_value_as_argument(0)), 3);
    }
}

/// A match guard that awaits (class `await-guard`).
mod awaiting_guards {
    use super::*;
    twins! {
        // Generated (program seed 14445073936900121187, E0614 before): a
        // `let` in a block of a guard that awaits shadows the arm's binding,
        // which the guard reads through a reference.
        fn guard_block_shadows_the_binding(n: i64) -> i64 {
            match ready("s", n).await {
                m if m > { let m: i64 = ready("g", 4).await; m + 1 } => m,
                m => -m,
            }
        }
        // The guard's binding inside a macro's operands, after the guard's
        // own suspension (it was left a reference there: E0308).
        fn binding_in_macro_operand_after_await(n: i64) -> i64 {
            match ready("s", n).await {
                2 => 1,
                m if m > format!("{}-{}", [ready("r", 9).await, m][1], 0).len() as i64 => 0,
                m if vec![ready("v", m).await, m].len() as i64 + m == 3 => 2,
                _ => 5,
            }
        }
        // A guard awaiting inside a guard that awaits.
        fn nested_guards(n: i64) -> i64 {
            match ready("outer", n).await {
                3 => 1,
                m if m > match m {
                    1 => ready("one", 3).await,
                    k if k > ready("inner", 8).await => 5,
                    _ => 0,
                } => 7,
                _ => ready("last", 8).await,
            }
        }
    }

    #[test]
    fn guard_bindings_are_values_in_macro_operands() {
        assert_eq!(assert_twins!(guard_block_shadows_the_binding(9)), 9);
        assert_eq!(assert_twins!(guard_block_shadows_the_binding(2)), -2);
        assert_eq!(assert_twins!(binding_in_macro_operand_after_await(2)), 1);
        assert_eq!(assert_twins!(binding_in_macro_operand_after_await(5)), 0);
        assert_eq!(assert_twins!(binding_in_macro_operand_after_await(1)), 2);
        assert_eq!(assert_twins!(binding_in_macro_operand_after_await(0)), 5);
        assert_eq!(assert_twins!(nested_guards(4)), 7);
        assert_eq!(assert_twins!(nested_guards(1)), 8);
        assert_eq!(assert_twins!(nested_guards(3)), 1);
        assert_eq!(assert_twins!(nested_guards(9)), 7);
    }

    // rustc 1.95 miscompiles this body as an `async fn` in an unoptimised
    // build (a match on an indexed place whose guard awaits: the wrong arm,
    // or a segfault with a variable index), so there is no `async fn` twin:
    // the coroutine is compared with the same `match` without the awaits.
    #[allow(clippy::all)]
    #[coro::coroutine]
    fn indexed_scrutinee(a: [i64; 2], i: usize) -> i64 {
        match a[i] {
            m if m > ready("guard", 3).await => 7,
            _ => 8,
        }
    }

    fn indexed_scrutinee_sync(a: [i64; 2], i: usize) -> i64 {
        match a[i] {
            m if m > 3 => 7,
            _ => 8,
        }
    }

    #[test]
    fn a_guard_on_an_indexed_place_sees_the_place() {
        for (a, i) in [([4, 1], 0), ([4, 1], 1), ([2, 9], 1)] {
            assert_eq!(
                drive(indexed_scrutinee(a, i)).0,
                indexed_scrutinee_sync(a, i)
            );
        }
    }
}

/// An owned binding moved into an operand before a later operand's
/// suspension is in the statement's temporaries there: a machine dropped at
/// that suspension drops it before the locals, as `async fn` does.
mod moved_operands {
    use super::*;
    fn take2(a: Tracked, b: Tracked) -> usize {
        a.name().len() + b.name().len()
    }
    twins! {
        fn moved_into_tuple() -> usize {
            let first = Tracked::new("first");
            let later = Tracked::new("later");
            let pair = (first, ready("r", Tracked::new("awaited")).await);
            pair.0.name().len() + pair.1.name().len() + later.name().len()
        }
        fn moved_into_vec() -> usize {
            let first = Tracked::new("first");
            let later = Tracked::new("later");
            let v = vec![first, ready("r", Tracked::new("awaited")).await];
            v.len() + later.name().len()
        }
        fn moved_into_call(arg: Tracked) -> usize {
            let later = Tracked::new("later");
            let n = take2(arg, ready("r", Tracked::new("awaited")).await);
            n + later.name().len()
        }
    }

    #[test]
    fn a_moved_operand_drops_with_the_temporaries() {
        assert_eq!(assert_twins!(moved_into_tuple()), 17);
        assert_eq!(assert_twins!(moved_into_vec()), 7);
        assert_eq!(assert_twins!(moved_into_call(Tracked::new("arg"))), 15);
    }
}

/// `let` chains with awaits (edition 2024, class `let-chain`): each test
/// runs in order and the chain stops at the first that fails; a `let`
/// test's bindings are in scope in the later tests and in the `then`
/// branch; `else` runs when any test fails, after the temporaries of the
/// tests that ran have dropped.
mod let_chains {
    use super::*;
    twins! {
        fn if_let_chain(o: Option<i32>) -> i32 {
            if let Some(v) = ready("o", o).await
                && v > 1
                && ready("big", v > 5).await
            {
                v
            } else {
                -1
            }
        }
        fn bindings_of_each_let(o: Option<i32>, c: bool) -> usize {
            let mut n = 0;
            if let Some(v) = ready("o", o).await
                && let Some(t) = ready("t", c.then(|| Tracked::new("held"))).await
                && ready("check", v as usize + t.name().len() > 5).await
            {
                tick("then").await;
                log(t.name());
                n += t.name().len();
            } else if ready("elif", c).await {
                n = 100;
            }
            n
        }
        fn chain_with_awaiting_branches(o: Option<Tracked>) -> usize {
            let w = Tracked::new("w");
            if let Some(t) = o && t.name().len() > 1 {
                tick("then").await;
                t.name().len() + w.name().len()
            } else {
                ready("else", 0).await
            }
        }
        fn loop_exits_in_then(n: i64) -> i64 {
            let mut s = 0;
            for i in 0..n {
                if let Some(k) = ready("r", Some(i)).await && k > 1 {
                    if k == 3 {
                        continue;
                    }
                    if k == 4 {
                        break;
                    }
                    s += k;
                } else {
                    s += 100;
                }
            }
            s
        }
        fn while_let_chain(items: Vec<i32>) -> i32 {
            let mut it = items.into_iter();
            let mut sum = 0;
            'outer: while let Some(n) = it.next() && ready("more", n < 10).await {
                if n == 2 {
                    continue 'outer;
                }
                sum += n;
            }
            sum
        }
    }

    #[test]
    fn each_test_runs_in_order_until_one_fails() {
        assert_eq!(assert_twins!(if_let_chain(Some(7))), 7);
        assert_eq!(assert_twins!(if_let_chain(Some(3))), -1);
        assert_eq!(assert_twins!(if_let_chain(Some(1))), -1);
        assert_eq!(assert_twins!(if_let_chain(None)), -1);
        assert_eq!(assert_twins!(bindings_of_each_let(Some(2), true)), 4);
        assert_eq!(assert_twins!(bindings_of_each_let(Some(0), true)), 100);
        assert_eq!(assert_twins!(bindings_of_each_let(Some(2), false)), 0);
        assert_eq!(assert_twins!(bindings_of_each_let(None, true)), 100);
        assert_eq!(
            assert_twins!(chain_with_awaiting_branches(Some(Tracked::new("tt")))),
            3
        );
        assert_eq!(
            assert_twins!(chain_with_awaiting_branches(Some(Tracked::new("t")))),
            0
        );
        assert_eq!(assert_twins!(chain_with_awaiting_branches(None)), 0);
        assert_eq!(assert_twins!(loop_exits_in_then(6)), 202);
        assert_eq!(assert_twins!(while_let_chain(vec![1, 2, 3, 20, 4])), 4);
        assert_eq!(assert_twins!(while_let_chain(vec![])), 0);
    }
}

/// `.await` in an `assert!` family macro where Rust evaluates lazily (the
/// message, only on failure; every operand of `debug_assert!`, only with
/// debug assertions): the awaits run exactly when Rust runs them, and the
/// panic message is std's (class `await-assert-message`, issue 11 item 6).
mod lazy_assert_operands {
    use super::*;
    twins! {
        fn assert_message(n: i64) -> i64 {
            let t = Tracked::new("t");
            assert!(n < 10, "{} of {}", ready("msg", n).await, t.name());
            assert!(n >= 0 || n < -100, "{}", ready("or", n).await);
            tick("after").await;
            n + t.name().len() as i64
        }
        fn assert_eq_message(n: i64) -> i64 {
            let t = Tracked::new("t");
            let len = t.name().len() as i64;
            assert_eq!(len, n, "len of {}: {}", t.name(), ready("msg", n).await);
            assert_ne!(n, 5, "{x}", x = ready("ne", 5).await);
            tick("after").await;
            log(t.name());
            n
        }
        fn debug_assert_operands(n: i64) -> i64 {
            debug_assert!(ready("cond", n > 0).await, "{}", ready("msg", n).await);
            debug_assert_eq!(ready("eq", n).await, n);
            n
        }
    }

    #[test]
    fn a_message_awaits_only_on_failure() {
        assert_eq!(assert_twins!(assert_message(3)), 4);
        assert_eq!(assert_twins!(assert_eq_message(1)), 1);
        assert_eq!(assert_twins!(debug_assert_operands(2)), 2);
        for outcome in [
            assert_twins_catch!(assert_message(12)),
            assert_twins_catch!(assert_eq_message(3)),
            assert_twins_catch!(debug_assert_operands(-1)),
        ] {
            assert!(outcome.is_err(), "{outcome:?}");
        }
        let message = assert_twins_catch!(assert_eq_message(2)).unwrap_err();
        assert!(message.contains("left == right"), "{message}");
    }
}

/// A temporary borrowed by the awaiting right side of `||`/`&&` exists only
/// when that side runs: it is dropped there (it was dropped after the
/// join, where the short-circuit path had never made it: E0425).
mod short_circuit_temporaries {
    use super::*;
    fn consume(t: &Tracked, n: i64) -> i64 {
        log(format!("consume {} {n}", t.name()));
        n
    }
    twins! {
        fn temporary_in_right_side(n: i64) -> i64 {
            let c = if n > 1 || consume(&Tracked::new("tmp"), ready("r", 5).await) < 0 {
                1
            } else {
                0
            };
            let b = n > 0 && consume(&Tracked::new("tmp2"), ready("r2", n).await) > 2;
            log_i(c);
            i64::from(b)
        }
    }

    #[test]
    fn a_right_side_temporary_lives_only_on_its_path() {
        assert_eq!(assert_twins!(temporary_in_right_side(0)), 0);
        assert_eq!(assert_twins!(temporary_in_right_side(1)), 0);
        assert_eq!(assert_twins!(temporary_in_right_side(3)), 1);
    }
}

/// `?` as an operator's left operand in an arm written without braces: the
/// `match` it becomes is block-like and ended the arm (`3 => ok(n)? + 1,`
/// was "expected pattern, found `+`"; the generator's program seed
/// 10514322634815101871).
mod try_as_left_operand {
    use super::*;

    fn ok_if(n: i64) -> Result<i64, String> {
        if n >= 0 {
            Ok(n)
        } else {
            Err(format!("neg {n}"))
        }
    }

    twins! {
        fn in_an_arm(n: i64) -> Result<i64, String> {
            let v = match ready("s", n).await {
                3 => ok_if(n - 4)? + 1,
                m if m > 0 => ok_if(m)? * 2,
                _ => 0,
            };
            tick("t").await;
            Ok(v)
        }
    }

    #[test]
    fn try_stays_an_operand() {
        assert_eq!(assert_twins!(in_an_arm(3)), Err("neg -1".to_string()));
        assert_eq!(assert_twins!(in_an_arm(5)), Ok(10));
        assert_eq!(assert_twins!(in_an_arm(0)), Ok(0));
    }
}

/// A destructuring assignment to a struct or tuple-struct pattern
/// initialises the bindings it names: only the tuple and array forms were
/// read as assignments (E0282/E0381 naming the bindings after an `.await`).
mod struct_destructuring_assignment {
    use super::*;

    pub struct Pair {
        pub a: Tracked,
        pub b: Tracked,
    }
    pub struct Wrap(pub Tracked, pub u32);

    twins! {
        fn struct_pattern(n: u32) -> u32 {
            let x;
            let y;
            let w;
            let k;
            Pair { a: x, b: y } = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
            Wrap(w, k) = Wrap(Tracked::new("w"), n);
            tick("t").await;
            log(format!("{} {} {}", x.name(), y.name(), w.name()));
            k + 1
        }
    }

    #[test]
    fn initialises_the_bindings_it_names() {
        assert_eq!(assert_twins!(struct_pattern(4)), 5);
    }
}
