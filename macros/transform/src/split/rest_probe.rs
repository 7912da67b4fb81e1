//! A `..` in a tuple, tuple-struct or struct pattern leaves parts the
//! coroutine cannot name (known limit 7). Matched through a reference
//! (`for r in &v { match r { Rec { id, .. } => .. } }`, `match m.get(&k)
//! { Some(Rec { id, .. }) => .. }`), the pattern binds by reference (default
//! binding modes) and leaves nothing of its own. The macro cannot see the
//! type, so it takes every such `..` to be matched through a reference and
//! has rustc check it: a closure that is never called matches a value of the
//! scrutinee's type with the pattern, each binding made `_` and the value at
//! each outermost `..` bound by a `@` binding, which must be a reference
//! (`coro::__private::rest_probe`). Bound by value, an owned value is not
//! one: the guess was wrong, and that is E0277 with the rewrite (a `_` for
//! each part, which the coroutine keeps).
//!
//! ```text
//! match r {                  =>    ::coro::__private::rest_probe::place(&r, |__coro_probed| {
//!     Rec { id, .. } => ..             match __coro_probed {
//! }                                        __coro_rest0 @ Rec { id: _, .. } => {
//!                                              ::coro::__private::rest_probe::reference(&__coro_rest0);
//!                                          }
//!                                          _ => {}
//!                                      }
//!                                  });
//!                                  match r { Rec { id, .. } => .. }
//! ```
//!
//! A scrutinee that is a value is passed through instead
//! (`rest_probe::value(m.get(&k), |__coro_probed| ..)`). A `..` under a `&` pattern is
//! matched through that reference; one in an or-pattern or under an `@`
//! binding is not probed (the alternatives would bind different names): it
//! stays an error.

use super::scrutinee::is_scrutinee_of;
use crate::private_api::REST_PROBE;
use crate::syntax::macros::visit_operands_mut;
use crate::syntax::pattern;
use proc_macro2::Ident;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Pat, Stmt};

/// How many outermost `..` sites of a tuple, tuple-struct or struct
/// pattern `pat` has outside `&` patterns; `None` if one is in an
/// or-pattern or under an `@` binding.
pub(super) fn rest_sites(pat: &Pat) -> Option<usize> {
    fn walk(p: &Pat, n: &mut usize, hidden: bool) -> bool {
        let here = match p {
            Pat::Tuple(t) => t.elems.iter().any(|e| matches!(e, Pat::Rest(_))),
            Pat::TupleStruct(t) => t.elems.iter().any(|e| matches!(e, Pat::Rest(_))),
            Pat::Struct(s) => s.rest.is_some(),
            _ => false,
        };
        if here {
            *n += 1;
            return !hidden;
        }
        match p {
            Pat::Reference(_) => true,
            Pat::Or(o) => o.cases.iter().all(|c| walk(c, n, true)),
            Pat::Ident(i) => i.subpat.as_ref().is_none_or(|(_, s)| walk(s, n, true)),
            Pat::Paren(p) => walk(&p.pat, n, hidden),
            Pat::Type(p) => walk(&p.pat, n, hidden),
            Pat::Tuple(t) => t.elems.iter().all(|e| walk(e, n, hidden)),
            Pat::TupleStruct(t) => t.elems.iter().all(|e| walk(e, n, hidden)),
            Pat::Slice(s) => s.elems.iter().all(|e| walk(e, n, hidden)),
            Pat::Struct(s) => s.fields.iter().all(|f| walk(&f.pat, n, hidden)),
            _ => true,
        }
    }
    let mut n = 0;
    walk(pat, &mut n, false).then_some(n)
}

/// Whether `pat` has a `..` that leaves parts the coroutine cannot name
/// and cannot probe: an error where a suspension follows (the leftovers
/// pass, `leftovers.rs`).
pub(super) fn unprobed_rest(pat: &Pat) -> bool {
    has_rest(pat) && rest_sites(pat).is_none()
}

