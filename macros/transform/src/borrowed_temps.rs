//! Temporaries that a suspending `for`, `match` or `if let` borrows through
//! its head: bound to a `let` of their own, before the statement (or in a
//! block around a `let`'s initialiser that is such an expression).
//!
//! Rust keeps the temporaries of a `for` loop's head, a `match` scrutinee and
//! an `if let` scrutinee (to the end of its `then` block, edition 2024) to
//! the end of the statement, so the loop's iterator or an arm's binding can
//! borrow one across the body's `.await`s (`for x in make().iter()`, `match
//! &make() { r => .. }`, `if let Some(x) = make().first()`). The machine can
//! hold a temporary across a suspension, but not beside a borrow of it (a
//! temporary never gets a home), so those were E0505/E0716. A binding can:
//!
//! ```text
//! for x in make().iter() {      =>   {
//!     tick().await;                      let __coro_borrowed0 = make();
//!     t += x;                            for x in __coro_borrowed0.iter() {
//! }                                          tick().await;
//!                                            t += x;
//!                                        }
//!                                    }
//! ```
//!
//! The binding is made exactly where Rust evaluates the temporary (the
//! values bound are those evaluated first in the head: the base of the
//! head's chain of receivers, `&` operands, index and field bases; never a
//! value whose evaluation makes temporaries of its own, which Rust keeps
//! to the statement's end too, `makes_temporaries`) and
//! dropped where Rust drops it (at the end of the statement, which the
//! block ends). An `if let` with an `else` drops it as the `else` starts,
//! as edition 2024 does. Where an earlier edition differs (it keeps them
//! through the `else`; a statement in a block's tail position, after the
//! block's `let`s, keeps them past those locals) the block asserts edition
//! 2024 (`coro::__private::is_edition_2024`), as the lowering does
//! (ARCHITECTURE.md, known limit 2). A `while let`, which evaluates its
//! scrutinee on each turn, is the `loop` it means (`loop { match E { P =>
//! B, _ => break } }`), the bindings made at the top of the loop's body.

use crate::syntax::awaits::contains_await;
use crate::syntax::moves::consumes_receiver;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Stmt};

/// Binds the borrowed temporaries of `body`'s suspending `for`, `match` and
/// `if let` statements (see the module's docs).
pub fn bind_borrowed_temporaries(body: &mut Block) {
    Binder { count: 0 }.visit_block_mut(body);
}

struct Binder {
    /// Bindings made so far: numbers their names.
    count: usize,
}

impl VisitMut for Binder {
    fn visit_block_mut(&mut self, block: &mut Block) {
        visit_mut::visit_block_mut(self, block);
        let len = block.stmts.len();
        for i in 0..len {
            let tail = i + 1 == len && matches!(block.stmts[i], Stmt::Expr(_, None));
            let locals_before = block.stmts[..i].iter().any(|s| matches!(s, Stmt::Local(_)));
            match &mut block.stmts[i] {
                Stmt::Expr(e, _) => self.rewrite(e, tail && locals_before),
                // `let n = match &make() { .. };`: the initialiser's
                // temporaries drop at the `let`'s end, as the block's do.
                Stmt::Local(syn::Local {
                    init: Some(init), ..
                }) if init.diverge.is_none() => self.rewrite(&mut init.expr, false),
                _ => {}
            }
        }
    }
    // A block in a known macro's operand (`vec![t, { for .. }]`).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if crate::syntax::awaits::find_await(mac.tokens.clone()).is_some() {
            crate::syntax::macros::visit_operands_mut(mac, self);
        }
    }
    // Closures, `async` blocks and items do not suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

