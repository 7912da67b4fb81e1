//! Where a split goes: before the first statement that moves a field, or,
//! where that statement names the binding whole on another path, into its
//! branches.
//!
//! The split itself is invisible (it moves no value anywhere a `Drop` runs,
//! and the field bindings drop where the fields would), so it may go
//! anywhere between the last use of the whole binding and the first move
//! of a field, on every path. The rule, for a block's statements (`place`):
//!
//! - the first statement that moves a field, if neither it nor a later
//!   statement names the binding whole: the split goes before it, or before
//!   the first statement naming a field since the last whole use (so that
//!   a borrow of a field, `let r = &p.b;`, borrows the field binding);
//! - else, if that statement branches (`if`, `match`, `let .. else`, a
//!   block), or the one operand of it that moves a field does (in
//!   evaluation order, `operands`: `break match k { .. }`, `vec![t, { ..
//!   }]`, a scrutinee whose arms then run after it), and its heads
//!   (condition, scrutinee, initialiser, the operands before) move no
//!   field: each branch is placed the same way, recursively. If a branch
//!   that moves a field falls through to the next statement, every branch
//!   that falls through is split (one that moves nothing, at its end), and
//!   the statements after are renamed; if only branches that end the scope
//!   (`return`, `break`, `continue`, a `let .. else`'s `else`) move a
//!   field, those are split, and the binding stays whole after the
//!   statement: the search goes on from the next one;
//! - else the binding is not split (a loop's body would split it on every
//!   iteration).
//!
//! The branches are those of statements at the binding's own level, never
//! inside a loop or a labelled block: a `break` or `continue` ending a
//! branch leaves the binding's scope.

use super::mentions::{Mentions, shadowing_init};
use super::operands::{
    Part, branches_here, moves_field, moving_operand, operands, operands_mut, operands_of_macro,
    with_macro_operands,
};
use proc_macro2::Ident;
use syn::visit::Visit;
use syn::{Block, Expr, Stmt};

/// What the split does in one block's statements, in order.
#[derive(Debug)]
pub(super) enum Action {
    /// The split goes before statement `k`; the statements from `k` on are
    /// renamed.
    SplitBefore(usize),
    /// Into the branches of statement `k` (one plan each, `None`: left as
    /// it is); `rest`: the statements after `k` are renamed (every branch
    /// that falls through is split).
    Branches {
        k: usize,
        plans: Vec<Option<Vec<Action>>>,
        rest: bool,
    },
    /// The split goes at the block's end (before its tail expression,
    /// which is renamed).
    AtEnd,
}

impl Action {
    /// The statement the action first touches.
    pub(super) fn first(&self, len: usize) -> usize {
        match self {
            Action::SplitBefore(k) | Action::Branches { k, .. } => *k,
            Action::AtEnd => len,
        }
    }
}

/// How one statement names the binding.
fn mentions<'a>(stmt: &Stmt, name: &'a Ident) -> Mentions<'a> {
    let mut m = Mentions::new(name);
    match shadowing_init(stmt, name) {
        Some(init) => m.visit_local_init(init),
        None => m.visit_stmt(stmt),
    }
    m
}

fn block_mentions<'a>(block: &Block, name: &'a Ident) -> Mentions<'a> {
    let mut m = Mentions::new(name);
    m.visit_block(block);
    m
}

