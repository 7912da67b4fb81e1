//! Which bindings each block's variant holds.
//!
//! A binding in scope at a block's entry is held when it is
//! - initialised on every path there (not declared without a value, or
//!   moved, without being assigned since), and
//! - either read later (live), or a user binding never possibly moved:
//!   Rust drops a binding at the end of its scope, not at its last use, so
//!   an unmoved binding must survive the suspension to be dropped when an
//!   `async fn` would drop it. An operand's temporary is held until its
//!   use, also on a path that leaves before it; other temporaries only
//!   while live.
//!
//! The facts are classic data-flow problems over the block graph, solved by
//! iterating to a fixed point: liveness backwards, "possibly moved" and
//! "possibly uninitialised" forwards. Moves are judged syntactically by the
//! receiver rule (`syntax::moves`): a use that only might move (a method
//! receiver) is taken not to, so a wrong guess carries a moved binding on,
//! which rustc refuses (E0382), instead of dropping a live one early.

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
    /// User bindings that some block entry finds moved on some paths only
    /// (`if c { take(t); }`), or initialised on some paths only (`let t; if
    /// c { t = v; }`), and does not read again: they need a drop flag,
    /// which a home's `Local` guard is (see `homes`), to be dropped at
    /// their scope's end on the paths that hold them, as rustc's drop flags
    /// do.
    pub cond_moved: VarSet,
}

/// Per edge, for the forward analysis of what is possibly uninitialised:
/// what it declares without a value, and what it initialises: what it
/// assigns, and what the await-free code that jumps assigns
/// (`Edge::assigned_in_fragment`, not path-exact) where it is live after
/// the jump (rustc requires it to be assigned on that path).
fn uninit_edges(l: &Lowered, live: &[Bits], width: usize) -> (Vec<Bits>, Vec<Bits>) {
    let bits = |set: VarSet| Bits::of(&set, width);
    l.edges
        .iter()
        .map(|e| {
            let fragment: VarSet = (e.assigned_in_fragment.iter().copied())
                .filter(|&v| live[e.to].contains(v))
                .collect();
            (
                bits(e.uninit.difference(&fragment).copied().collect()),
                bits(e.assigned.union(&fragment).copied().collect()),
            )
        })
        .unzip()
}

/// Forwards: the bindings possibly initialised at each block's entry,
/// after being declared without a value (`edge_uninit`): by an assignment,
/// or in await-free code on some path (`Edge::maybe_assigned`).
fn maybe_initialised(
    l: &Lowered,
    reachable: &[bool],
    in_edges: &[Vec<usize>],
    edge_uninit: &[Bits],
) -> Vec<Bits> {
    let width = l.vars.all.len();
    let maybe_assigned: Vec<Bits> = (l.edges.iter())
        .map(|e| {
            Bits::of(
                &e.assigned.union(&e.maybe_assigned).copied().collect(),
                width,
            )
        })
        .collect();
    let mut init: Vec<Bits> = vec![Bits::empty(width); l.blocks.len()];
    loop {
        let mut changed = false;
        for b in 0..l.blocks.len() {
            for &ei in &in_edges[b] {
                let from = l.edges[ei].from;
                if reachable[from] {
                    let i = init[from].clone();
                    changed |=
                        init[b].add_difference(&i, &edge_uninit[ei], Some(&maybe_assigned[ei]));
                }
            }
        }
        if !changed {
            return init;
        }
    }
}

