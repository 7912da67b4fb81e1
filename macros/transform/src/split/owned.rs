//! What a branch's pattern leaves of a scrutinee the branch owns, where the
//! lowering cannot keep it (issue 11; ARCHITECTURE.md known limit 7).
//!
//! A `match`, `if let` or `while let` on a value (awaited, or not a place:
//! `match f().await`, `if let Some(p) = make()`) whose pattern moves parts
//! out keeps what the pattern leaves to the end of the branch
//! (`lower/rest.rs` `keep_rest`): the pattern names each part. The parts
//! under `..` it cannot name (the macro does not know the value's fields),
//! nor a `_` in an or-pattern or under `@`: where such a pattern binds by
//! value and its branch suspends, those parts would drop at the branch's
//! first suspension, and Rust drops them at its end. That is a compile
//! error at the pattern, with the rewrite (name the parts). A branch that
//! does not suspend, or a pattern that binds nothing by value (it moves
//! nothing out), changes nothing.

use crate::syntax::awaits::contains_await;
use crate::syntax::expr::is_owned_scrutinee;
use crate::syntax::pattern;
use syn::visit::{self, Visit};
use syn::{Block, Expr, Pat};

/// The errors of the branches of `body` that would drop parts of an owned
/// scrutinee early (see the module's docs).
pub(super) fn check_owned_scrutinees(body: &Block) -> Result<(), syn::Error> {
    let mut checker = Checker { errors: Vec::new() };
    checker.visit_block(body);
    let mut errors = checker.errors.into_iter();
    match errors.next() {
        None => Ok(()),
        Some(mut first) => {
            errors.for_each(|e| first.combine(e));
            Err(first)
        }
    }
}

/// Whether `pat` moves a part out of the value it matches and leaves parts
/// the lowering cannot name: under `..`, or a `_` in an or-pattern or
/// under `@`.
pub fn leaves_unnamed_parts(pat: &Pat) -> bool {
    pattern::binds_by_value(pat)
        && !pattern::moves_whole(pat)
        && !pattern::is_single_binding(pat)
        && unnamed(pat)
}

/// Whether `pat` has a `..`, or a `_` in an or-pattern or under a `ref`
/// binding's `@` (a by-value `x @ ..` moves all it matches).
fn unnamed(pat: &Pat) -> bool {
    fn wild_or_rest(pat: &Pat) -> bool {
        struct Finder(bool);
        impl<'ast> Visit<'ast> for Finder {
            fn visit_pat(&mut self, p: &'ast Pat) {
                self.0 |= matches!(p, Pat::Wild(_) | Pat::Rest(_))
                    || matches!(p, Pat::Struct(s) if s.rest.is_some());
                visit::visit_pat(self, p);
            }
        }
        let mut f = Finder(false);
        f.visit_pat(pat);
        f.0
    }
    match pat {
        Pat::Rest(_) => true,
        Pat::Ident(p) => p
            .subpat
            .as_ref()
            .is_some_and(|(_, s)| p.by_ref.is_some() && wild_or_rest(s)),
        Pat::Or(o) => o.cases.iter().any(wild_or_rest),
        Pat::Paren(p) => unnamed(&p.pat),
        Pat::Type(p) => unnamed(&p.pat),
        Pat::Tuple(t) => t.elems.iter().any(unnamed),
        Pat::TupleStruct(t) => t.elems.iter().any(unnamed),
        // A slice pattern's `..` is named as a `_` is (`name @ ..`).
        Pat::Slice(s) => s
            .elems
            .iter()
            .any(|e| !matches!(e, Pat::Rest(_)) && unnamed(e)),
        Pat::Struct(s) => s.rest.is_some() || s.fields.iter().any(|f| unnamed(&f.pat)),
        _ => false,
    }
}

struct Checker {
    errors: Vec<syn::Error>,
}