/// Where the split of `name` goes in `stmts` (see the module's docs);
/// `at_end`: control reaching the end of `stmts` must find it split.
/// `None`: it cannot be placed. `nested`: a branch's block, where a `let`
/// shadowing the name ends the search: its initialiser is the binding's
/// last mention there (`let p = Pair { a: x, ..p };`), and the split must
/// be made by then, never at the block's end (where `p` is the shadow).
pub(super) fn place(
    stmts: &[Stmt],
    name: &Ident,
    at_end: bool,
    nested: bool,
) -> Option<Vec<Action>> {
    if nested && let Some(s) = stmts.iter().position(|s| shadowing_init(s, name).is_some()) {
        let actions = place(&stmts[..=s], name, at_end, false)?;
        return (!actions.iter().any(|a| matches!(a, Action::AtEnd))).then_some(actions);
    }
    let all: Vec<Mentions> = stmts.iter().map(|s| mentions(s, name)).collect();
    let mut actions = Vec::new();
    // The first statement naming a field since the last whole use.
    let mut fields_from: Option<usize> = None;
    for (k, m) in all.iter().enumerate() {
        let later_whole = all[k + 1..].iter().any(|m| m.whole);
        if !m.moves_field {
            if m.whole {
                fields_from = None;
            } else if !m.fields.is_empty() && fields_from.is_none() {
                fields_from = Some(k);
            }
            continue;
        }
        if !m.whole && !later_whole {
            actions.push(Action::SplitBefore(fields_from.unwrap_or(k)));
            return Some(actions);
        }
        let branches = branches(&stmts[k], name)?;
        let expr_mentions = |e: &Expr| {
            let mut m = Mentions::new(name);
            m.visit_expr(e);
            m
        };
        if branches.heads.iter().any(|h| moves_field(h, name)) {
            return None;
        }
        let moves: Vec<bool> = branches
            .blocks
            .iter()
            .map(|b| block_mentions(b, name).moves_field)
            .collect();
        let ends: Vec<bool> = branches
            .blocks
            .iter()
            .map(|b| branches.always_end || ends_scope(b))
            .collect();
        let rest = moves.iter().zip(&ends).any(|(m, e)| *m && !e);
        // What runs after the join finds the binding split (`rest`) or
        // whole: it must not name it whole, or move a field.
        if branches.after.iter().any(|e| {
            let m = expr_mentions(e);
            m.moves_field || (rest && m.whole)
        }) || (rest && later_whole)
        {
            return None;
        }
        let mut plans = Vec::new();
        for ((block, moves), ends) in branches.blocks.iter().zip(&moves).zip(&ends) {
            plans.push(if *moves || (rest && !ends) {
                Some(place(&block.stmts, name, rest && !ends, true)?)
            } else {
                None
            });
        }
        actions.push(Action::Branches { k, plans, rest });
        if rest {
            return Some(actions);
        }
        fields_from = None;
    }
    if at_end {
        // A tail naming the binding whole is bound first (`end_of`): its
        // temporaries then drop before the block's bindings would, so only
        // in a block without any.
        if let Some(Stmt::Expr(_, None)) = stmts.last()
            && all.last().is_some_and(|m| m.whole)
            && stmts.iter().any(|s| matches!(s, Stmt::Local(_)))
        {
            return None;
        }
        actions.push(Action::AtEnd);
    }
    Some(actions)
}

