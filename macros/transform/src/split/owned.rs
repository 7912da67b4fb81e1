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

use super::rest_probe;
use crate::syntax::awaits::contains_await;
use crate::syntax::expr::is_owned_scrutinee;
use crate::syntax::pattern;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Pat};

/// The errors of the branches of `body` that would drop parts of an owned
/// scrutinee early (see the module's docs); a `..` that can be probed is
/// taken to be matched through a reference, and checked
/// (`rest_probe.rs`).
pub(super) fn check_owned_scrutinees(body: &mut Block) -> Result<(), syn::Error> {
    let mut checker = Checker { errors: Vec::new() };
    checker.visit_block_mut(body);
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
    moves_parts(pat) && unnamed(pat, true)
}

/// Whether `pat` moves a part out by the syntax (it binds by value and
/// does not move all it matches).
fn moves_parts(pat: &Pat) -> bool {
    pattern::binds_by_value(pat) && !pattern::moves_whole(pat) && !pattern::is_single_binding(pat)
}

/// Whether `pat` has a `..` (with `rests`), or a `_` in an or-pattern or
/// under a `ref` binding's `@` (a by-value `x @ ..` moves all it matches).
fn unnamed(pat: &Pat, rests: bool) -> bool {
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
        Pat::Rest(_) => rests,
        Pat::Ident(p) => p
            .subpat
            .as_ref()
            .is_some_and(|(_, s)| p.by_ref.is_some() && wild_or_rest(s)),
        Pat::Or(o) => o.cases.iter().any(wild_or_rest),
        Pat::Paren(p) => unnamed(&p.pat, rests),
        Pat::Type(p) => unnamed(&p.pat, rests),
        Pat::Tuple(t) => t.elems.iter().any(|e| unnamed(e, rests)),
        Pat::TupleStruct(t) => t.elems.iter().any(|e| unnamed(e, rests)),
        // A slice pattern's `..` is named as a `_` is (`name @ ..`).
        Pat::Slice(s) => s
            .elems
            .iter()
            .any(|e| !matches!(e, Pat::Rest(_)) && unnamed(e, rests)),
        Pat::Struct(s) => {
            (rests && s.rest.is_some()) || s.fields.iter().any(|f| unnamed(&f.pat, rests))
        }
        _ => false,
    }
}

struct Checker {
    errors: Vec<syn::Error>,
}

impl Checker {
    /// Whether the branch's pattern is to be probed (`rest_probe.rs`);
    /// the error if it leaves parts that cannot be named.
    fn branch(&mut self, scrutinee: &Expr, pat: &Pat, suspends: bool, what: &str) -> bool {
        if !suspends || !is_owned_scrutinee(scrutinee) || !moves_parts(pat) {
            return false;
        }
        let probed = rest_probe::rest_sites(pat).is_some();
        if unnamed(pat, !probed) {
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
            return false;
        }
        rest_probe::needs_probe(pat)
    }

    /// An `if let` or `while let` (`cond`) with its body.
    fn let_branch(&mut self, cond: &mut Expr, body: &Block, what: &str) {
        if let Expr::Let(l) = cond {
            let suspends = body.stmts.iter().any(stmt_suspends);
            if self.branch(&l.expr, &l.pat, suspends, what) {
                rest_probe::value_check(&mut l.expr, [&*l.pat]);
            }
        }
    }
}

impl VisitMut for Checker {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Match(m) => {
                let probed: Vec<Pat> = (m.arms.iter())
                    .filter(|a| {
                        self.branch(&m.expr, &a.pat, contains_await(&a.body), "`match` arm")
                    })
                    .map(|a| a.pat.clone())
                    .collect();
                rest_probe::value_check(&mut m.expr, &probed);
            }
            Expr::If(i) => self.let_branch(&mut i.cond, &i.then_branch, "`if let`"),
            Expr::While(w) => self.let_branch(&mut w.cond, &w.body, "`while let`"),
            _ => {}
        }
        visit_mut::visit_expr_mut(self, e);
    }
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        crate::syntax::macros::visit_operands_mut(mac, self);
    }
    // Closures and items cannot suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

fn stmt_suspends(s: &syn::Stmt) -> bool {
    crate::syntax::awaits::stmt_contains_await(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str) -> Result<(), String> {
        let mut block: Block = syn::parse_str(body).expect("a block");
        check_owned_scrutinees(&mut block).map_err(|e| e.to_string())
    }

    #[test]
    fn parts_under_rest_of_an_owned_scrutinee_are_errors_where_the_branch_suspends() {
        for body in [
            "{ match f().await { (a, _) | (_, a) => { g().await; take(a) } } }",
            "{ match make() { [a, ..] | [.., a] => { g().await; take(a) } } }",
            "{ match make() { (a, ..) | (.., a) => { g().await; take(a) } } }",
            "{ let v = vec![match make() { (a, _) | (_, a) => { g().await; a } }]; }",
        ] {
            assert!(check(body).is_err(), "{body}");
        }
    }

    /// A tuple's or struct's `..` is taken to be matched through a
    /// reference, and checked (`rest_probe.rs`): the scrutinee is passed
    /// through the check.
    #[test]
    fn parts_under_rest_are_probed_where_the_branch_suspends() {
        for body in [
            "{ match f().await { (a, ..) => { g().await; take(a) } } }",
            "{ match make() { Some(Pair { a, .. }) => { g().await; take(a) } None => 0 } }",
            "{ if let Some((a, ..)) = f().await { g().await; take(a); } }",
            "{ while let Some(Pair { a, .. }) = it.next() { g().await; take(a); } }",
            "{ let v = vec![match make() { (a, ..) => { g().await; a } }]; }",
        ] {
            let mut block: Block = syn::parse_str(body).expect("a block");
            assert_eq!(
                check_owned_scrutinees(&mut block).map_err(|e| e.to_string()),
                Ok(())
            );
            let text = quote::quote!(#block).to_string();
            assert!(text.contains("rest_probe :: value"), "{body}: {text}");
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