/// Whether `pat` has a `..` that cannot be named (in a tuple, tuple struct
/// or struct). A slice pattern's is named as a `_` is (`name @ ..`,
/// `pattern::name_wildcards`), and a by-value `rest @ ..` moves all it
/// matches (a `ref rest @ ..` borrows: `binds_by_ref`).
fn has_rest(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_pat_rest(&mut self, _: &'ast syn::PatRest) {
            self.0 = true;
        }
        fn visit_pat_slice(&mut self, s: &'ast syn::PatSlice) {
            for e in &s.elems {
                match e {
                    Pat::Rest(_) => {}
                    Pat::Ident(p) if matches!(p.subpat.as_ref(), Some((_, sub)) if matches!(**sub, Pat::Rest(_))) =>
                        {}
                    e => self.visit_pat(e),
                }
            }
        }
        fn visit_pat_struct(&mut self, s: &'ast syn::PatStruct) {
            self.0 |= s.rest.is_some();
            visit::visit_pat_struct(self, s);
        }
    }
    let mut f = Finder(false);
    f.visit_pat(pat);
    f.0
}

/// Whether `pat` has a `..` to probe (see the module's docs).
pub(super) fn probes(pat: &Pat) -> bool {
    rest_sites(pat).is_some_and(|n| n > 0)
}