impl Binder {
    /// Rewrites statement `e` if it is a suspending `for`, `match` or `if
    /// let` whose head borrows temporaries; `assert_edition`: it is a
    /// block's tail after the block's `let`s.
    fn rewrite(&mut self, e: &mut Expr, assert_edition: bool) {
        if matches!(e, Expr::While(_)) {
            return self.rewrite_while_let(e);
        }
        // Any suspension of the statement: its body's, its arms' or
        // `else`'s, or its head's (where the machine resumes with the head's
        // temporaries borrowed).
        if !contains_await(e) {
            return;
        }
        let head = match e {
            Expr::ForLoop(f) => &mut *f.expr,
            Expr::Match(m) => &mut *m.expr,
            Expr::If(i) => match &mut *i.cond {
                Expr::Let(l) => &mut *l.expr,
                _ => return,
            },
            _ => return,
        };
        let mut bound = Vec::new();
        self.bind_spine(head, false, &mut bound);
        if bound.is_empty() {
            return;
        }
        let span = e.span();
        let names: Vec<_> = bound.iter().map(|(name, _)| name.clone()).collect();
        let mut rule = assert_edition.then_some(TAIL_RULE);
        if let Expr::If(i) = e
            && let Some((_, otherwise)) = &mut i.else_branch
            && !matches!(&**otherwise, Expr::Block(b) if b.block.stmts.is_empty())
        {
            drop_in_else(otherwise, &names);
            rule = Some(ELSE_RULE);
        }
        let lets = bound_lets(&bound, span);
        let assertion = rule.map(|rule| edition_assertion(span, rule));
        *e = syn::parse_quote_spanned!(span=> { #lets #assertion #e });
    }

    /// `while let P = E { B }` is `loop { match E { P => B, _ => break } }`
    /// (its scrutinee's temporaries live to the end of each turn): written
    /// so, with the temporaries bound at the top of the loop's body.
    fn rewrite_while_let(&mut self, e: &mut Expr) {
        if !contains_await(e) {
            return;
        }
        let Expr::While(w) = e else { return };
        let Expr::Let(l) = &mut *w.cond else { return };
        let mut bound = Vec::new();
        self.bind_spine(&mut l.expr, false, &mut bound);
        if bound.is_empty() {
            return;
        }
        let span = w.while_token.span;
        let (label, pat, scrutinee, body) = (&w.label, &l.pat, &l.expr, &w.body);
        let lets = bound_lets(&bound, span);
        let attrs = &w.attrs;
        *e = syn::parse_quote_spanned! {span=>
            #(#attrs)* #label loop {
                #lets
                match #scrutinee {
                    #pat => #body,
                    _ => break,
                }
            }
        };
    }

