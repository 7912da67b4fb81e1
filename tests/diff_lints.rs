//! Twins of bodies whose generated code warned where the `async fn` does
//! not (lint differences found by the tenth session's adversarial programs,
//! `fidelity/repro/passing/min_*_lint.rs`, and by the generator): they run
//! alike here; their lints are checked by `ui-tests/pass/deny_warnings.rs`
//! (`lint_differences`), since rustc does not report these lints in code a
//! `macro_rules!` expansion wrote.
#![deny(warnings)]
#[macro_use]
mod support;
use support::*;

pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}

twins! {
    // `unused_parens` at the user's parentheses around a struct literal
    // whose field is borrowed before a later `.await` (the literal is bound
    // to a `let` first; found by the generator, program seed
    // 17824854165935421503).
    fn parenthesised_literal_made_from_before_await() -> usize {
        (Pair { a: Tracked::new("a"), b: Tracked::new("b") }).b.name().len() + ready("r", 6).await
    }
    // `unused_mut` at the user's `mut`: the segment that moves `t` into
    // the state does not mutate it.
    fn while_let_mut_binding_mutated_across_await() -> i64 {
        let mut q = vec![(1i64, Tracked::new("a")), (5, Tracked::new("b"))];
        let mut n = 0;
        while let Some(mut t) = q.pop() {
            t.0 -= ready("step", 2).await;
            n += t.0;
        }
        n
    }
    fn for_mut_binding_mutated_across_await() -> i64 {
        let mut n = 0;
        for mut t in vec![(1i64, Tracked::new("a")), (5, Tracked::new("b"))] {
            t.0 += ready("step", 2).await;
            n += t.0;
        }
        n
    }
    // `unused_mut` at the user's `mut` in an `if let` and a guarded arm
    // (`fidelity/repro/adv9/min_mut_pattern_binding_spurious_unused_mut.rs`):
    // the pattern binds apart, the binding's drop order stays the user's.
    fn if_let_mut_binding_mutated_across_await() -> i64 {
        if let Some((mut t, u)) = Some((1i64, Tracked::new("u"))) {
            t += ready("step", 2).await;
            return t + u.name().len() as i64;
        }
        0
    }
    fn guarded_arm_mut_binding_mutated_across_await() -> i64 {
        match (Tracked::new("a"), 5i64) {
            (a, mut n) if n > 1 => {
                n -= ready("step", 2).await;
                n + a.name().len() as i64
            }
            _ => 0,
        }
    }
    // "unused variable" where the `async fn` says "value assigned to `x`
    // is never read" (`fidelity/repro/adv9/min_dead_initial_value_reported_unused_variable.rs`):
    // a never-run branch reads the binding in the declaring arm
    // (`ui-tests/fail/dead_initial_value_lint_as_async_fn.rs` has the lint).
    #[allow(unused_assignments)]
    fn first_value_given_again_after_await() -> i64 {
        let mut x = 1;
        x = ready("x", 3).await;
        let mut n = 0;
        [n, _] = [ready("n", 5).await, 6];
        let mut s = Tracked::new("s");
        s = Tracked::new(if ready("s", 1).await > 0 { "t" } else { "u" });
        x + n + s.name().len() as i64
    }
    // `unused_parens` at the user's parentheses, which the syntax needs.
    fn await_through_a_parenthesised_mut_ref() -> i64 {
        let mut r = ready("r", 5);
        let a = (&mut r).await;
        a
    }
}

#[test]
fn parenthesised_literal_made_from_before_await() {
    assert_eq!(
        assert_twins!(parenthesised_literal_made_from_before_await()),
        7
    );
}
#[test]
fn while_let_mut_binding_mutated_across_await() {
    assert_eq!(
        assert_twins!(while_let_mut_binding_mutated_across_await()),
        2
    );
}
#[test]
fn for_mut_binding_mutated_across_await() {
    assert_eq!(assert_twins!(for_mut_binding_mutated_across_await()), 10);
}
#[test]
fn await_through_a_parenthesised_mut_ref() {
    assert_eq!(assert_twins!(await_through_a_parenthesised_mut_ref()), 5);
}
#[test]
fn if_let_mut_binding_mutated_across_await() {
    assert_eq!(assert_twins!(if_let_mut_binding_mutated_across_await()), 4);
}
#[test]
fn guarded_arm_mut_binding_mutated_across_await() {
    assert_eq!(
        assert_twins!(guarded_arm_mut_binding_mutated_across_await()),
        4
    );
}
#[test]
fn first_value_given_again_after_await() {
    assert_eq!(assert_twins!(first_value_given_again_after_await()), 9);
}
