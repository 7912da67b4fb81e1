//! Destructuring assignments, written as rustc writes them: `(a, b) = rhs`
//! is a `let` of the whole value to fresh bindings, then one plain
//! assignment per place, left to right (rustc's `destructure_assign`, and
//! the Reference's desugaring):
//!
//! ```text
//! (a, s.f, _) = rhs;    =>   { let (__coro_assigned0, __coro_assigned1, _) = rhs;
//!                              a = __coro_assigned0;
//!                              s.f = __coro_assigned1; }
//! ```
//!
//! So the value's temporaries drop at the end of the `let`, before the
//! first place is assigned; each place's old value drops when it is
//! assigned, in order; the places are evaluated after the value. Written
//! this way, every later phase sees only `let`s and plain assignments, which
//! it already handles as Rust does: an `.await` in the value (`(a, b) = (b,
//! f().await)` moved `b` into the tuple and carried it on, E0382), and a
//! binding with a home, assigned through its guard (`(m, b) = ..` was
//! E0070: the guard's read is not a place).
//!
//! A bare name on the left is a place (a binding) or, if it resolves to a
//! unit struct or variant (`(a, Unit) = ..`), a pattern. A macro cannot
//! resolve names; it goes by case, as `syntax::pattern` does, and by what
//! the body binds: an upper-case name that no pattern of the body (nor a
//! parameter) binds is a path, and is written in the `let`'s pattern as
//! rustc writes it; any other name is a place (for an upper-case name a
//! pattern also binds, assigning the unit value to a unit struct,
//! `Unit = v`, is a match too). An assignment whose left side has a form
//! Rust refuses (`S { a, ..base } = ..`) is left as it is.

use crate::syntax::expr::bare_ident;
use crate::syntax::macros::{visit_operands as operands_visit, visit_operands_mut};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use std::collections::HashSet;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr};

/// Rewrites every destructuring assignment of `body` (see the module's
/// docs); `params`: the names the parameters bind.
pub fn desugar_destructuring_assignments(body: &mut Block, params: &[Ident]) {
    let mut bound = BoundNames(params.iter().map(ToString::to_string).collect());
    bound.visit_block(body);
    Desugarer {
        count: 0,
        bound: bound.0,
    }
    .visit_block_mut(body);
}

struct Desugarer {
    /// Fresh bindings made so far: numbers their names.
    count: usize,
    /// Every name a pattern of the body or a parameter binds (or names).
    bound: HashSet<String>,
}

/// Every identifier pattern's name (a binding, or a unit struct, variant
/// or constant written bare).
struct BoundNames(HashSet<String>);