pub fn plan(l: &Lowered) -> Plan {
    let n = l.blocks.len();
    let mut out_edges = vec![Vec::new(); n];
    let mut in_edges = vec![Vec::new(); n];
    for (i, e) in l.edges.iter().enumerate() {
        out_edges[e.from].push(i);
        in_edges[e.to].push(i);
    }

    let reachable = reachable_blocks(l, &out_edges);

    // The sets as bit sets: the fixed points below iterate over them.
    let width = l.vars.all.len();
    let bits = |set: &VarSet| Bits::of(set, width);
    let assigned: Vec<Bits> = l.edges.iter().map(|e| bits(&e.assigned)).collect();
    let edge_moved: Vec<Bits> = l.edges.iter().map(|e| bits(&e.moved)).collect();
    let edge_sure: Vec<Bits> = l.edges.iter().map(|e| bits(&e.moved_surely)).collect();

    // Backwards: live (read before assigned).
    let mut live: Vec<Bits> = l.blocks.iter().map(|b| bits(&b.uses)).collect();
    loop {
        let mut changed = false;
        for b in (0..n).rev() {
            for &ei in &out_edges[b] {
                let to = live[l.edges[ei].to].clone();
                changed |= live[b].add_difference(&to, &assigned[ei], None);
            }
        }
        if !changed {
            break;
        }
    }

    // Forwards: possibly moved, possibly uninitialised.
    let (edge_uninit, initialised) = uninit_edges(l, &live, width);
    let mut moved: Vec<Bits> = vec![Bits::empty(width); n];
    let mut uninit: Vec<Bits> = vec![Bits::empty(width); n];
    loop {
        let mut changed = false;
        for b in 0..n {
            for &ei in &in_edges[b] {
                let from = l.edges[ei].from;
                if !reachable[from] {
                    continue;
                }
                let (m, u) = (moved[from].clone(), uninit[from].clone());
                changed |= moved[b].add_difference(&m, &assigned[ei], Some(&edge_moved[ei]));
                changed |= uninit[b].add_difference(&u, &initialised[ei], Some(&edge_uninit[ei]));
            }
        }
        if !changed {
            break;
        }
    }

    let surely = surely_moved(l, &reachable, &in_edges, &assigned, &edge_sure);
    let maybe_init = maybe_initialised(l, &reachable, &in_edges, &edge_uninit);
    let mut cond_moved = VarSet::new();
    let mut carried = Vec::with_capacity(n);
    let mut redeclared = Vec::with_capacity(n);
    let mut held_dead = Vec::with_capacity(n);
    for b in 0..n {
        let mut held = Vec::new();
        let mut again = Vec::new();
        for &v in l.blocks[b].scope.iter().flatten() {
            let var = &l.vars.all[v];
            let initialised = !uninit[b].contains(v);
            // Initialised on some paths only and not read again: a drop
            // flag too (`let x; if c { x = v; }`).
            let cond_init = uninit[b].contains(v) && maybe_init[b].contains(v);
            if reachable[b] && cond_init && !live[b].contains(v) && flaggable(var) {
                cond_moved.insert(v);
            }
            // Read later, a possibly moved binding is `Copy` (rustc refuses
            // a use after a possible move): no drop flag needed.
            if reachable[b]
                && initialised
                && !live[b].contains(v)
                && moved[b].contains(v)
                && !surely[b].as_ref().is_some_and(|s| s.contains(v))
                && flaggable(var)
            {
                cond_moved.insert(v);
            }
            // A binding with a home is held to its scope's end: its guard
            // keeps the home alive for the references into it. An
            // operand's temporary is held until its first mention (every
            // mention counts as a move, see `note_temps`): dead before it
            // only on a path that leaves its statement early (`vec![t, { if
            // c { return f().await; } u }]`), where Rust drops it when the
            // exit leaves the scope, after the exit's value is computed.
            let held_to_end = var.kind == VarKind::User || var.held_to_use;
            let needed = live[b].contains(v)
                || var.slot.is_some()
                || (held_to_end && !var.no_drop_glue && !moved[b].contains(v));
            if initialised && needed {
                held.push(v);
            } else if l.blocks[b].mentions.contains(&v) {
                again.push(v);
            }
        }
        held_dead.push(
            held.iter()
                .copied()
                .filter(|&v| !live[b].contains(v))
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
        cond_moved,
    }
}

/// A binding a drop flag (a home) can be given, that needs one.
fn flaggable(var: &crate::vars::Var) -> bool {
    var.kind == VarKind::User && var.slottable && !var.no_drop_glue
}

/// The blocks reachable from the entry block.
fn reachable_blocks(l: &Lowered, out_edges: &[Vec<usize>]) -> Vec<bool> {
    let n = l.blocks.len();
    let mut reachable = vec![false; n];
    let mut stack = vec![0];
    while let Some(b) = stack.pop() {
        if n == 0 || reachable[b] {
            continue;
        }
        reachable[b] = true;
        stack.extend(out_edges[b].iter().map(|&e| l.edges[e].to));
    }
    reachable
}

/// Forwards, on every path: the bindings surely moved at each block's
/// entry (the intersection over the incoming edges; the entry block has
/// none). Unreachable blocks are `None`.
fn surely_moved(
    l: &Lowered,
    reachable: &[bool],
    in_edges: &[Vec<usize>],
    assigned: &[Bits],
    edge_sure: &[Bits],
) -> Vec<Option<Bits>> {
    let width = l.vars.all.len();
    let n = l.blocks.len();
    // `None` is "every binding" (not reached yet by the fixed point).
    let mut sure: Vec<Option<Bits>> = vec![None; n];
    if n > 0 {
        sure[0] = Some(Bits::empty(width));
    }
    loop {
        let mut changed = false;
        for b in 1..n {
            let mut meet: Option<Bits> = None;
            for &ei in &in_edges[b] {
                let from = l.edges[ei].from;
                if !reachable[from] {
                    continue;
                }
                let Some(at_from) = &sure[from] else {
                    continue;
                };
                let mut out = Bits::empty(width);
                out.add_difference(at_from, &assigned[ei], Some(&edge_sure[ei]));
                meet = Some(match meet {
                    None => out,
                    Some(m) => m.intersect(&out),
                });
            }
            if let Some(m) = meet
                && sure[b].as_ref().is_none_or(|s| s.0 != m.0)
            {
                sure[b] = Some(m);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    sure
}

/// A set of bindings as bits, for the fixed points.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(width: usize) -> Bits {
        Bits(vec![0; width.div_ceil(64)])
    }

    fn of(set: &VarSet, width: usize) -> Bits {
        let mut bits = Bits::empty(width);
        for &v in set {
            bits.0[v / 64] |= 1 << (v % 64);
        }
        bits
    }

    fn intersect(&self, other: &Bits) -> Bits {
        Bits(self.0.iter().zip(&other.0).map(|(a, b)| a & b).collect())
    }

    fn contains(&self, v: VarId) -> bool {
        self.0[v / 64] & (1 << (v % 64)) != 0
    }

    /// `self |= (from - minus) | extra`; whether `self` grew.
    fn add_difference(&mut self, from: &Bits, minus: &Bits, extra: Option<&Bits>) -> bool {
        let mut changed = false;
        for (i, word) in self.0.iter_mut().enumerate() {
            let add = (from.0[i] & !minus.0[i]) | extra.map_or(0, |e| e.0[i]);
            changed |= add & !*word != 0;
            *word |= add;
        }
        changed
    }
}
