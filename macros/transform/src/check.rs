//! The rules of Python's async IO, checked on the syntax before lowering.
//! Every violation becomes a `syn::Error` at the offending token; all of them
//! are reported together.

use proc_macro2::{TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, ItemFn};

/// Whether raw macro input has `. await` in it.
pub fn tokens_contain_await(tokens: TokenStream) -> bool {
    let mut prev_dot = false;
    for tt in tokens {
        match &tt {
            TokenTree::Ident(i) if prev_dot && i == "await" => return true,
            TokenTree::Group(g) if tokens_contain_await(g.stream()) => return true,
            _ => {}
        }
        prev_dot = matches!(&tt, TokenTree::Punct(p) if p.as_char() == '.');
    }
    false
}

/// Checks the signature: what `#[coro::coroutine]` can be applied to.
pub fn signature(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let sig = &item.sig;
    if let Some(a) = &sig.asyncness {
        errors.push(syn::Error::new(
            a.span,
            "#[coro::coroutine] goes on a plain `fn`, not an `async fn`: remove `async` (the attribute makes the function a coroutine)",
        ));
    }
    if let Some(c) = &sig.constness {
        errors.push(syn::Error::new(
            c.span,
            "a `const fn` cannot be a coroutine: remove `const`",
        ));
    }
    if let Some(abi) = &sig.abi {
        errors.push(syn::Error::new(
            abi.span(),
            "an `extern` fn cannot be a coroutine: its ABI cannot return a Rust state machine",
        ));
    }
    if let Some(v) = &sig.variadic {
        errors.push(syn::Error::new(
            v.span(),
            "a variadic fn cannot be a coroutine",
        ));
    }
}

/// Checks the body: `.await` only where this coroutine can suspend.
pub fn body(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let mut checker = BodyChecker {
        errors,
        context: Vec::new(),
    };
    checker.visit_block(&item.block);
}

#[derive(Clone, Copy)]
enum Nested {
    Closure,
    AsyncBlock,
    Item,
    Unsafe,
    Guard,
}

struct BodyChecker<'a> {
    errors: &'a mut Vec<syn::Error>,
    context: Vec<Nested>,
}

impl BodyChecker<'_> {
    fn inside(&mut self, n: Nested, f: impl FnOnce(&mut Self)) {
        self.context.push(n);
        f(self);
        self.context.pop();
    }
}

impl<'ast> Visit<'ast> for BodyChecker<'_> {
    fn visit_expr_await(&mut self, e: &'ast syn::ExprAwait) {
        let span = e.await_token.span;
        match self.context.last() {
            Some(Nested::Closure) => self.errors.push(syn::Error::new(
                span,
                "'await' outside async function: this `.await` is inside a closure, which is not part of the coroutine\n\
                 help: make the closure's work a #[coro::coroutine] fn and await its result here",
            )),
            Some(Nested::AsyncBlock) => self.errors.push(syn::Error::new(
                span,
                "'await' outside coroutine: this `.await` is inside an `async` block, which is a std future, not part of the coroutine\n\
                 help: await directly in the #[coro::coroutine] body, or move the work into another #[coro::coroutine] fn",
            )),
            Some(Nested::Item) => self.errors.push(syn::Error::new(
                span,
                "'await' outside async function: this `.await` is inside a nested fn\n\
                 help: mark the nested fn #[coro::coroutine] too, and await its call",
            )),
            Some(Nested::Unsafe) => self.errors.push(syn::Error::new(
                span,
                "`.await` inside an `unsafe` block is not supported: end the `unsafe` block before the `.await`",
            )),
            Some(Nested::Guard) => self.errors.push(syn::Error::new(
                span,
                "`.await` in a match guard is not supported yet: await before the `match`, or move the condition into the arm (`pat => if cond.await { .. } else { .. }`)",
            )),
            None => {}
        }
        visit::visit_expr_await(self, e);
    }

    fn visit_expr_closure(&mut self, e: &'ast syn::ExprClosure) {
        if e.asyncness.is_some() {
            self.inside(Nested::AsyncBlock, |c| visit::visit_expr_closure(c, e));
        } else {
            self.inside(Nested::Closure, |c| visit::visit_expr_closure(c, e));
        }
    }

    fn visit_expr_async(&mut self, e: &'ast syn::ExprAsync) {
        self.inside(Nested::AsyncBlock, |c| visit::visit_expr_async(c, e));
    }

    fn visit_expr_unsafe(&mut self, e: &'ast syn::ExprUnsafe) {
        self.inside(Nested::Unsafe, |c| visit::visit_expr_unsafe(c, e));
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.visit_pat(&arm.pat);
        if let Some((_, guard)) = &arm.guard {
            self.inside(Nested::Guard, |c| c.visit_expr(guard));
        }
        self.visit_expr(&arm.body);
    }

    fn visit_item(&mut self, i: &'ast syn::Item) {
        self.inside(Nested::Item, |c| visit::visit_item(c, i));
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        if let Expr::Macro(m) = e {
            self.check_macro(&m.mac);
        }
        visit::visit_expr(self, e);
    }

    fn visit_stmt_macro(&mut self, m: &'ast syn::StmtMacro) {
        self.check_macro(&m.mac);
        visit::visit_stmt_macro(self, m);
    }
}

impl BodyChecker<'_> {
    fn check_macro(&mut self, mac: &syn::Macro) {
        if let Some(args) = crate::macros::MacroArgs::parse(mac) {
            for a in &args.args {
                self.visit_expr(&a.expr);
            }
            return;
        }
        if self.context.is_empty() && tokens_contain_await(mac.tokens.clone()) {
            let name = crate::macros::name(mac);
            self.errors.push(syn::Error::new(
                mac.path.span(),
                format!(
                    "`.await` inside `{name}!` is not supported: the macro's input is opaque to #[coro::coroutine]\n\
                     help: bind the awaited value first (`let v = x.await;`) and pass `v` to `{name}!`"
                ),
            ));
        }
    }
}
