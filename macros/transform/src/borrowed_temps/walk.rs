//! The syntax the rewrite walks: the operands a statement evaluates
//! first, in Rust's order, and whether a value makes temporaries of its own.

use crate::syntax::awaits::contains_await;
use crate::syntax::expr::{is_constant, is_place_or_const};
use crate::syntax::moves::{consumes_temporary, links_a_builder_chain};
use syn::{Block, Expr, Stmt};

/// The operands of `e` that Rust evaluates before anything else of it, in
/// order (a receiver, a callee and the arguments, an operator's operands,
/// an assignment's value, a `?` or `return` operand, ...); `None` for the
/// forms not walked (blocks, branches, loops, closures, macros).
pub(super) fn leading_operands(e: &mut Expr) -> Option<Vec<&mut Expr>> {
    Some(match e {
        Expr::Paren(p) => vec![&mut *p.expr],
        Expr::Group(g) => vec![&mut *g.expr],
        Expr::Try(t) => vec![&mut *t.expr],
        Expr::Unary(u) => vec![&mut *u.expr],
        Expr::Cast(c) => vec![&mut *c.expr],
        Expr::Reference(r) => vec![&mut *r.expr],
        Expr::Field(f) => vec![&mut *f.base],
        Expr::Index(i) => vec![&mut *i.expr, &mut *i.index],
        Expr::MethodCall(m) => std::iter::once(&mut *m.receiver)
            .chain(&mut m.args)
            .collect(),
        Expr::Call(c) => std::iter::once(&mut *c.func).chain(&mut c.args).collect(),
        // The right operand of `&&`/`||` may not run.
        Expr::Binary(b) => {
            let lazy = matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_));
            let right = (!lazy).then_some(&mut *b.right);
            std::iter::once(&mut *b.left).chain(right).collect()
        }
        // `x = v`: the value first.
        Expr::Assign(a) => vec![&mut *a.right],
        Expr::Return(r) => r.expr.as_deref_mut().into_iter().collect(),
        Expr::Break(b) => b.expr.as_deref_mut().into_iter().collect(),
        Expr::Tuple(t) => t.elems.iter_mut().collect(),
        Expr::Array(a) => a.elems.iter_mut().collect(),
        _ => return None,
    })
}

/// The `.await` that statement `e` evaluates first, when it is reached
/// through operands evaluated before anything else ([`leading_operands`],
/// past those that only name a place or a constant): its awaitable's
/// temporaries can be bound before the statement, where Rust makes them.
pub(super) fn first_await(e: &mut Expr) -> Option<&mut Expr> {
    if let Expr::Await(_) = e {
        return Some(e);
    }
    for operand in leading_operands(e)? {
        if contains_await(operand) {
            return first_await(operand);
        }
        if !is_place_or_const(operand) {
            return None;
        }
    }
    None
}

/// What `Binder::bind_leading_values` bound before a statement.
pub(super) enum Leading {
    /// Nothing needs binding.
    Unchanged,
    /// An operand before the last one to bind leaves a value that makes
    /// temporaries of its own: the statement is left as it was.
    Unbindable,
    /// Up to a value made from another temporary.
    MadeFromTemporary,
    /// Up to the first `.await`, whose awaitable borrows a temporary.
    BorrowedByTheAwaitable,
}

/// One of [`leading_values`]: an operand `e` evaluates before its first
/// `.await`.
pub(super) struct LeadingValue<'e> {
    pub(super) expr: &'e mut Expr,
    /// `Some` for a place (or constant), which is read where it stands:
    /// `Some(true)` where it is used by value (an argument, an operator's
    /// operand, an element), `Some(false)` where it may be borrowed (a
    /// receiver, the operand of `&`, a comparison's operand, a callee).
    pub(super) place: Option<bool>,
}

/// The values statement `e` evaluates before its first `.await`, in
/// Rust's order: reached through [`leading_operands`] (and the places and
/// constants among them, `place`), each a chain (a call, a method call, a
/// field, an index or a reference) or another form that is not walked (a
/// macro, a block, `&&`), that does not await, and last the `.await` when
/// the walk reaches it. `true` once the walk has reached the `.await` (or
/// a form it cannot see into that holds one). `by_value`: how `e` is used.
pub(super) fn leading_values<'e>(
    e: &'e mut Expr,
    by_value: bool,
    out: &mut Vec<LeadingValue<'e>>,
) -> bool {
    if is_place_or_const(e) {
        out.push(LeadingValue {
            expr: e,
            place: Some(by_value),
        });
        return false;
    }
    let awaits = contains_await(e);
    let chain = matches!(
        e,
        Expr::MethodCall(_) | Expr::Call(_) | Expr::Field(_) | Expr::Index(_) | Expr::Reference(_)
    );
    let value = |expr| LeadingValue { expr, place: None };
    if matches!(e, Expr::Await(_)) {
        out.push(value(e));
        return true;
    }
    if !awaits && chain {
        out.push(value(e));
        return false;
    }
    // The operands of `&&`/`||` are temporary scopes of their own.
    let lazy =
        matches!(e, Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)));
    if lazy {
        if !awaits {
            out.push(value(e));
        }
        return awaits;
    }
    if matches!(e, Expr::Binary(b) if crate::syntax::expr::is_compound_assignment(&b.op)) {
        // The place of `v[i] += ..` is not a value to bind; the value is
        // evaluated first (built-in operators; the lowering checks the
        // others, `compound_probes`).
        let Expr::Binary(b) = e else {
            unreachable!("matched above")
        };
        return leading_values(&mut b.right, true, out);
    }
    if !has_leading_operands(e) {
        if !awaits {
            out.push(value(e));
        }
        return awaits;
    }
    let uses = operand_uses(e, by_value);
    for (operand, by_value) in leading_operands(e).into_iter().flatten().zip(uses) {
        if leading_values(operand, by_value, out) {
            return true;
        }
    }
    awaits
}

