//! What each variant holds (`analyse::liveness`).

use super::{block_at, carried_names, lower_first};

#[test]
fn a_binding_with_drop_glue_is_held_to_its_scope_end_even_when_dead() {
    let (lowering, plan) =
        lower_first("fn f() -> u8 { let s = String::new(); let n = 1u8; tick().await; n }");
    let tick = block_at(&lowering, "tick().await");
    let held = carried_names(&lowering, &plan, tick);
    // `s` is never read again but drops at the end of the body, as in an
    // `async fn`; `n` is live.
    assert!(held.contains(&"s".to_string()), "{held:?}");
    assert!(held.contains(&"n".to_string()), "{held:?}");
}

#[test]
fn dead_plain_data_is_not_held() {
    let (lowering, plan) = lower_first(
        "fn f() { let n = 1u8; let big = [0u8; 64]; drop(n); drop(big); tick().await; }",
    );
    let tick = block_at(&lowering, "tick().await");
    assert!(carried_names(&lowering, &plan, tick).is_empty());
}

#[test]
fn a_moved_binding_is_not_held() {
    let (lowering, plan) =
        lower_first("fn f() { let s = String::new(); consume(s); tick().await; }");
    let tick = block_at(&lowering, "tick().await");
    assert!(!carried_names(&lowering, &plan, tick).contains(&"s".to_string()));
}

#[test]
fn a_block_after_a_return_is_unreachable() {
    let (lowering, plan) = lower_first("fn f() -> u8 { return 1; tick().await; 2 }");
    // No block suspends at the tick: it is never reached.
    assert!(
        lowering
            .lowered
            .blocks
            .iter()
            .enumerate()
            .all(|(b, block)| !block.doc.contains("tick().await") || !plan.reachable[b])
    );
}

/// The names of the bindings that need a drop flag (`Plan::cond_moved`).
fn cond_moved_names(source: &str) -> Vec<String> {
    let (lowering, plan) = lower_first(source);
    plan.cond_moved
        .iter()
        .map(|&v| lowering.lowered.vars.all[v].name.clone())
        .collect()
}

#[test]
fn a_binding_moved_on_some_paths_only_needs_a_drop_flag() {
    let branch = "fn f(c: bool) { let s = String::new(); if c { drop(s); } tick().await; }";
    assert_eq!(cond_moved_names(branch), ["s"]);
    let arm =
        "fn f(n: u8) { let s = String::new(); match n { 0 => drop(s), _ => {} } tick().await; }";
    assert_eq!(cond_moved_names(arm), ["s"]);
}

#[test]
fn a_binding_moved_on_every_path_or_read_again_needs_none() {
    let sure = "fn f(c: bool) { let s = String::new(); if c { g(); } drop(s); tick().await; }";
    assert!(cond_moved_names(sure).is_empty());
    // Read again after a possible move: `Copy` (rustc refuses it otherwise).
    let copied = "fn f(c: bool) -> u8 { let n = k(); if c { h(n); } tick().await; n }";
    assert!(cond_moved_names(copied).is_empty());
    let receiver = "fn f(c: bool) { let s = String::new(); if c { s.len(); } tick().await; }";
    assert!(cond_moved_names(receiver).is_empty());
}