impl Checker {
    fn branch(&mut self, scrutinee: &Expr, pat: &Pat, suspends: bool, what: &str) {
        if suspends && is_owned_scrutinee(scrutinee) && leaves_unnamed_parts(pat) {
            self.errors.push(syn::Error::new_spanned(
                pat,
                format!(
                    "coro: this {what} moves a part out of the value it matches and leaves \
                     other parts in it (under `..`, or a `_` in an or-pattern or under `@`), \
                     which Rust drops at the end of the {what}; across a suspension the \
                     coroutine keeps only parts it can name. Name the parts (`(t, _u, _v)`, \
                     `Pair {{ a, b: _b }}`: they then drop at the end of the {what})"
                ),
            ));
        }
    }
}

impl<'ast> Visit<'ast> for Checker {
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Match(m) => {
                for arm in &m.arms {
                    self.branch(&m.expr, &arm.pat, contains_await(&arm.body), "`match` arm");
                }
            }
            Expr::If(i) => {
                if let Expr::Let(l) = &*i.cond {
                    let suspends = i.then_branch.stmts.iter().any(stmt_suspends);
                    self.branch(&l.expr, &l.pat, suspends, "`if let`");
                }
            }
            Expr::While(w) => {
                if let Expr::Let(l) = &*w.cond {
                    let suspends = w.body.stmts.iter().any(stmt_suspends);
                    self.branch(&l.expr, &l.pat, suspends, "`while let`");
                }
            }
            _ => {}
        }
        visit::visit_expr(self, e);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        crate::syntax::macros::visit_operands(mac, self);
    }
    // Closures and items cannot suspend the coroutine.
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

fn stmt_suspends(s: &syn::Stmt) -> bool {
    crate::syntax::awaits::stmt_contains_await(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str) -> Result<(), String> {
        let block: Block = syn::parse_str(body).expect("a block");
        check_owned_scrutinees(&block).map_err(|e| e.to_string())
    }

    #[test]
    fn parts_under_rest_of_an_owned_scrutinee_are_errors_where_the_branch_suspends() {
        for body in [
            "{ match f().await { (a, ..) => { g().await; take(a) } } }",
            "{ match make() { Some(Pair { a, .. }) => { g().await; take(a) } None => 0 } }",
            "{ if let Some((a, ..)) = f().await { g().await; take(a); } }",
            "{ while let Some(Pair { a, .. }) = it.next() { g().await; take(a); } }",
            "{ match f().await { (a, _) | (_, a) => { g().await; take(a) } } }",
            "{ match make() { [a, ..] | [.., a] => { g().await; take(a) } } }",
            "{ let v = vec![match make() { (a, ..) => { g().await; a } }]; }",
        ] {
            assert!(check(body).is_err(), "{body}");
        }
    }

    #[test]
    fn nothing_changes_elsewhere() {
        for body in [
            // Nothing suspends in the branch.
            "{ match f().await { (a, ..) => take(a) }; g().await; }",
            // Binds nothing by value, or by reference only.
            "{ match f().await { (_, ..) => { g().await; } } }",
            "{ if let Some((ref a, ..)) = make() { g().await; } }",
            // A place: the leftovers pass's (`leftovers.rs`).
            "{ match p { (a, ..) => { g().await; take(a) } } }",
            // Parts named.
            "{ match f().await { (a, _) => { g().await; take(a) } } }",
            // Moves all of it.
            "{ while let Some(x) = rx.recv().await { g().await; } }",
            "{ if let x @ Some(Pair { .. }) = make() { g().await; take(x); } }",
            // A slice pattern's `..` is named (`keep_rest`), and `rest @
            // ..` moves all it matches.
            "{ match v.as_slice() { [a, .., b] => { g().await; take(a, b) } _ => 0 } }",
            "{ match make() { [a, rest @ ..] => { g().await; take(a, rest) } } }",
        ] {
            assert_eq!(check(body), Ok(()), "{body}");
        }
    }
}