/// Whether each of [`leading_operands`] of `e` (used as `by_value`) is
/// used by value.
fn operand_uses(e: &Expr, by_value: bool) -> Vec<bool> {
    match e {
        Expr::Paren(_) | Expr::Group(_) => vec![by_value],
        Expr::Unary(u) => vec![!matches!(u.op, syn::UnOp::Deref(_))],
        Expr::Reference(_) | Expr::Field(_) => vec![false],
        Expr::Index(_) => vec![false, true],
        Expr::MethodCall(m) => std::iter::once(false)
            .chain(m.args.iter().map(|_| true))
            .collect(),
        Expr::Call(c) => std::iter::once(false)
            .chain(c.args.iter().map(|_| true))
            .collect(),
        Expr::Binary(b) => vec![!crate::syntax::expr::is_comparison(&b.op); 2],
        Expr::Tuple(t) => vec![true; t.elems.len()],
        Expr::Array(a) => vec![true; a.elems.len()],
        _ => vec![true],
    }
}

/// The forms [`leading_operands`] walks.
pub(super) fn has_leading_operands(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Paren(_)
            | Expr::Group(_)
            | Expr::Try(_)
            | Expr::Unary(_)
            | Expr::Cast(_)
            | Expr::Reference(_)
            | Expr::Field(_)
            | Expr::Index(_)
            | Expr::MethodCall(_)
            | Expr::Call(_)
            | Expr::Binary(_)
            | Expr::Assign(_)
            | Expr::Return(_)
            | Expr::Break(_)
            | Expr::Tuple(_)
            | Expr::Array(_)
    )
}

/// Whether evaluating `e` makes temporaries of its own (besides its value):
/// Rust keeps those to the end of the statement too, so `e` cannot be
/// bound to a `let` of its own, where they would drop at the `let`'s end
/// (`match vec![consume(&Tracked::new(..), 0)].len() { .. }`: program seed
/// 10535111004903519386). Conservative: an opaque macro, a nested
/// scrutinee or condition, anything not listed, may.
pub(super) fn makes_temporaries(e: &Expr) -> bool {
    // Not a place, and not a constant Rust promotes to a `static`
    // (`&["a", "b"]`).
    let value = |e: &Expr| !is_place_or_const(e) && !is_constant(e);
    match e {
        Expr::Path(_) | Expr::Lit(_) | Expr::Closure(_) => false,
        Expr::Paren(p) => makes_temporaries(&p.expr),
        Expr::Group(g) => makes_temporaries(&g.expr),
        Expr::Cast(c) => makes_temporaries(&c.expr),
        Expr::Try(t) => makes_temporaries(&t.expr),
        Expr::Await(a) => makes_temporaries(&a.base),
        // `*x` borrows its operand (`Deref::deref`); `-x`, `!x` move it.
        Expr::Unary(u) if !matches!(u.op, syn::UnOp::Deref(_)) => makes_temporaries(&u.expr),
        Expr::Unary(u) => value(&u.expr) || makes_temporaries(&u.expr),
        Expr::Reference(r) => value(&r.expr) || makes_temporaries(&r.expr),
        Expr::Field(f) => value(&f.base) || makes_temporaries(&f.base),
        Expr::Index(i) => {
            value(&i.expr) || makes_temporaries(&i.expr) || makes_temporaries(&i.index)
        }
        Expr::Call(c) => makes_temporaries(&c.func) || c.args.iter().any(makes_temporaries),
        Expr::MethodCall(m) => {
            (value(&m.receiver) && !consumes_temporary(&m.method))
                || makes_temporaries(&m.receiver)
                || m.args.iter().any(makes_temporaries)
        }
        Expr::Struct(s) => {
            s.fields.iter().any(|f| makes_temporaries(&f.expr))
                || s.rest.as_ref().is_some_and(|r| makes_temporaries(r))
        }
        Expr::Tuple(t) => t.elems.iter().any(makes_temporaries),
        // A comparison borrows its operands; `&&`/`||` operands are
        // conditions of their own.
        Expr::Binary(b) => {
            let borrowed = crate::syntax::expr::is_comparison(&b.op);
            let lazy = matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_));
            !lazy
                && ((borrowed && (value(&b.left) || value(&b.right)))
                    || makes_temporaries(&b.left)
                    || makes_temporaries(&b.right))
        }
        // A condition's temporaries drop before the branches; a block's
        // statements' at their `;`; its tail's at its end (edition 2024;
        // before, at the enclosing statement's: counted).
        Expr::If(i) => {
            tail_makes_temporaries(&i.then_branch)
                || i.else_branch
                    .as_ref()
                    .is_some_and(|(_, e)| makes_temporaries(e))
        }
        Expr::Block(b) => tail_makes_temporaries(&b.block),
        Expr::Array(a) => a.elems.iter().any(makes_temporaries),
        // `[x; N]`, `a..b`: their operands are moved in (`N` is a constant).
        Expr::Repeat(r) => makes_temporaries(&r.expr),
        Expr::Range(r) => {
            r.start.as_ref().is_some_and(|e| makes_temporaries(e))
                || r.end.as_ref().is_some_and(|e| makes_temporaries(e))
        }
        // `format!` evaluates its operands in a statement of its own.
        Expr::Macro(m) if crate::syntax::macros::name(&m.mac) == "format" => false,
        Expr::Macro(m) if crate::syntax::macros::name(&m.mac) == "vec" => {
            match crate::syntax::macros::operands(&m.mac) {
                crate::syntax::macros::Operands::Exprs(args) => {
                    args.args.iter().any(|a| makes_temporaries(&a.expr))
                }
                _ => true,
            }
        }
        _ => true,
    }
}

