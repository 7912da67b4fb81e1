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
