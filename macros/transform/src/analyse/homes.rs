//! Which user bindings need a fixed home: the first lowering's borrow facts
//! and liveness plan in, a [`HomePlan`] out (keyed by user binding, so that
//! the second lowering, which makes other temporaries, gives each home to
//! the binding it was planned for; temporaries can never get one).

use super::liveness::Plan;
use crate::ir::BorrowFacts;
use crate::rules::Rule;
use crate::vars::{HomePlan, UserBinding, VarId, VarSet, Vars};

/// The homes a body needs, from its first lowering.
pub struct Homes {
    pub plan: HomePlan,
    /// Arguments that move into a homed binding of the body first thing.
    pub params: Vec<VarId>,
    /// Each planned home with the name of its binding (see [`check`]).
    pub expected: Vec<(UserBinding, String)>,
}

/// Plans the homes from the first lowering (`None`: no binding needs one).
/// `first_body_var` is the first binding the body declares.
pub fn plan(
    vars: &Vars,
    facts: &BorrowFacts,
    liveness: &Plan,
    first_body_var: VarId,
) -> Option<Homes> {
    let wanted = wanted(vars, facts, liveness);
    if wanted.is_empty() {
        return None;
    }
    // Homed arguments get a homed `let` of their own, declared before the
    // body. So do the arguments after the first homed one, homed or not:
    // a body binding drops before the arguments, and re-binding them all
    // in order keeps `async fn`'s order (the last argument drops first).
    // The body's user bindings shift by the number of these `let`s.
    let first_homed_arg = wanted.iter().copied().filter(|&v| v < first_body_var).min();
    let params: Vec<VarId> = first_homed_arg.map_or_else(Vec::new, |first| {
        (first..first_body_var)
            .filter(|&v| vars.all[v].user.is_some())
            .collect()
    });
    let first_body_user = vars.all[..first_body_var]
        .iter()
        .filter(|v| v.user.is_some())
        .count();
    let shift = params.len();
    let mut expected: Vec<(UserBinding, String)> = params
        .iter()
        .enumerate()
        .filter(|&(_, param)| wanted.contains(param))
        .map(|(i, &param)| (first_body_user + i, vars.all[param].name.clone()))
        .collect();
    expected.extend(wanted.iter().filter(|&&v| v >= first_body_var).map(|&v| {
        let user = vars.all[v].user.expect("only user bindings get homes");
        (user + shift, vars.all[v].name.clone())
    }));
    let plan = expected
        .iter()
        .enumerate()
        .map(|(index, (user, _))| (*user, index))
        .collect();
    Some(Homes {
        plan,
        params,
        expected,
    })
}

/// Every planned home went to the binding it was planned for: the second
/// pass declares the user's bindings in the same order as the first. A
/// mismatch is a bug of the transform, reported rather than miscompiled.
pub fn check(vars: &Vars, expected: &[(UserBinding, String)]) -> Result<(), syn::Error> {
    for (user, name) in expected {
        let got = vars.all.iter().find(|v| v.user == Some(*user));
        if got.is_none_or(|v| &v.name != name || v.slot.is_none()) {
            let rule = Rule::HomeMisplaced { name: name.clone() };
            return Err(rule.at(proc_macro2::Span::call_site()));
        }
    }
    Ok(())
}

/// The bindings that need a fixed home (see `borrows`): those asked for
/// directly, and those a held binding's value may borrow, to a fixed point.
/// Only plain `let` bindings and arguments can have one.
fn wanted(vars: &Vars, facts: &BorrowFacts, plan: &Plan) -> VarSet {
    let mut held = VarSet::new();
    let mut held_dead = VarSet::new();
    for (b, carried) in plan.carried.iter().enumerate() {
        if plan.reachable[b] {
            held.extend(carried.iter().copied());
            held_dead.extend(plan.held_dead[b].iter().copied());
        }
    }
    let mut wanted = facts.requests.clone();
    // A binding moved on some paths only gets a home for its drop flag.
    wanted.extend(plan.cond_moved.iter().copied());
    let mut dead_homed = false;
    loop {
        let mut changed = false;
        // A held value's sources live on in it.
        for (holders, sources) in &facts.value_edges {
            if holders
                .iter()
                .any(|h| held.contains(h) || wanted.contains(h))
            {
                for &s in sources {
                    changed |= held.insert(s);
                }
            }
        }
        for (holders, borrowed) in &facts.borrow_edges {
            if holders
                .iter()
                .any(|h| held.contains(h) || wanted.contains(h))
            {
                for &b in borrowed {
                    changed |= wanted.insert(b);
                }
            }
            // A binding that borrows a home and is held past its last use
            // (to drop at its scope's end) gets a home too: what it points
            // into may be gone by then, and moving a dangling reference
            // between variants is undefined; in a home it never moves.
            if borrowed.iter().any(|b| wanted.contains(b)) {
                for &h in holders {
                    if held_dead.contains(&h) && vars.all[h].slottable {
                        changed |= wanted.insert(h);
                    }
                }
            }
        }
        // The same for a value built from a homed binding (`Borrower(r)`).
        for (holders, sources) in &facts.value_edges {
            if sources.iter().any(|s| wanted.contains(s)) {
                for &h in holders {
                    if held_dead.contains(&h) && vars.all[h].slottable {
                        changed |= wanted.insert(h);
                    }
                }
            }
        }
        // With homes, references into them carry a lifetime the machine's
        // borrow check cannot see through, and the syntactic judgement of
        // who borrows what can miss one (a borrow returned by a `to_*`
        // method, stored by a closure, made in a user macro). A binding
        // held only to be dropped at its scope's end may then point into a
        // home that is gone: moving it between variants would move a
        // dangling reference (undefined behaviour). So every such binding
        // gets a home too, where it never moves: a wrong guess costs the
        // packing of that binding, never soundness.
        if !changed && !dead_homed && !wanted.is_empty() {
            dead_homed = true;
            for &h in &held_dead {
                if vars.all[h].slottable {
                    changed |= wanted.insert(h);
                }
            }
        }
        if !changed {
            break;
        }
    }
    wanted.retain(|&v| vars.all[v].slottable);
    wanted
}
