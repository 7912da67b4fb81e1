//! A pattern that destructures a binding moves what it binds out of it;
//! the machine then no longer holds the binding (`Ctx::Project` in the
//! liveness). Not so for a value whose type implements `Drop`: Rust cannot
//! move out of it (E0509), so a pattern that compiles on it binds only
//! `Copy` parts, copies them, and leaves the value whole, to drop at its
//! scope's end (`let Tracked(name) = t;`). The macro cannot see the type,
//! so where the difference shows (a suspension follows in the binding's
//! scope) it adds a probe that makes it a compile error instead of an
//! early drop:
//!
//! ```text
//! let Tracked(name) = t;     =>   #[allow(irrefutable_let_patterns)]
//! tick().await;                   let () = { /* probe items */
//!                                     __CoroProbe(&t).check(); };
//!                                 let Tracked(name) = t; tick().await;
//! ```
//!
//! `check` is a method of two traits for a value whose type implements
//! `Drop`, of one otherwise: E0034 "multiple applicable items", naming
//! `__CoroDestructuredTImplsDrop..` (the rewrite: destructure a reference,
//! `let Tracked(name) = &t;`). The binding is probed by its own type (a
//! reference binding destructured moves nothing either, and passes), and
//! every struct and tuple-struct node inside the pattern through a match of
//! a reference, `if let Some(__coro_part0 @ Tracked(_)) = &o { .. }` (a
//! `Drop` part inside is left in place too; reached through a reference
//! binding such a part fails the probe although nothing moves: destructure
//! it in two steps, `if let Some(g) = o { let Guard(id) = g; .. }`). The
//! probe reads types from the value, so it needs no name for them, and
//! costs nothing at run time.
//!
//! Probed: `let`, `let .. else`, `match`, `if let` and `while let` on a
//! binding declared by a `let` or a parameter. A binding of a pattern
//! (a `match` arm's, a closure's) destructured again is not probed.

use crate::syntax::awaits::stmt_contains_await;
use crate::syntax::expr::bare_ident;
use crate::syntax::pattern::{binds_by_value, is_single_binding};
use crate::syntax::tokens::respan;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Block, Expr, Pat, Stmt};

/// Adds the probes to `body` (see the module's docs); `params` are the
/// names the function's parameters bind.
pub fn probe_destructured_bindings(body: &mut Block, params: Vec<Ident>) {
    let body_suspends = body.stmts.iter().any(stmt_contains_await);
    Prober {
        scopes: vec![Scope {
            names: params,
            suspends_from: vec![body_suspends],
            at: 0,
        }],
        probes: 0,
    }
    .visit_block_mut(body);
}

/// A block being visited: the names its `let`s declared so far, whether a
/// suspension is in the block from each statement on, and the statement
/// being visited.
struct Scope {
    names: Vec<Ident>,
    suspends_from: Vec<bool>,
    at: usize,
}

struct Prober {
    scopes: Vec<Scope>,
    probes: usize,
}

impl Prober {
    /// Whether `name` is a `let`'s or a parameter's binding in scope whose
    /// scope has a suspension from the current statement on.
    fn held_across_suspension(&self, name: &Ident) -> bool {
        self.scopes
            .iter()
            .rev()
            .find(|s| s.names.contains(name))
            .is_some_and(|s| s.suspends_from[s.at])
    }
}

impl VisitMut for Prober {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let mut suspends_from = vec![false; block.stmts.len() + 1];
        for (i, stmt) in block.stmts.iter().enumerate().rev() {
            suspends_from[i] = suspends_from[i + 1] || stmt_contains_await(stmt);
        }
        self.scopes.push(Scope {
            names: Vec::new(),
            suspends_from,
            at: 0,
        });
        let mut stmts = Vec::with_capacity(block.stmts.len());
        for (i, mut stmt) in std::mem::take(&mut block.stmts).into_iter().enumerate() {
            self.scopes.last_mut().expect("pushed").at = i;
            let mut sites = Sites::default();
            sites.visit_stmt(&stmt);
            for (name, pats) in sites.found {
                if !sites.bound.contains(&name) && self.held_across_suspension(&name) {
                    stmts.extend(self.probe(&name, &pats));
                }
            }
            syn::visit_mut::visit_stmt_mut(self, &mut stmt);
            if let Stmt::Local(local) = &stmt {
                crate::syntax::pattern::bindings(&local.pat, &mut |id, _| {
                    self.scopes
                        .last_mut()
                        .expect("pushed")
                        .names
                        .push(id.clone());
                });
            }
            stmts.push(stmt);
        }
        block.stmts = stmts;
        self.scopes.pop();
    }

    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

