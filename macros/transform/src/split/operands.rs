//! The operands the split looks through for the one expression that
//! branches: `Some(if c { .. } else { .. })`, `n += match k { .. }`, `break
//! match k { .. }`, `vec![t, { .. }]`, `match (Pair { b: { .. }, .. }) {
//! .. }`. Each list is in evaluation order: the operands before the one
//! that moves a field are the heads of its branches, those after it run
//! after they join (`places`).

use super::mentions::Mentions;
use crate::syntax::macros::{self, MacroArgs, Operands};
use proc_macro2::Ident;
use syn::visit::Visit;
use syn::{Block, Expr};

/// Whether `e` moves a field of `name`.
pub(super) fn moves_field(e: &Expr, name: &Ident) -> bool {
    let mut m = Mentions::new(name);
    m.visit_expr(e);
    m.moves_field
}

/// Whether the split goes into `e`'s own branches: an `if` or a `match`
/// whose condition or scrutinee moves no field (one that does is an
/// operand like any other, its branches run after it), a block.
pub(super) fn branches_here(e: &Expr, name: &Ident) -> bool {
    match e {
        Expr::If(i) => !moves_field(&i.cond, name),
        Expr::Match(m) => !moves_field(&m.expr, name),
        Expr::Block(b) => b.label.is_none(),
        _ => false,
    }
}

/// The operands of `e` (see the module's docs), a block as an
/// `Expr::Block`.
pub(super) fn operands(e: &Expr) -> Vec<Expr> {
    if let Expr::Macro(m) = e {
        return operands_of_macro(&m.mac);
    }
    let mut e = e.clone();
    operands_mut(&mut e)
        .into_iter()
        .map(|p| match p {
            Part::Expr(e) => e.clone(),
            Part::Block(b) => Expr::Block(syn::ExprBlock {
                attrs: Vec::new(),
                label: None,
                block: b.clone(),
            }),
        })
        .collect()
}

/// An operand to write into.
pub(super) enum Part<'a> {
    Expr(&'a mut Expr),
    /// An `if`'s `then` branch, after its condition.
    Block(&'a mut Block),
}

/// The operands of `e`, as [`operands`] lists them (a macro's are written
/// back by [`with_macro_operands`]).
pub(super) fn operands_mut(e: &mut Expr) -> Vec<Part<'_>> {
    let exprs: Vec<&mut Expr> = match e {
        Expr::Paren(p) => vec![&mut *p.expr],
        Expr::Await(a) => vec![&mut *a.base],
        Expr::Call(c) => std::iter::once(&mut *c.func).chain(&mut c.args).collect(),
        Expr::MethodCall(m) => std::iter::once(&mut *m.receiver)
            .chain(&mut m.args)
            .collect(),
        Expr::Tuple(t) => t.elems.iter_mut().collect(),
        Expr::Array(a) => a.elems.iter_mut().collect(),
        Expr::Struct(s) => s
            .fields
            .iter_mut()
            .map(|f| &mut f.expr)
            .chain(s.rest.as_deref_mut())
            .collect(),
        // `m += match k { .. }`, `x = if c { .. } else { .. }`; of `&&`/`||`
        // the left operand only, which always runs (a let chain's first
        // `let`): the right one may not run, it is not looked through.
        Expr::Binary(b) => {
            let right = (!is_lazy(&b.op)).then_some(&mut *b.right);
            std::iter::once(&mut *b.left).chain(right).collect()
        }
        Expr::Assign(a) => vec![&mut *a.left, &mut *a.right],
        Expr::Unary(u) => vec![&mut *u.expr],
        // `[t, { .. }][0]`, `(t, { .. }).1`: the base, then the index.
        Expr::Index(i) => vec![&mut *i.expr, &mut *i.index],
        Expr::Field(f) => vec![&mut *f.base],
        Expr::Cast(c) => vec![&mut *c.expr],
        Expr::Try(t) => vec![&mut *t.expr],
        Expr::Reference(r) => vec![&mut *r.expr],
        Expr::Let(l) => vec![&mut *l.expr],
        Expr::Break(b) => b.expr.as_deref_mut().into_iter().collect(),
        Expr::Return(r) => r.expr.as_deref_mut().into_iter().collect(),
        // A scrutinee that moves a field (`branches_here`), then the arms.
        Expr::Match(m) => std::iter::once(&mut *m.expr)
            .chain(m.arms.iter_mut().flat_map(|arm| {
                let guard = arm.guard.as_mut().map(|(_, g)| &mut **g);
                guard.into_iter().chain(Some(&mut *arm.body))
            }))
            .collect(),
        Expr::If(i) => {
            let else_branch = i.else_branch.as_mut().map(|(_, e)| Part::Expr(e));
            return std::iter::once(Part::Expr(&mut i.cond))
                .chain(Some(Part::Block(&mut i.then_branch)))
                .chain(else_branch)
                .collect();
        }
        _ => Vec::new(),
    };
    exprs.into_iter().map(Part::Expr).collect()
}

fn is_lazy(op: &syn::BinOp) -> bool {
    matches!(op, syn::BinOp::And(_) | syn::BinOp::Or(_))
}

/// The operands of a known macro that evaluates every one of them, in
/// order (`macros::evaluates_every_operand`: `vec!`, `dbg!`, the format
/// family), but `matches!` (its pattern and guard are opaque).
fn macro_operands(mac: &syn::Macro) -> Option<MacroArgs> {
    let Operands::Exprs(args) = macros::operands(mac) else {
        return None;
    };
    (macros::evaluates_every_operand(mac, &args) && macros::name(mac) != "matches").then_some(args)
}

/// The operands of a known macro ([`macro_operands`]; none for another).
pub(super) fn operands_of_macro(mac: &syn::Macro) -> Vec<Expr> {
    macro_operands(mac)
        .map(|args| args.args.into_iter().map(|a| a.expr).collect())
        .unwrap_or_default()
}

/// Runs `f` on the operands of a known macro ([`macro_operands`], `None`
/// for another) and writes them back.
pub(super) fn with_macro_operands(mac: &mut syn::Macro, f: impl FnOnce(Option<Vec<&mut Expr>>)) {
    let Some(mut args) = macro_operands(mac) else {
        return f(None);
    };
    f(Some(args.exprs_mut().map(|(e, _)| e).collect()));
    mac.tokens = args.to_tokens();
}

/// Which of `ops` moves a field of `name`, if exactly one does.
pub(super) fn moving_operand(ops: &[Expr], name: &Ident) -> Option<usize> {
    let moving: Vec<usize> = (0..ops.len())
        .filter(|&k| moves_field(&ops[k], name))
        .collect();
    match moving[..] {
        [k] => Some(k),
        _ => None,
    }
}
