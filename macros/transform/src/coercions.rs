//! Coercions a type drives into branches that suspend.
//!
//! `let op: fn(i64) -> i64 = if c { f().await; dbl } else { inc };` coerces
//! each branch's value to the annotated type (two fn items, `&String` to
//! `&str`, `Box<Concrete>` to `Box<dyn Trait>`). The lowering carries the
//! value of a branch that suspends to the join in a field of the state,
//! whose type is inferred from the first value, so the other branch's no
//! longer coerced (E0308). Each branch's value is coerced where it is made
//! instead: `{ let __coro_coerced: T = value; __coro_coerced }`. The same
//! for the body's tail with the function's return type (`-> Box<dyn
//! Trait>`, not `impl Trait`, which a `let` cannot name).

use crate::syntax::awaits::contains_await;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ItemFn, Stmt, Type};

/// Coerces the branch values of annotated `let`s and of the body's tail
/// (see the module's docs).
pub fn coerce_branch_values(item: &mut ItemFn) {
    Coercer.visit_block_mut(&mut item.block);
    if let syn::ReturnType::Type(_, ty) = &item.sig.output
        && nameable(ty)
        && let Some(Stmt::Expr(tail, None)) = item.block.stmts.last_mut()
        && contains_await(tail)
    {
        coerce_branches(tail, ty);
    }
}

struct Coercer;

impl VisitMut for Coercer {
    fn visit_local_mut(&mut self, l: &mut syn::Local) {
        visit_mut::visit_local_mut(self, l);
        if let syn::Pat::Type(typed) = &l.pat
            && nameable(&typed.ty)
            && let Some(init) = &mut l.init
            && init.diverge.is_none()
            && contains_await(&init.expr)
        {
            let ty = typed.ty.clone();
            coerce_branches(&mut init.expr, &ty);
        }
    }
    // Closures, `async` blocks and items do not suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// A type a `let` can be annotated with (no `impl Trait`) and that a value
/// of another type can coerce to: one with a reference, a `dyn`, a `fn`
/// pointer, a raw pointer or a slice in it. (Others gain nothing from the
/// `let`, which only adds a block to the expansion.)
fn nameable(ty: &Type) -> bool {
    let text = quote::ToTokens::to_token_stream(ty).to_string();
    let coercible = text.contains('&')
        || text.contains('*')
        || text.contains('[')
        || mentions(ty, "dyn")
        || mentions(ty, "fn");
    coercible && !mentions(ty, "impl")
}

/// Coerces the values `e` evaluates to in each of its branches, where `e`
/// is an `if`, a `match` or a block (or a branch's value is one).
fn coerce_branches(e: &mut Expr, ty: &Type) {
    match e {
        Expr::If(i) if i.else_branch.is_some() => {
            coerce_tail(&mut i.then_branch, ty);
            if let Some((_, otherwise)) = &mut i.else_branch {
                coerce_branches(otherwise, ty);
            }
        }
        Expr::Match(m) => {
            // An arm's body is a temporary scope of its own: its
            // temporaries drop at the arm's end with or without the `let`.
            for arm in &mut m.arms {
                coerce_value(&mut arm.body, ty, true);
            }
        }
        Expr::Block(b) if b.label.is_none() => coerce_tail(&mut b.block, ty),
        Expr::Paren(p) => coerce_branches(&mut p.expr, ty),
        _ => {}
    }
}

/// A block's tail: edition 2021 keeps its temporaries to the end of the
/// enclosing statement, which a `let` around it would end early, so only a
/// tail that makes none is coerced (`dbl`, `Box::new(x)`, `&owned`, a
/// closure, an awaited call of such values).
fn coerce_tail(block: &mut Block, ty: &Type) {
    if let Some(Stmt::Expr(tail, None)) = block.stmts.last_mut() {
        coerce_value(tail, ty, false);
    }
}

/// Whether evaluating `e` surely makes no temporary besides its value.
fn makes_no_temporaries(e: &Expr) -> bool {
    let place = |e: &Expr| {
        matches!(e, Expr::Path(_))
            || matches!(e, Expr::Field(f) if matches!(&*f.base, Expr::Path(_)))
    };
    match e {
        Expr::Path(_) | Expr::Lit(_) | Expr::Closure(_) => true,
        Expr::Paren(p) => makes_no_temporaries(&p.expr),
        Expr::Cast(c) => makes_no_temporaries(&c.expr),
        Expr::Reference(r) => place(&r.expr),
        Expr::Field(f) => place(&f.base),
        Expr::Call(c) => {
            matches!(&*c.func, Expr::Path(_)) && c.args.iter().all(makes_no_temporaries)
        }
        Expr::Await(a) => makes_no_temporaries(&a.base),
        Expr::Tuple(t) => t.elems.iter().all(makes_no_temporaries),
        Expr::Struct(s) => {
            s.rest.is_none() && s.fields.iter().all(|f| makes_no_temporaries(&f.expr))
        }
        _ => false,
    }
}

/// A branch's value: coerced where it is a value, or in its own branches;
/// `scope`: it is a temporary scope of its own (an arm's body).
fn coerce_value(e: &mut Expr, ty: &Type, scope: bool) {
    match e {
        Expr::If(_) | Expr::Match(_) | Expr::Paren(_) => coerce_branches(e, ty),
        Expr::Block(b) if b.label.is_none() => coerce_tail(&mut b.block, ty),
        _ if !scope && !makes_no_temporaries(e) => {}
        // A literal has its type already, unless it is to become a `dyn`
        // (`"x"` as `&dyn Display`).
        Expr::Lit(_) if !mentions(ty, "dyn") => {}
        // A value that never completes needs no coercion (and a `let` of it
        // would be unreachable code).
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => {}
        Expr::Macro(m) if crate::syntax::expr::panics(&m.mac) => {}
        _ => {
            let span = e.span();
            let coerced = syn::Ident::new("__coro_coerced", Span::mixed_site().located_at(span));
            let value = e.clone();
            // An expression the lowering reads (the value may suspend).
            *e = syn::parse_quote_spanned!(span=> { let #coerced: #ty = #value; #coerced });
        }
    }
}

/// Whether `ty` is written with the word `word` (`dyn`, `impl`, `fn`).
fn mentions(ty: &Type, word: &str) -> bool {
    quote::ToTokens::to_token_stream(ty)
        .to_string()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| w == word)
}