impl Prober {
    /// The probe statement for the parts `pats` destructure of `name`.
    fn probe(&mut self, name: &Ident, pats: &[Pat]) -> Option<Stmt> {
        let number = self.probes;
        let mut parts = Vec::new();
        let mut shapes = Vec::new();
        let mut tests = Vec::new();
        for pat in pats {
            // Numbered from 0, so that equal shapes compare equal.
            let key = part_pattern(pat, &mut Vec::new(), true).to_string();
            let first = parts.len();
            let shape = part_pattern(pat, &mut parts, true);
            if parts.len() > first && !shapes.contains(&key) {
                let probed = &parts[first..];
                tests.push(quote!(if let #shape = &#name { #(__CoroProbe(#probed).check();)* }));
                shapes.push(key);
            }
        }
        // The binding itself, by its own type: destructured through a
        // reference binding (`let Guard(id) = r;` with `r: &Guard`), it is
        // the reference's type, which has no `Drop` impl.
        if pats.iter().any(destructures_at_top) {
            tests.insert(0, quote!(__CoroProbe(&#name).check();));
        }
        if tests.is_empty() {
            return None;
        }
        self.probes += 1;
        let items = drop_impl_probe("Destructured", name, number);
        let probe = respan(
            quote! {
                #[allow(irrefutable_let_patterns)]
                let () = {
                    #items
                    #(#tests)*
                };
            },
            name.span(),
        );
        Some(syn::parse_quote!(#probe))
    }
}

/// The items of a probe that makes a `Drop` impl a compile error:
/// `__CoroProbe(&value).check()` after them finds `check` in two traits for
/// a value whose type implements `Drop` (E0034 "multiple applicable items",
/// naming `__Coro{what}{Name}ImplsDrop{number}`, so that the message says
/// which binding), in one otherwise. Used here and by the split, whose
/// partly moved binding must not implement `Drop` either.
pub fn drop_impl_probe(what: &str, name: &Ident, number: usize) -> TokenStream {
    // `r#type`: the name without `r#` (an identifier cannot hold `#`).
    let camel = crate::syntax::names::camel(&syn::ext::IdentExt::unraw(name).to_string());
    let moves = format_ident!("__Coro{what}{camel}MustNotImplDrop{number}");
    let drop = format_ident!("__Coro{what}{camel}ImplsDrop{number}");
    quote! {
        #[allow(dead_code)]
        struct __CoroProbe<'a, T>(&'a T);
        trait #moves { fn check(&self) {} }
        impl<T> #moves for __CoroProbe<'_, T> {}
        trait #drop { fn check(&self) {} }
        #[allow(drop_bounds)]
        impl<T: ::core::ops::Drop> #drop for __CoroProbe<'_, T> {}
    }
}

/// `pat` with every binding made `_` and every struct or tuple-struct node
/// below the top (`top`: `pat` is the whole pattern) bound by `@` to a new
/// name (pushed to `parts`): matched against a reference, those names are
/// references to the parts the pattern destructures (the top is probed
/// through the binding itself). An or-pattern (whose alternatives would bind different
/// names) and a reference pattern (whose parts cannot be moved out) are
/// not looked into.
fn part_pattern(pat: &Pat, parts: &mut Vec<Ident>, top: bool) -> TokenStream {
    match pat {
        Pat::Ident(p) if crate::syntax::pattern::is_path_like(p) => quote!(#p),
        Pat::Ident(p) => match &p.subpat {
            Some((_, sub)) => part_pattern(sub, parts, top),
            None => quote!(_),
        },
        Pat::Struct(s) => {
            let bound = (!top).then(|| {
                let name = part_name(parts);
                quote!(#name @)
            });
            let path = &s.path;
            let qself = s.qself.as_ref().map(|q| &q.ty);
            let fields = s.fields.iter().map(|f| {
                let member = &f.member;
                let sub = part_pattern(&f.pat, parts, false);
                quote!(#member: #sub)
            });
            let path = match qself {
                Some(ty) => quote!(<#ty>::#path),
                None => quote!(#path),
            };
            quote!(#bound #path { #(#fields,)* .. })
        }
        Pat::TupleStruct(t) => {
            let path = &t.path;
            let bound = (!top && !is_std_variant(path)).then(|| {
                let name = part_name(parts);
                quote!(#name @)
            });
            let elems = t.elems.iter().map(|e| part_pattern(e, parts, false));
            quote!(#bound #path(#(#elems),*))
        }
        Pat::Tuple(t) => {
            let elems = t.elems.iter().map(|e| part_pattern(e, parts, false));
            quote!((#(#elems,)*))
        }
        Pat::Slice(s) => {
            let elems = s.elems.iter().map(|e| part_pattern(e, parts, false));
            quote!([#(#elems),*])
        }
        Pat::Paren(p) => part_pattern(&p.pat, parts, top),
        Pat::Type(p) => part_pattern(&p.pat, parts, top),
        Pat::Rest(_) => quote!(..),
        Pat::Lit(_) | Pat::Range(_) | Pat::Path(_) | Pat::Wild(_) => quote!(#pat),
        _ => quote!(_),
    }
}

/// Whether `pat` is a struct or tuple-struct pattern (not a std variant).
fn destructures_at_top(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(p) => p
            .subpat
            .as_ref()
            .is_some_and(|(_, sub)| destructures_at_top(sub)),
        Pat::Paren(p) => destructures_at_top(&p.pat),
        Pat::Type(p) => destructures_at_top(&p.pat),
        Pat::Struct(_) => true,
        Pat::TupleStruct(t) => !is_std_variant(&t.path),
        _ => false,
    }
}

/// `Some`, `Ok`, `Err` (bare or through their enum): variants of std
/// types without a `Drop` impl, not worth a probe.
fn is_std_variant(path: &syn::Path) -> bool {
    let last = path.segments.last().map(|s| s.ident.to_string());
    let prefix_ok = match path.segments.len() {
        1 => true,
        2 => ["Option", "Result"]
            .iter()
            .any(|e| path.segments[0].ident == e),
        _ => false,
    };
    prefix_ok && matches!(last.as_deref(), Some("Some" | "Ok" | "Err"))
}

fn part_name(parts: &mut Vec<Ident>) -> Ident {
    let name = Ident::new(&format!("__coro_part{}", parts.len()), Span::mixed_site());
    parts.push(name.clone());
    name
}

/// The patterns a statement matches against bare bindings (outside its
/// nested blocks, closures and items, which are visited on their own), and
/// the names its patterns bind.
#[derive(Default)]
struct Sites {
    found: Vec<(Ident, Vec<Pat>)>,
    bound: Vec<Ident>,
}

impl Sites {
    fn note(&mut self, scrutinee: &Expr, pats: Vec<Pat>) {
        // An or-pattern's alternatives are probed one by one.
        let alternatives = pats.into_iter().flat_map(|p| match p {
            Pat::Or(or) => or.cases.into_iter().collect(),
            p => vec![p],
        });
        let mut destructuring: Vec<Pat> = Vec::new();
        for p in alternatives.filter(|p| !is_single_binding(p) && binds_by_value(p)) {
            if !destructuring.contains(&p) {
                destructuring.push(p);
            }
        }
        if let Some(name) = bare_ident(crate::syntax::expr::strip_parens(scrutinee))
            && !destructuring.is_empty()
        {
            match self.found.iter_mut().find(|(n, _)| n == name) {
                Some((_, pats)) => pats.extend(destructuring),
                None => self.found.push((name.clone(), destructuring)),
            }
        }
    }
}

impl<'ast> Visit<'ast> for Sites {
    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init {
            self.note(&init.expr, vec![l.pat.clone()]);
        }
        syn::visit::visit_local(self, l);
    }
    fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
        self.note(&m.expr, m.arms.iter().map(|a| a.pat.clone()).collect());
        syn::visit::visit_expr_match(self, m);
    }
    fn visit_expr_let(&mut self, l: &'ast syn::ExprLet) {
        self.note(&l.expr, vec![(*l.pat).clone()]);
        syn::visit::visit_expr_let(self, l);
    }
    fn visit_pat(&mut self, p: &'ast Pat) {
        crate::syntax::pattern::bindings(p, &mut |id, _| self.bound.push(id.clone()));
    }
    fn visit_block(&mut self, _: &'ast Block) {}
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