/// `pat` with every binding made `_` and each outermost `..` site bound by
/// `__coro_restK @` (located at the site, where the check's error points);
/// the sites' names.
fn probe_pattern(pat: &Pat) -> (Pat, Vec<Ident>) {
    /// `inside`: under a site already bound (matched through it).
    fn walk(p: &mut Pat, n: &mut Vec<Ident>, inside: bool) {
        let here = !inside
            && match p {
                Pat::Tuple(t) => t.elems.iter().any(|e| matches!(e, Pat::Rest(_))),
                Pat::TupleStruct(t) => t.elems.iter().any(|e| matches!(e, Pat::Rest(_))),
                Pat::Struct(s) => s.rest.is_some(),
                _ => false,
            };
        let inside = inside || here;
        // At the site, in the macro's expansion (rustc then makes no
        // suggestion of its own there: "consider borrowing" would be wrong).
        let span = proc_macro2::Span::call_site().located_at(p.span());
        match p {
            Pat::Ident(i) => match i.subpat.take() {
                Some((_, mut s)) => {
                    walk(&mut s, n, inside);
                    *p = *s;
                }
                None => *p = syn::parse_quote!(_),
            },
            // Matched through the reference: nothing to probe under it.
            Pat::Reference(r) => walk(&mut r.pat, n, true),
            Pat::Paren(q) => walk(&mut q.pat, n, inside),
            Pat::Type(q) => walk(&mut q.pat, n, inside),
            Pat::Tuple(t) => t.elems.iter_mut().for_each(|e| walk(e, n, inside)),
            Pat::TupleStruct(t) => t.elems.iter_mut().for_each(|e| walk(e, n, inside)),
            Pat::Slice(s) => s.elems.iter_mut().for_each(|e| walk(e, n, inside)),
            Pat::Struct(s) => s.fields.iter_mut().for_each(|f| {
                f.colon_token.get_or_insert_with(Default::default);
                walk(&mut f.pat, n, inside);
            }),
            _ => {}
        }
        if here {
            let name = format_ident!("__coro_rest{}", n.len(), span = span);
            *p = syn::parse_quote!(#name @ #p);
            n.push(name);
        }
    }
    let mut out = pat.clone();
    let mut names = Vec::new();
    walk(&mut out, &mut names, false);
    (out, names)
}

/// The closure that checks the patterns `pats` on one scrutinee (see the
/// module's docs); `None` if none has a `..` to probe.
fn closure<'a>(pats: impl IntoIterator<Item = &'a Pat>) -> Option<Expr> {
    let arms: Vec<_> = pats
        .into_iter()
        .filter(|p| needs_probe(p))
        .map(|p| {
            let (probe, names) = probe_pattern(p);
            let checks = names.iter().map(|name| {
                let probe = REST_PROBE.at(name.span());
                quote_spanned!(name.span()=> #probe::reference(&#name);)
            });
            // Arms a guard kept apart may be unreachable here.
            quote!(#[allow(unreachable_patterns)] #probe => { #(#checks)* })
        })
        .collect();
    (!arms.is_empty()).then(|| {
        syn::parse_quote!(|__coro_probed| match __coro_probed {
            #(#arms)*
            #[allow(unreachable_patterns)]
            _ => {}
        })
    })
}

/// The check of the patterns `pats` on the place `scrutinee`, a statement
/// before the one matching it.
pub(super) fn place_check<'a>(
    scrutinee: &Expr,
    pats: impl IntoIterator<Item = &'a Pat>,
) -> Option<Stmt> {
    let check = closure(pats)?;
    Some(syn::parse_quote!(#REST_PROBE::place(&#scrutinee, #check);))
}

/// `scrutinee`, a value, passed through the check of the patterns `pats`.
pub(super) fn value_check<'a>(scrutinee: &mut Expr, pats: impl IntoIterator<Item = &'a Pat>) {
    if let Some(check) = closure(pats) {
        *scrutinee = syn::parse_quote!(#REST_PROBE::value(#scrutinee, #check));
    }
}

/// Whether `pat` moves parts out by the syntax and has a `..` to probe.
pub(super) fn needs_probe(pat: &Pat) -> bool {
    pattern::binds_by_value(pat)
        && !pattern::moves_whole(pat)
        && !pattern::is_single_binding(pat)
        && probes(pat)
}

/// Puts the checks of the patterns on the binding `name` (on `*name` too
/// for a `Box`) before the innermost statement holding each.
pub(super) struct Prober<'a> {
    pub(super) name: &'a Ident,
    pub(super) boxed: bool,
    checks: Vec<Stmt>,
}

impl<'a> Prober<'a> {
    pub(super) fn new(name: &'a Ident, boxed: bool) -> Self {
        Prober {
            name,
            boxed,
            checks: Vec::new(),
        }
    }

    pub(super) fn stmts(&mut self, stmts: &mut Vec<Stmt>) {
        let mut j = 0;
        while j < stmts.len() {
            let outer = std::mem::take(&mut self.checks);
            self.visit_stmt_mut(&mut stmts[j]);
            let checks = std::mem::replace(&mut self.checks, outer);
            let n = checks.len();
            stmts.splice(j..j, checks);
            j += n + 1;
        }
    }

    fn probe<'p>(&mut self, scrutinee: &Expr, pats: impl IntoIterator<Item = &'p Pat>) {
        if is_scrutinee_of(scrutinee, self.name, self.boxed)
            && let Some(check) = place_check(scrutinee, pats)
        {
            self.checks.push(check);
        }
    }
}

impl VisitMut for Prober<'_> {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        self.stmts(&mut block.stmts);
    }
    fn visit_local_mut(&mut self, l: &mut syn::Local) {
        if let Some(init) = &l.init {
            self.probe(&init.expr, [&l.pat]);
        }
        visit_mut::visit_local_mut(self, l);
    }
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Match(m) => self.probe(&m.expr, m.arms.iter().map(|a| &a.pat)),
            Expr::If(syn::ExprIf { cond, .. }) | Expr::While(syn::ExprWhile { cond, .. }) => {
                if let Expr::Let(l) = &**cond {
                    self.probe(&l.expr, [&*l.pat]);
                }
            }
            _ => {}
        }
        visit_mut::visit_expr_mut(self, e);
    }
    // A known macro's operands are code (`vec![match p { .. }]`).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        visit_operands_mut(mac, self);
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