/// Where `Action::AtEnd` puts the split in `stmts[from..to]`: before the
/// tail expression, or, if the tail names `name` whole (`0 => log_pair(&p),`),
/// after it, bound first (`let __coro_value = log_pair(&p); <split>
/// __coro_value`).
pub(super) fn end_of(stmts: &mut Vec<Stmt>, from: usize, to: usize, name: &Ident) -> usize {
    if to == from || !matches!(stmts[to - 1], Stmt::Expr(_, None)) {
        return to;
    }
    if !mentions(&stmts[to - 1], name).whole {
        return to - 1;
    }
    if let Stmt::Expr(tail, None) = &stmts[to - 1] {
        let bound: Stmt = syn::parse_quote!(let __coro_value = #tail;);
        stmts[to - 1] = Stmt::Expr(syn::parse_quote!(__coro_value), None);
        stmts.insert(to - 1, bound);
    }
    to
}

/// The branches of a statement, each as a block (a `match` arm's
/// expression as the tail of one, an `if`'s missing `else` as an empty
/// one).
pub(super) struct Branches {
    pub(super) heads: Vec<Expr>,
    pub(super) blocks: Vec<Block>,
    /// Every branch ends the scope (a `let .. else`'s `else`).
    always_end: bool,
    /// What runs after the branches join: the operands after the one that
    /// branches (`f(if c { .. } else { .. }, after)`), a `let .. else`'s
    /// `else` after its initialiser's branches.
    after: Vec<Expr>,
}

fn branches(stmt: &Stmt, name: &Ident) -> Option<Branches> {
    let e = match stmt {
        // `let x = if c { .. } else { .. } else { .. };`: the initialiser's
        // branches where they move a field, with the `else` after them.
        Stmt::Local(l) if init_branches(l, name) => {
            let init = l.init.as_ref()?;
            let mut b = expr_branches(&init.expr, name)?;
            b.after
                .extend(init.diverge.as_ref().map(|(_, d)| (**d).clone()));
            return Some(b);
        }
        Stmt::Local(l) => {
            let init = l.init.as_ref()?;
            let (_, diverge) = init.diverge.as_ref()?;
            let Expr::Block(b) = &**diverge else {
                return None;
            };
            return Some(Branches {
                heads: vec![(*init.expr).clone()],
                blocks: vec![b.block.clone()],
                always_end: true,
                after: Vec::new(),
            });
        }
        Stmt::Expr(e, _) => e,
        // `vec![t, { .. }];`
        Stmt::Macro(m) => return operand_branches(operands_of_macro(&m.mac), name),
        _ => return None,
    };
    expr_branches(e, name)
}

/// Whether a `let`'s initialiser moves a field of `name` (so its branches,
/// not its `else`, are the ones to split).
fn init_branches(l: &syn::Local, name: &Ident) -> bool {
    l.init.as_ref().is_some_and(|init| {
        let mut m = Mentions::new(name);
        m.visit_expr(&init.expr);
        m.moves_field
    })
}

/// The branches of the one operand of `ops` that moves a field; the
/// operands before it are evaluated before its branches, those after it
/// after they join.
fn operand_branches(ops: Vec<Expr>, name: &Ident) -> Option<Branches> {
    let k = moving_operand(&ops, name)?;
    let mut inner = expr_branches(&ops[k], name)?;
    inner.heads.splice(0..0, ops[..k].iter().cloned());
    inner.after.extend(ops[k + 1..].iter().cloned());
    Some(inner)
}

fn expr_branches(e: &Expr, name: &Ident) -> Option<Branches> {
    if !branches_here(e, name) {
        // `Some(if c { .. } else { .. })`, `vec![t, { .. }]`: the operand
        // that moves a field.
        return operand_branches(operands(e), name);
    }
    let mut heads = Vec::new();
    let mut blocks = Vec::new();
    match e {
        Expr::If(_) => {
            let mut e = e;
            loop {
                match e {
                    Expr::If(i) => {
                        heads.push((*i.cond).clone());
                        blocks.push(i.then_branch.clone());
                        match &i.else_branch {
                            Some((_, els)) => e = els,
                            None => {
                                blocks.push(empty_block());
                                break;
                            }
                        }
                    }
                    Expr::Block(b) if b.label.is_none() => {
                        blocks.push(b.block.clone());
                        break;
                    }
                    _ => return None,
                }
            }
        }
        Expr::Match(m) => {
            heads.push((*m.expr).clone());
            for arm in &m.arms {
                if let Some((_, guard)) = &arm.guard {
                    heads.push((**guard).clone());
                }
                blocks.push(arm_block(&arm.body));
            }
        }
        Expr::Block(b) => blocks.push(b.block.clone()),
        _ => return None,
    }
    Some(Branches {
        heads,
        blocks,
        always_end: false,
        after: Vec::new(),
    })
}

/// A `match` arm's body as a block: itself, or the tail of one.
pub(super) fn arm_block(body: &Expr) -> Block {
    match body {
        Expr::Block(b) if b.label.is_none() => b.block.clone(),
        e => Block {
            brace_token: Default::default(),
            stmts: vec![Stmt::Expr(e.clone(), None)],
        },
    }
}

fn empty_block() -> Block {
    Block {
        brace_token: Default::default(),
        stmts: Vec::new(),
    }
}

/// Whether a block never reaches its end: its last statement returns,
/// breaks or continues (out of the binding's scope: the branches followed
/// are never inside a loop), panics, or branches into blocks that all do.
fn ends_scope(block: &Block) -> bool {
    let Some(last) = block.stmts.last() else {
        return false;
    };
    match last {
        Stmt::Expr(e, _) => expr_ends_scope(e),
        Stmt::Macro(m) => crate::syntax::expr::panics(&m.mac),
        _ => false,
    }
}

fn expr_ends_scope(e: &Expr) -> bool {
    match e {
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        Expr::Macro(m) => crate::syntax::expr::panics(&m.mac),
        Expr::Block(b) if b.label.is_none() => ends_scope(&b.block),
        Expr::If(i) => {
            ends_scope(&i.then_branch)
                && i.else_branch
                    .as_ref()
                    .is_some_and(|(_, e)| expr_ends_scope(e))
        }
        Expr::Match(m) => !m.arms.is_empty() && m.arms.iter().all(|a| expr_ends_scope(&a.body)),
        _ => false,
    }
}

/// A statement's branches to write into, in the order of [`branches`]
/// (`None` for a branch that is not a block and has no plan), and what runs
/// after them (renamed where the branches split).
pub(super) struct BranchesMut<'a> {
    pub(super) blocks: Vec<Option<&'a mut Block>>,
    pub(super) after: Vec<&'a mut Expr>,
    /// An `if`'s `then` branch after a condition that branches.
    pub(super) after_blocks: Vec<&'a mut Block>,
}

/// The callback that writes into a statement's branches.
pub(super) type OnBranches<'f> = dyn FnMut(BranchesMut<'_>) + 'f;

