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
use crate::syntax::expr::{is_place_or_const, is_temporary_value, strip_parens};
use crate::syntax::moves::consumes_temporary;
use crate::syntax::struct_update::updates_a_temporary;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Stmt};
use walk::{
    Leading, LeadingValue, builder_chain_base, changed_roots, first_await, is_constant_place,
    leading_values, makes_temporaries,
};

mod conditions;
mod struct_update;
mod walk;

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
                Stmt::Expr(e, _) => self.rewrite(e, tail && locals_before, tail),
                // `let n = match &make() { .. };`: the initialiser's
                // temporaries drop at the `let`'s end, as the block's do.
                Stmt::Local(syn::Local {
                    init: Some(init), ..
                }) if init.diverge.is_none() => self.rewrite(&mut init.expr, false, false),
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
    /// block's tail after the block's `let`s; `tail`: a block's tail.
    fn rewrite(&mut self, e: &mut Expr, assert_edition: bool, tail: bool) {
        if matches!(e, Expr::While(_)) {
            return self.rewrite_while_let(e);
        }
        // Any suspension of the statement: its body's, its arms' or
        // `else`'s, or its head's (where the machine resumes with the head's
        // temporaries borrowed).
        if !contains_await(e) {
            return;
        }
        let original = e.clone();
        let head = match e {
            Expr::ForLoop(f) => &mut *f.expr,
            Expr::Match(m) => &mut *m.expr,
            Expr::If(i) => match &mut *i.cond {
                Expr::Let(l) => &mut *l.expr,
                _ => return self.bind_in_conditions(i),
            },
            // `w.write_all(format!(..).as_bytes()).await;`: the awaitable
            // borrows a temporary that Rust keeps to the `;`.
            _ => match first_await(e) {
                Some(awaited) => awaited,
                None => return self.rewrite_made_from_temporary(e, tail, assert_edition),
            },
        };
        let mut bound = Vec::new();
        self.bind_spine(head, false, &mut bound);
        if bound.is_empty() {
            return;
        }
        if !matches!(e, Expr::ForLoop(_) | Expr::Match(_) | Expr::If(_))
            && !self.bind_places_read_before(e, &mut bound)
        {
            // (The bindings' numbers are left used: names only.)
            *e = original;
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

    /// The places statement `e` reads before its first `.await` (whose
    /// awaitable's temporaries `bound` binds before the statement), where
    /// they stand: one used by value that a bound value names is read into
    /// a binding first (`g(n, pick(&make(&mut n)).await)` reads `n` before
    /// `make`); one borrowed that a bound value changes cannot be, and the
    /// statement is to be left as it was (`false`).
    fn bind_places_read_before(
        &mut self,
        e: &mut Expr,
        bound: &mut Vec<(syn::Ident, Expr)>,
    ) -> bool {
        let words: Vec<String> = bound.iter().flat_map(|(_, v)| token_words(v)).collect();
        let changes: Vec<String> = bound.iter().flat_map(|(_, v)| changed_roots(v)).collect();
        let mut values = Vec::new();
        leading_values(e, true, &mut values);
        let mut reads = Vec::new();
        for value in values {
            let Some(by_value) = value.place else {
                continue;
            };
            if is_constant_place(value.expr) {
                continue;
            }
            let place_words = token_words(value.expr);
            if by_value && place_words.iter().any(|w| words.contains(w)) {
                let name = self.next_name(value.expr.span());
                let read = std::mem::replace(value.expr, syn::parse_quote!(#name));
                reads.push((name, read));
            } else if place_words.iter().any(|w| changes.contains(w)) {
                return false;
            }
        }
        bound.splice(0..0, reads);
        true
    }

    /// `make().as_guard().len() + f().await`, `g() + wrap(&make()).len() +
    /// f().await`: a value made from another temporary (called on it, or
    /// given a reference to it) in an operand the statement evaluates
    /// before its first `.await`, held with it across that `.await`. The
    /// lowering cannot hold both beside each other (a temporary has no
    /// home), so the chain is bound to `let`s, as a head's is; so is every
    /// operand evaluated before it (its temporaries, then the value it
    /// leaves: `let __coro_borrowed0 = g();`), which keeps Rust's order.
    /// Only for a statement or a `let`'s value, whose other temporaries
    /// make none of their own: elsewhere (an operand before it that makes
    /// temporaries the chain cannot bind) it is left to the lowering (known
    /// limit 2). A block's `tail` is rewritten only where the awaitable
    /// borrows (`v.len() + measure(&make()).await`, which the machine
    /// cannot hold otherwise): edition 2021 keeps a tail's temporaries past
    /// the block's locals (`assert_edition`: there are some), so the
    /// rewrite asserts edition 2024 there, as a head's does.
    fn rewrite_made_from_temporary(&mut self, e: &mut Expr, tail: bool, assert_edition: bool) {
        let original = e.clone();
        let count = self.count;
        let mut bound = Vec::new();
        let keep = match self.bind_leading_values(e, &mut bound) {
            Leading::Unchanged | Leading::Unbindable => false,
            Leading::MadeFromTemporary => {
                !tail && made_from_a_bound_value(&bound) && !makes_temporaries(e)
            }
            Leading::BorrowedByTheAwaitable => true,
        };
        if !keep {
            // The rest of the statement becomes the block's tail, whose
            // temporaries edition 2021 would keep past the bound ones.
            *e = original;
            self.count = count;
            return;
        }
        let span = e.span();
        let lets = bound_lets(&bound, span);
        let assertion = assert_edition.then(|| edition_assertion(span, TAIL_RULE));
        *e = syn::parse_quote_spanned!(span=> { #lets #assertion #e });
    }

    /// Binds the chains of the operands `e` evaluates before its first
    /// `.await` (`leading_values`), up to the last one that makes a value
    /// from a temporary or, if it binds any, the `.await`'s own (`g() +
    /// pick(&make()).await`: the awaitable borrows it), and the values the
    /// earlier ones leave, in Rust's order.
    fn bind_leading_values(
        &mut self,
        e: &mut Expr,
        bound: &mut Vec<(syn::Ident, Expr)>,
    ) -> Leading {
        let mut values = Vec::new();
        leading_values(e, true, &mut values);
        let needs_binding = |value: &LeadingValue| {
            if value.place.is_some() {
                return false;
            }
            let mut probe = value.expr.clone();
            let mut probe_bound = Vec::new();
            Binder { count: 0 }.bind_spine(&mut probe, false, &mut probe_bound);
            match value.expr {
                Expr::Await(_) => !probe_bound.is_empty(),
                _ => made_from_a_bound_value(&probe_bound),
            }
        };
        let Some(last) = values.iter().rposition(needs_binding) else {
            return Leading::Unchanged;
        };
        let outcome = match values[last].expr {
            Expr::Await(_) => Leading::BorrowedByTheAwaitable,
            _ => Leading::MadeFromTemporary,
        };
        // What each value evaluated before the statement names and changes:
        // a place read where it stands, after them, must not see their
        // changes (`g(n, bump(&mut n), make().as_guard().len(), f().await)`
        // reads `n` first).
        let later: Vec<(Vec<String>, Vec<String>)> = values
            .iter()
            .map(|v| match v.place {
                Some(_) => Default::default(),
                None => (token_words(v.expr), changed_roots(v.expr)),
            })
            .collect();
        for (i, value) in values.into_iter().enumerate().take(last + 1) {
            if let Some(by_value) = value.place {
                if is_constant_place(value.expr) {
                    continue;
                }
                let words = token_words(value.expr);
                let (named, changed) =
                    later[i + 1..=last]
                        .iter()
                        .fold((false, false), |(n, c), (names, changes)| {
                            (
                                n || names.iter().any(|w| words.contains(w)),
                                c || changes.iter().any(|w| words.contains(w)),
                            )
                        });
                if by_value && named {
                    // Read now, by value, as Rust reads it.
                    let name = self.next_name(value.expr.span());
                    let read = std::mem::replace(value.expr, syn::parse_quote!(#name));
                    bound.push((name, read));
                } else if changed {
                    // Borrowed (or a receiver, maybe by value) in place:
                    // left to the lowering.
                    return Leading::Unbindable;
                }
                continue;
            }
            let value = value.expr;
            self.bind_spine(value, false, bound);
            if i == last || is_place_or_const(value) {
                continue;
            }
            if makes_temporaries(value) {
                return Leading::Unbindable;
            }
            let name = self.next_name(value.span());
            let left = std::mem::replace(value, syn::parse_quote!(#name));
            bound.push((name, without_braces(left)));
        }
        outcome
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
    /// the operand of `&`, an index base, the arguments of a call after a
    /// callee or receiver that names a place, and a field base where the field
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
            Expr::Await(a) => return self.bind_awaited(&mut a.base, bound),
            Expr::Unary(u) => {
                let deref = matches!(u.op, syn::UnOp::Deref(_));
                return self.bind_spine(&mut u.expr, borrowed && deref, bound);
            }
            // `&mut [0u8, 0]`: a constant is promoted to a static only
            // behind `&`; behind `&mut` it is a temporary.
            Expr::Reference(r)
                if r.mutability.is_some() && crate::syntax::expr::is_constant(&r.expr) =>
            {
                let name = self.next_name(r.expr.span());
                let value = std::mem::replace(&mut *r.expr, syn::parse_quote!(#name));
                bound.push((name, without_braces(value)));
                return;
            }
            Expr::Reference(r) => (&mut r.expr, true, true),
            Expr::Index(i) => (&mut i.expr, true, true),
            Expr::Field(f) => (&mut f.base, borrowed, borrowed),
            // The receiver is taken to be borrowed unless the method is one
            // the receiver rule takes to move a temporary (`v.iter().sum()`;
            // a user method taking `self` of another name,
            // `make().finish()`, is a compile error either way: limit 1);
            // then the arguments.
            Expr::MethodCall(m) => {
                if consumes_temporary(&m.method) {
                    self.bind_spine(&mut m.receiver, false, bound);
                } else {
                    self.bind_spine(&mut m.receiver, true, bound);
                    self.bind_place(&mut m.receiver, bound);
                }
                // Not where an argument changes the receiver, which may be
                // read by value before it (`n.pow_of(&make(&mut n))`).
                if is_place_or_const(&m.receiver) && !args_change(&m.receiver, &m.args) {
                    self.bind_arguments(m.args.iter_mut(), bound);
                }
                return;
            }
            // The callee, then the arguments in order (`pick(&make(), k)`).
            Expr::Call(c) => {
                if is_place_or_const(&c.func) {
                    self.bind_arguments(c.args.iter_mut(), bound);
                }
                return;
            }
            _ => return,
        };
        self.bind_spine(place, place_borrowed, bound);
        if bind {
            self.bind_place(place, bound);
        }
    }

    /// The awaited expression's chain. The receiver of an awaited method
    /// call is taken to be moved, not bound (builders take `self`:
    /// `client.get(u).send().await`), as the lowering takes it (known limit
    /// 2), and so is each link of a builder chain it ends
    /// (`client.get(u).header(k, v).send().await`); its arguments are walked.
    fn bind_awaited(&mut self, base: &mut Expr, bound: &mut Vec<(syn::Ident, Expr)>) {
        match base {
            Expr::Paren(p) => self.bind_awaited(&mut p.expr, bound),
            Expr::MethodCall(m) => {
                self.bind_spine(builder_chain_base(&mut m.receiver), false, bound);
                if is_place_or_const(&m.receiver) && !args_change(&m.receiver, &m.args) {
                    self.bind_arguments(m.args.iter_mut(), bound);
                }
            }
            _ => self.bind_spine(base, false, bound),
        }
    }

    /// Binds `place` (a place context), where it is a temporary value whose
    /// evaluation makes none of its own.
    fn bind_place(&mut self, place: &mut Expr, bound: &mut Vec<(syn::Ident, Expr)>) {
        if is_temporary_value(place) && !makes_temporaries(place) {
            if let Expr::Struct(s) = place
                && updates_a_temporary(s)
            {
                self.bind_struct_update_parts(s, bound);
            }
            let name = self.next_name(place.span());
            let value = std::mem::replace(place, syn::parse_quote!(#name));
            bound.push((name, without_braces(value)));
        }
    }

    /// A fresh name for a bound value.
    pub(super) fn next_name(&mut self, span: Span) -> syn::Ident {
        let name = format_ident!("__coro_borrowed{}", self.count, span = span);
        self.count += 1;
        name
    }

    /// The arguments of a call, in Rust's order, each walked as a chain of
    /// its own (`&make()` binds `make()`), up to the first that is left
    /// doing more than naming a place or a constant: a later argument's
    /// temporaries are made after its evaluation.
    fn bind_arguments<'a>(
        &mut self,
        args: impl Iterator<Item = &'a mut Expr>,
        bound: &mut Vec<(syn::Ident, Expr)>,
    ) {
        // The places passed by value so far, read where they stand.
        let mut places: Vec<&mut Expr> = Vec::new();
        for arg in args {
            let before = bound.len();
            self.bind_spine(arg, false, bound);
            if bound.len() > before {
                // A place read before a value now bound that names it
                // (`pick(n, &make(&mut n))`) is read first, as Rust reads it.
                let words: Vec<String> = bound[before..]
                    .iter()
                    .flat_map(|(_, value)| token_words(value))
                    .collect();
                let mut reads = Vec::new();
                for place in places.iter_mut() {
                    if !is_constant_place(place)
                        && token_words(place).iter().any(|w| words.contains(w))
                    {
                        let name = self.next_name(place.span());
                        let read = std::mem::replace(&mut **place, syn::parse_quote!(#name));
                        reads.push((name, read));
                    }
                }
                bound.splice(before..before, reads);
            }
            if !is_place_or_const(arg) {
                return;
            }
            if !matches!(strip_parens(arg), Expr::Reference(_)) {
                places.push(arg);
            }
        }
    }
}

/// `{ e }` as a `let`'s value is `e` (the braces would be `unused_braces`
/// there; a block with only a tail moves and drops as the tail does).
fn without_braces(value: Expr) -> Expr {
    // The user's parentheses (`(Pair { .. }).b.name()`): a `let`'s value
    // in them is `unused_parens`.
    if let Expr::Paren(p) = value {
        return without_braces(*p.expr);
    }
    if let Expr::Block(b) = &value
        && b.attrs.is_empty()
        && b.label.is_none()
        && let [Stmt::Expr(tail, None)] = &b.block.stmts[..]
    {
        return tail.clone();
    }
    value
}

/// Whether an argument changes the binding `receiver` (a place) names.
fn args_change(receiver: &Expr, args: &syn::punctuated::Punctuated<Expr, syn::Token![,]>) -> bool {
    let words = token_words(receiver);
    args.iter()
        .any(|a| changed_roots(a).iter().any(|w| words.contains(w)))
}

/// The identifiers of `e`'s tokens.
fn token_words(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    crate::syntax::tokens::collect_idents(quote::ToTokens::to_token_stream(e), &mut out);
    out
}

/// Whether a bound value names an earlier bound one (it was made from that
/// temporary: `__coro_borrowed1 = __coro_borrowed0.as_guard()`).
fn made_from_a_bound_value(bound: &[(syn::Ident, Expr)]) -> bool {
    bound.iter().enumerate().any(|(k, (_, value))| {
        let tokens = quote::ToTokens::to_token_stream(value).to_string();
        let words: Vec<&str> = tokens
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .collect();
        bound[..k]
            .iter()
            .any(|(name, _)| words.iter().any(|w| *name == w))
    })
}

/// The `let`s of the bound temporaries, in evaluation order (`mut`: a
/// method may borrow one mutably).
fn bound_lets(bound: &[(syn::Ident, Expr)], span: Span) -> TokenStream {
    bound
        .iter()
        .map(|(name, value)| quote_spanned!(span=> #[allow(unused_mut)] let mut #name = #value;))
        .collect()
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