impl<'ast> Visit<'ast> for BoundNames {
    fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
        self.0.insert(p.ident.to_string());
        visit::visit_pat_ident(self, p);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        operands_visit(mac, self);
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// Whether code has a destructuring assignment.
struct Finder(bool);

impl<'ast> Visit<'ast> for Finder {
    fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
        self.0 |= is_destructuring(&a.left);
        visit::visit_expr_assign(self, a);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        operands_visit(mac, self);
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

impl VisitMut for Desugarer {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        let Expr::Assign(assign) = e else { return };
        if !is_destructuring(&assign.left) {
            return;
        }
        let mut assignments = Vec::new();
        let Some(pattern) = self.pattern(&assign.left, &mut assignments) else {
            // (The numbers stay used: names only.)
            return;
        };
        let right = &assign.right;
        let attrs = &assign.attrs;
        let span = assign.span();
        let block: TokenStream = quote_spanned! {span=>
            #(#attrs)* { let #pattern = #right; #(#assignments)* }
        };
        if let Ok(block) = syn::parse2::<Expr>(block) {
            *e = block;
        }
    }
    // A known macro's operands (an `async_for!`'s body); written back only
    // where there is something to rewrite.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        let mut finder = Finder(false);
        operands_visit(mac, &mut finder);
        if finder.0 {
            visit_operands_mut(mac, self);
        }
    }
    // An item's body is not the coroutine's.
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Whether `left` is an assignee that destructures (a tuple, an array, a
/// struct or tuple-struct literal, parenthesised or not), or `_`: `_ = t;`
/// is `let _ = t;`, which moves nothing out of a place and drops a value's
/// temporaries at its `;` (it was lowered as a move of `t`, dropping it).
fn is_destructuring(left: &Expr) -> bool {
    match left {
        Expr::Tuple(_) | Expr::Array(_) | Expr::Struct(_) | Expr::Call(_) | Expr::Infer(_) => true,
        Expr::Paren(p) => is_destructuring(&p.expr),
        Expr::Group(g) => is_destructuring(&g.expr),
        _ => false,
    }
}

impl Desugarer {
    /// The pattern for assignee `left`, pushing to `assignments` the
    /// assignment of each place it names; `None` where the form is not
    /// surely one (see the module's docs).
    fn pattern(&mut self, left: &Expr, assignments: &mut Vec<TokenStream>) -> Option<TokenStream> {
        Some(match left {
            Expr::Infer(u) => quote!(#u),
            Expr::Range(r) if r.start.is_none() && r.end.is_none() => {
                let limits = &r.limits;
                quote!(#limits)
            }
            Expr::Tuple(t) => {
                let parts = self.patterns(t.elems.iter(), assignments)?;
                if parts.len() == 1 {
                    let part = &parts[0];
                    quote!((#part,))
                } else {
                    quote!((#(#parts),*))
                }
            }
            Expr::Array(a) => {
                let parts = self.patterns(a.elems.iter(), assignments)?;
                quote!([#(#parts),*])
            }
            Expr::Call(c) => {
                let Expr::Path(path) = &*c.func else {
                    return None;
                };
                let path = &path.path;
                let parts = self.patterns(c.args.iter(), assignments)?;
                quote!(#path(#(#parts),*))
            }
            Expr::Struct(s) if s.qself.is_none() && s.rest.is_none() => {
                let path = &s.path;
                let mut fields = Vec::new();
                for f in &s.fields {
                    let member = &f.member;
                    let part = self.pattern(&f.expr, assignments)?;
                    fields.push(quote!(#member: #part));
                }
                let rest = &s.dot2_token;
                quote!(#path { #(#fields,)* #rest })
            }
            Expr::Paren(p) => {
                let part = self.pattern(&p.expr, assignments)?;
                quote!((#part))
            }
            Expr::Group(g) => self.pattern(&g.expr, assignments)?,
            Expr::Path(p) => match bare_ident(left) {
                Some(ident) => {
                    let name = ident.to_string();
                    if crate::syntax::pattern::names_a_path(&name) && !self.bound.contains(&name) {
                        quote!(#p)
                    } else {
                        self.place(left, assignments)
                    }
                }
                // `Unit::Value`, `<T>::X`: a unit struct or variant.
                None => quote!(#p),
            },
            Expr::Struct(_) | Expr::Range(_) | Expr::Lit(_) => return None,
            _ => self.place(left, assignments),
        })
    }

    fn patterns<'a>(
        &mut self,
        parts: impl Iterator<Item = &'a Expr>,
        assignments: &mut Vec<TokenStream>,
    ) -> Option<Vec<TokenStream>> {
        parts.map(|p| self.pattern(p, assignments)).collect()
    }

    /// A fresh binding for the value of place `place`, and its assignment.
    fn place(&mut self, place: &Expr, assignments: &mut Vec<TokenStream>) -> TokenStream {
        let span = place.span();
        let name = format_ident!(
            "__coro_assigned{}",
            self.count,
            span = Span::mixed_site().located_at(span)
        );
        self.count += 1;
        assignments.push(quote_spanned!(span=> #place = #name;));
        quote!(#name)
    }
}
