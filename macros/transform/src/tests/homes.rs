//! The home plan (`analyse::homes`): keyed by user binding, never a
//! temporary, and the same binding in both lowerings.

use super::lower_first;
use crate::analyse::homes;

/// The names of the bindings the plan homes.
fn homed(source: &str) -> Vec<String> {
    let (lowering, plan) = lower_first(source);
    let Some(h) = homes::plan(
        &lowering.lowered.vars,
        &lowering.facts,
        &plan,
        lowering.first_body_var,
    ) else {
        return Vec::new();
    };
    h.expected.into_iter().map(|(_, name)| name).collect()
}

#[test]
fn a_local_borrowed_across_a_suspension_gets_a_home() {
    assert_eq!(
        homed("fn f() -> u32 { let v = vec![1u32]; let r = &v; tick().await; r[0] }"),
        ["v"]
    );
}

#[test]
fn temporaries_made_earlier_do_not_move_the_home() {
    // The first statement's lowering makes temporaries (issue 10: the home
    // went to the wrong binding when the plan was keyed by position).
    assert_eq!(
        homed(
            "fn f(n: u32) -> u32 { let t = add(n, tick().await); let v = vec![1u32]; let r = &v; tick().await; r[0] + t }"
        ),
        ["v"]
    );
}

#[test]
fn nothing_borrowed_across_a_suspension_needs_no_home() {
    assert!(
        homed("fn f() -> usize { let v = vec![1u32]; let n = v.len(); tick().await; n }")
            .is_empty()
    );
}

#[test]
fn an_argument_borrowed_across_a_suspension_moves_into_a_home() {
    assert_eq!(
        homed("fn f(v: Vec<u32>) -> u32 { let r = &v; tick().await; r[0] }"),
        ["v"]
    );
}

#[test]
fn the_expansion_puts_the_home_on_the_planned_binding() {
    let out = super::expanded(
        "fn f(n: u32) -> u32 { let t = add(n, tick().await); let v = vec![1u32]; let r = &v; tick().await; r[0] + t }",
    );
    assert!(out.contains("__coro_home_v"), "{out}");
    assert!(!out.contains("__coro_home_t"), "{out}");
}