    /// Binds the temporaries in place contexts along the chain of `e` that
    /// Rust evaluates first, innermost first, replacing each by its
    /// binding's name: a receiver (of a method not known to take `self`),
    /// the operand of `&`, an index base, and a field base where the field
    /// itself is borrowed (`&make().a`, `make().a.len()`; `borrowed`), not
    /// where it may be moved out (`match make().a { t => .. }` moves `a`
    /// out of the temporary, which a binding, carried on, cannot do).
    fn bind_spine(&mut self, e: &mut Expr, borrowed: bool, bound: &mut Vec<(syn::Ident, Expr)>) {
        // The place, whether it is to be bound (a temporary there is
        // borrowed), and whether it is itself borrowed as a whole.
        let (place, bind, place_borrowed) = match e {
            Expr::Paren(p) => {
                let before = bound.len();
                self.bind_spine(&mut p.expr, borrowed, bound);
                if bound.len() > before {
                    // What needed them may be bound now (`match (P2 { .. }
                    // .sum())`): the macro's own span, never `unused_parens`.
                    p.paren_token = syn::token::Paren(Span::mixed_site());
                }
                return;
            }
            Expr::Group(g) => return self.bind_spine(&mut g.expr, borrowed, bound),
            Expr::Try(t) => return self.bind_spine(&mut t.expr, false, bound),
            Expr::Await(a) => return self.bind_spine(&mut a.base, false, bound),
            Expr::Unary(u) => {
                let deref = matches!(u.op, syn::UnOp::Deref(_));
                return self.bind_spine(&mut u.expr, borrowed && deref, bound);
            }
            Expr::Reference(r) => (&mut r.expr, true, true),
            Expr::Index(i) => (&mut i.expr, true, true),
            Expr::Field(f) => (&mut f.base, borrowed, borrowed),
            // Taken to be borrowed, as the receiver rule takes it (one
            // moved, `make().finish()` with `fn finish(self)`, is a compile
            // error either way: limit 1).
            Expr::MethodCall(m) if !consumes_receiver(&m.method) => (&mut m.receiver, true, true),
            Expr::MethodCall(m) => return self.bind_spine(&mut m.receiver, false, bound),
            _ => return,
        };
        self.bind_spine(place, place_borrowed, bound);
        if bind && is_temporary_value(place) && !makes_temporaries(place) {
            let name = format_ident!("__coro_borrowed{}", self.count, span = place.span());
            self.count += 1;
            let value = std::mem::replace(&mut **place, syn::parse_quote!(#name));
            bound.push((name, value));
        }
    }
}

/// The `let`s of the bound temporaries, in evaluation order (`mut`: a
/// method may borrow one mutably).
fn bound_lets(bound: &[(syn::Ident, Expr)], span: Span) -> TokenStream {
    bound
        .iter()
        .map(|(name, value)| quote_spanned!(span=> #[allow(unused_mut)] let mut #name = #value;))
        .collect()
}

/// A value expression Rust makes a temporary of in a place context (not a
/// place, and not a constant it may promote to a `static`).
fn is_temporary_value(e: &Expr) -> bool {
    match e {
        Expr::Paren(p) => is_temporary_value(&p.expr),
        Expr::Call(_)
        | Expr::MethodCall(_)
        | Expr::Macro(_)
        | Expr::Await(_)
        | Expr::Try(_)
        | Expr::Struct(_) => true,
        _ => false,
    }
}

/// Whether evaluating `e` makes temporaries of its own (besides its value):
/// Rust keeps those to the end of the statement too, so `e` cannot be
/// bound to a `let` of its own, where they would drop at the `let`'s end
/// (`match vec![consume(&Tracked::new(..), 0)].len() { .. }`: program seed
/// 10535111004903519386). Conservative: an opaque macro, a nested
/// scrutinee or condition, anything not listed, may.
fn makes_temporaries(e: &Expr) -> bool {
    // Not a place, and not a constant Rust promotes to a `static`
    // (`&["a", "b"]`).
    let value = |e: &Expr| !crate::syntax::expr::is_place_or_const(e) && !is_constant(e);
    match e {
        Expr::Path(_) | Expr::Lit(_) | Expr::Closure(_) => false,
        Expr::Paren(p) => makes_temporaries(&p.expr),
        Expr::Group(g) => makes_temporaries(&g.expr),
        Expr::Cast(c) => makes_temporaries(&c.expr),
        Expr::Try(t) => makes_temporaries(&t.expr),
        Expr::Await(a) => makes_temporaries(&a.base),
        Expr::Unary(u) => value(&u.expr) || makes_temporaries(&u.expr),
        Expr::Reference(r) => value(&r.expr) || makes_temporaries(&r.expr),
        Expr::Field(f) => value(&f.base) || makes_temporaries(&f.base),
        Expr::Index(i) => {
            value(&i.expr) || makes_temporaries(&i.expr) || makes_temporaries(&i.index)
        }
        Expr::Call(c) => makes_temporaries(&c.func) || c.args.iter().any(makes_temporaries),
        Expr::MethodCall(m) => {
            (value(&m.receiver) && !consumes_receiver(&m.method))
                || makes_temporaries(&m.receiver)
                || m.args.iter().any(makes_temporaries)
        }
        Expr::Struct(s) => {
            s.fields.iter().any(|f| makes_temporaries(&f.expr))
                || s.rest.as_ref().is_some_and(|r| makes_temporaries(r))
        }
        Expr::Tuple(t) => t.elems.iter().any(makes_temporaries),
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

/// Literals, and arrays and tuples of them.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Paren(p) => is_constant(&p.expr),
        Expr::Array(a) => a.elems.iter().all(is_constant),
        Expr::Tuple(t) => t.elems.iter().all(is_constant),
        _ => false,
    }
}

/// Edition 2024 drops an `if let` scrutinee's temporaries before the
/// `else` (earlier editions keep them to the statement's end: the block
/// asserts edition 2024, `ELSE_RULE`).
fn drop_in_else(otherwise: &mut Expr, names: &[syn::Ident]) {
    let span = otherwise.span();
    // A `let`, not `drop(..)`, which is linted for a reference or a `Copy`
    // value.
    let drops = names
        .iter()
        .rev()
        .map(|name| quote_spanned!(span=> { let _dropped = #name; }));
    let drops: TokenStream = drops.collect();
    let inner = std::mem::replace(otherwise, syn::parse_quote!(()));
    *otherwise = syn::parse_quote_spanned!(span=> { #drops #inner });
}

const TAIL_RULE: &str = "a block's tail statement keeps the temporaries of its head past the \
                         block's locals in editions before 2024";
const ELSE_RULE: &str = "edition 2024 drops the temporaries of an `if let` scrutinee before \
                         its `else`, earlier editions after it";

/// A `const` assertion that the crate is in edition 2024 (see the module's
/// docs), in a block of its own (never hoisted as an item).
fn edition_assertion(span: Span, rule: &str) -> TokenStream {
    let is_2024 = crate::private_api::IS_EDITION_2024.at(span);
    let message = format!(
        "coro: {rule}; here, where the statement suspends, this coroutine drops them as \
         edition 2024 does, but this crate is in an earlier edition: use edition 2024, or \
         bind the value to a `let` first"
    );
    quote_spanned! {span=>
        { const _: () = ::core::assert!(#is_2024(&|| ::core::panic!()), #message); }
    }
}