fn tail_makes_temporaries(b: &Block) -> bool {
    match b.stmts.last() {
        Some(Stmt::Expr(e, None)) => makes_temporaries(e),
        _ => false,
    }
}

/// The bindings `e` assigns (`x = ..`, `x += ..`) or borrows mutably (`&mut
/// x.f`), outside closures: a place naming one and read before `e` must
/// be read before it.
pub(super) fn changed_roots(e: &Expr) -> Vec<String> {
    use syn::visit::{self, Visit};
    struct Changes(Vec<String>);
    impl<'ast> Visit<'ast> for Changes {
        fn visit_expr(&mut self, e: &'ast Expr) {
            let place = match e {
                Expr::Assign(a) => Some(&*a.left),
                Expr::Binary(b) if crate::syntax::expr::is_compound_assignment(&b.op) => {
                    Some(&*b.left)
                }
                Expr::Reference(r) if r.mutability.is_some() => Some(&*r.expr),
                Expr::Closure(_) | Expr::Async(_) => return,
                _ => None,
            };
            if let Some(root) = place.and_then(crate::syntax::expr::place_root) {
                self.0.push(root.to_string());
            }
            visit::visit_expr(self, e);
        }
    }
    let mut changes = Changes(Vec::new());
    changes.visit_expr(e);
    changes.0
}

/// The base of the builder chain `e` is (`client.get(u)` of
/// `client.get(u).header(k, v)`: `syntax::moves::links_a_builder_chain`),
/// which its links move; `e` itself where it is no link.
pub(super) fn builder_chain_base(e: &mut Expr) -> &mut Expr {
    let link = matches!(crate::syntax::expr::strip_parens(e), Expr::MethodCall(m) if links_a_builder_chain(m));
    if !link {
        return e;
    }
    match e {
        Expr::Paren(p) => builder_chain_base(&mut p.expr),
        Expr::MethodCall(m) => builder_chain_base(&mut m.receiver),
        other => other,
    }
}

/// A literal, or a path that is not a local's name (`usize::MAX`, `LIMIT`,
/// `None`): nothing can change it.
pub(super) fn is_constant_place(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Paren(p) => is_constant_place(&p.expr),
        Expr::Path(p) => {
            p.qself.is_some() || p.path.segments.len() > 1 || {
                let name = p.path.segments[0].ident.to_string();
                name.starts_with(|c: char| c.is_uppercase())
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `has_leading_operands` lists the forms `leading_operands` walks
    /// (written apart: one takes `&Expr`, the other `&mut Expr`); they
    /// must not drift.
    #[test]
    fn has_leading_operands_agrees_with_leading_operands() {
        let forms = [
            "(a)",
            "f()?",
            "-a",
            "a as u8",
            "&a",
            "a.b",
            "a[i]",
            "a.m(b)",
            "f(a)",
            "a + b",
            "a && b",
            "a = b",
            "return a",
            "break a",
            "(a, b)",
            "[a, b]",
            "a",
            "1",
            "if c { a } else { b }",
            "match a { _ => b }",
            "{ a }",
            "loop { a }",
            "S { a: b }",
            "|x| x",
            "a..b",
            "x.await",
            "vec![a]",
            "[a; 3]",
            "a += b",
            "let x = a",
            "async { a }",
            "unsafe { a }",
            "continue",
            "'l: { a }",
        ];
        for form in forms {
            let e: Expr = syn::parse_str(form).expect("an expression");
            assert_eq!(
                has_leading_operands(&e),
                leading_operands(&mut e.clone()).is_some(),
                "{form}"
            );
        }
    }
}
