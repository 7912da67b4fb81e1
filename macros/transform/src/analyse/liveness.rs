//! Which bindings each block's variant holds.
//!
//! A binding in scope at a block's entry is held when it is
//! - initialised on every path there (not declared without a value, or
//!   moved, without being assigned since), and
//! - either read later (live), or a user binding never possibly moved:
//!   Rust drops a binding at the end of its scope, not at its last use, so
//!   an unmoved binding must survive the suspension to be dropped when an
//!   `async fn` would drop it. Temporaries are held only while live.
//!
//! The facts are classic data-flow problems over the block graph, solved by
//! iterating to a fixed point: liveness backwards, "possibly moved" and
//! "possibly uninitialised" forwards. Moves are judged syntactically (see
//! `fragment::Ctx`), so "possibly moved" over-approximates: such a binding
//! that is in fact not moved and not read again drops at the suspension
//! instead of at its scope's end (documented in ARCHITECTURE.md).

use crate::ir::Lowered;
use crate::vars::{VarId, VarKind, VarSet};

pub struct Plan {
    pub reachable: Vec<bool>,
    /// Held bindings of each block, in declaration order.
    pub carried: Vec<Vec<VarId>>,
    /// Bindings in scope but not held that the block itself names (it
    /// assigns them before reading): declared again, uninitialised.
    pub redeclared: Vec<Vec<VarId>>,
    /// Bindings each block holds only to drop them at their scope's end
    /// (not read again).
    pub held_dead: Vec<VarSet>,
}

pub fn plan(l: &Lowered) -> Plan {
    let n = l.blocks.len();
    let mut out_edges = vec![Vec::new(); n];
    let mut in_edges = vec![Vec::new(); n];
    for (i, e) in l.edges.iter().enumerate() {
        out_edges[e.from].push(i);
        in_edges[e.to].push(i);
    }

    let mut reachable = vec![false; n];
    let mut stack = vec![0];
    while let Some(b) = stack.pop() {
        if n == 0 || reachable[b] {
            continue;
        }
        reachable[b] = true;
        stack.extend(out_edges[b].iter().map(|&e| l.edges[e].to));
    }

    // Backwards: live (read before assigned).
    let mut live: Vec<VarSet> = l.blocks.iter().map(|b| b.uses.clone()).collect();
    loop {
        let mut changed = false;
        for b in (0..n).rev() {
            for &ei in &out_edges[b] {
                let e = &l.edges[ei];
                let add: Vec<VarId> = live[e.to].difference(&e.assigned).copied().collect();
                for v in add {
                    changed |= live[b].insert(v);
                }
            }
        }
        if !changed {
            break;
        }
    }

    // Forwards: possibly moved, possibly uninitialised.
    let mut moved: Vec<VarSet> = vec![VarSet::new(); n];
    let mut uninit: Vec<VarSet> = vec![VarSet::new(); n];
    loop {
        let mut changed = false;
        for b in 0..n {
            for &ei in &in_edges[b] {
                let e = &l.edges[ei];
                if !reachable[e.from] {
                    continue;
                }
                let m: Vec<VarId> = moved[e.from]
                    .difference(&e.assigned)
                    .chain(e.moved.iter())
                    .copied()
                    .collect();
                let u: Vec<VarId> = uninit[e.from]
                    .difference(&e.assigned)
                    .chain(e.uninit.iter())
                    .copied()
                    .collect();
                for v in m {
                    changed |= moved[b].insert(v);
                }
                for v in u {
                    changed |= uninit[b].insert(v);
                }
            }
        }
        if !changed {
            break;
        }
    }

    let mut carried = Vec::with_capacity(n);
    let mut redeclared = Vec::with_capacity(n);
    let mut held_dead = Vec::with_capacity(n);
    for b in 0..n {
        let mut held = Vec::new();
        let mut again = Vec::new();
        for &v in l.blocks[b].scope.iter().flatten() {
            let var = &l.vars.all[v];
            let initialised = !uninit[b].contains(&v);
            // A binding with a home is held to its scope's end: its guard
            // keeps the home alive for the references into it.
            let needed = live[b].contains(&v)
                || var.slot.is_some()
                || (var.kind == VarKind::User && !var.no_drop_glue && !moved[b].contains(&v));
            if initialised && needed {
                held.push(v);
            } else if l.blocks[b].mentions.contains(&v) {
                again.push(v);
            }
        }
        held_dead.push(
            held.iter()
                .copied()
                .filter(|v| !live[b].contains(v))
                .collect(),
        );
        carried.push(held);
        redeclared.push(again);
    }
    Plan {
        reachable,
        carried,
        redeclared,
        held_dead,
    }
}