/// Calls `f` once with the branches of `stmt` to write into: a `match`
/// arm's expression that `plans` splits becomes a block, an `if`'s missing
/// `else` that it splits an empty one. (A callback: a known macro's
/// operands are parsed, written into, and only then written back.)
pub(super) fn with_branches_mut(
    stmt: &mut Stmt,
    name: &Ident,
    plans: &[Option<Vec<Action>>],
    f: &mut OnBranches<'_>,
) {
    let mut out = BranchesMut {
        blocks: Vec::new(),
        after: Vec::new(),
        after_blocks: Vec::new(),
    };
    let in_init = matches!(&*stmt, Stmt::Local(l) if init_branches(l, name));
    let e = match stmt {
        Stmt::Local(l) => {
            let Some(init) = &mut l.init else {
                return f(out);
            };
            let diverge = init.diverge.as_mut().map(|(_, d)| &mut **d);
            if in_init {
                out.after.extend(diverge);
                &mut *init.expr
            } else {
                if let Some(Expr::Block(b)) = diverge {
                    out.blocks.push(Some(&mut b.block));
                }
                return f(out);
            }
        }
        Stmt::Expr(e, _) => e,
        Stmt::Macro(m) => return macro_branches_mut(&mut m.mac, name, plans, out, f),
        _ => return f(out),
    };
    expr_branches_mut(e, name, plans, out, f);
}

/// Into the operand of a known macro that moves a field (`vec![t, { .. }]`).
fn macro_branches_mut(
    mac: &mut syn::Macro,
    name: &Ident,
    plans: &[Option<Vec<Action>>],
    out: BranchesMut<'_>,
    f: &mut OnBranches<'_>,
) {
    let k = moving_operand(&operands_of_macro(mac), name);
    with_macro_operands(mac, |ops| {
        let (Some(k), Some(mut ops)) = (k, ops) else {
            return f(out);
        };
        let mut out = out;
        out.after.extend(ops.drain(k + 1..));
        match ops.pop() {
            Some(op) => expr_branches_mut(op, name, plans, out, f),
            None => f(out),
        }
    });
}

fn expr_branches_mut<'a>(
    e: &'a mut Expr,
    name: &Ident,
    plans: &[Option<Vec<Action>>],
    mut out: BranchesMut<'a>,
    f: &mut OnBranches<'_>,
) {
    let wanted = |k: usize| plans.get(k).is_some_and(Option::is_some);
    if !branches_here(e, name) {
        // `Some(if c { .. } else { .. })`: into the operand that moves a field.
        if let Expr::Macro(m) = e {
            return macro_branches_mut(&mut m.mac, name, plans, out, f);
        }
        let Some(k) = moving_operand(&operands(e), name) else {
            return f(out);
        };
        let mut ops = operands_mut(e);
        for part in ops.drain(k + 1..) {
            match part {
                Part::Expr(e) => out.after.push(e),
                Part::Block(b) => out.after_blocks.push(b),
            }
        }
        return match ops.pop() {
            Some(Part::Expr(op)) => expr_branches_mut(op, name, plans, out, f),
            _ => f(out),
        };
    }
    let blocks = &mut out.blocks;
    match e {
        Expr::If(i) => {
            let mut i = i;
            loop {
                if i.else_branch.is_none() && wanted(blocks.len() + 1) {
                    i.else_branch = Some((Default::default(), Box::new(syn::parse_quote!({}))));
                }
                let syn::ExprIf {
                    then_branch,
                    else_branch,
                    ..
                } = i;
                blocks.push(Some(then_branch));
                match else_branch.as_mut().map(|(_, e)| &mut **e) {
                    Some(Expr::If(next)) => i = next,
                    Some(Expr::Block(b)) => {
                        blocks.push(Some(&mut b.block));
                        break;
                    }
                    Some(_) => break,
                    None => {
                        blocks.push(None);
                        break;
                    }
                }
            }
        }
        Expr::Match(m) => {
            for (k, arm) in m.arms.iter_mut().enumerate() {
                if wanted(k) && !matches!(&*arm.body, Expr::Block(b) if b.label.is_none()) {
                    let body = &*arm.body;
                    let block: Expr = syn::parse_quote!({ #body });
                    *arm.body = block;
                }
                blocks.push(match &mut *arm.body {
                    Expr::Block(b) if b.label.is_none() => Some(&mut b.block),
                    _ => None,
                });
            }
        }
        Expr::Block(b) => blocks.push(Some(&mut b.block)),
        _ => {}
    }
    f(out);
}
