//! The never-run `async` copy of a coroutine body that keeps borrows sound.
//!
//! A coroutine whose locals are borrowed across a suspension gets a machine
//! whose references into its slots claim a longer lifetime than the truth,
//! so rustc's borrow checker cannot judge the machine's code. It judges this
//! copy instead: the body as the user wrote it, as an `async move` block in a
//! branch that never runs, with each awaited operand wrapped into a std
//! future. Every borrow error an `async fn` with this body would have is
//! reported here, at the user's tokens (ARCHITECTURE.md, "Borrows across a
//! suspension", has the argument).

use crate::private_api::*;
use crate::syntax::macros::{CoroMacro, Operands, operands, rewrite_operands};
use crate::syntax::tokens::respan;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt};

/// The statement that holds the copy; `prelude` re-binds arguments as the
/// body expects them (`mut`, destructured patterns).
pub fn shadow(
    body: &syn::Block,
    prelude: &[TokenStream],
    ret_ty: Option<&TokenStream>,
    hoisted: &[TokenStream],
    generator: Option<(TokenStream, TokenStream)>,
    homed: std::collections::BTreeSet<String>,
) -> TokenStream {
    let mut body = body.clone();
    let coerce = ret_ty.map(|t| quote!(#SHADOW_RETURN::<#t>));
    // A generator's yields are suspensions too: `yield_!(v)` evaluates to
    // the resume argument, `yield_from!(g)` to `g`'s return value.
    let named = crate::syntax::types::is_nameable;
    let yield_fn = generator.map(|(y, a)| {
        if named(&y) && named(&a) {
            quote!(#SHADOW_YIELD::<#y, #a>)
        } else {
            quote!(#SHADOW_YIELD)
        }
    });
    Rewrite {
        coerce: coerce.clone(),
        hoisted: hoisted.iter().map(|t| t.to_string()).collect(),
        yield_fn,
        homed,
    }
    .visit_block_mut(&mut body);
    let prelude: Vec<Stmt> = prelude
        .iter()
        .filter_map(|p| syn::parse2::<Stmt>(p.clone()).ok())
        .collect();
    // The body's own braces: "dropped here" labels point at its end.
    body.stmts.splice(0..0, prelude);
    // Errors about the value returned point at the tail expression.
    let tail_span = match body.stmts.last() {
        Some(Stmt::Expr(e, None)) => e.span(),
        _ => body.brace_token.span.close(),
    };
    let value = match &coerce {
        // Return values are coercion sites, as in an `async fn`.
        Some(coerce) => {
            let coerce = respan(coerce.clone(), tail_span);
            quote!(#coerce(#body))
        }
        None => quote!(#body),
    };
    quote! {
        #[allow(warnings, clippy::all, clippy::pedantic)]
        if #NEVER_TRUE() {
            let _ = #SHADOW(async move { #value });
            ::core::unreachable!();
        }
    }
}

struct Rewrite {
    /// `shadow_return::<R>` when the return type is known.
    coerce: Option<TokenStream>,
    /// The items the machine hoisted to the function body (as text): the
    /// copy sees those there, and must see every other item where it is.
    hoisted: std::collections::BTreeSet<String>,
    /// `shadow_yield` (with the declared types) in a generator.
    yield_fn: Option<TokenStream>,
    /// The names of the homed bindings: a move of one that syntax proves
    /// (`moves_homed`) is written as one here.
    homed: std::collections::BTreeSet<String>,
}

impl Rewrite {
    /// `e` as `({ e })` when it is a bare homed binding: the machine reads
    /// such a binding out of its home where syntax proves a move (a method
    /// taking `self`, a pattern moving all of it; `Ctx::Value` in
    /// `fragment` and `lower`), so the copy moves it too. Were the method
    /// in fact `&self`, a later use is then E0382 here instead of a use of
    /// the value the machine dropped. Judged by name, so it may move a
    /// binding of the same name that has no home (stricter, never looser).
    fn moves_homed(&self, e: &mut Expr) {
        let Some(ident) = crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(e))
        else {
            return;
        };
        if self.homed.contains(&ident.to_string()) {
            let ident = ident.clone();
            *e = Expr::Verbatim(quote_spanned!(ident.span()=> ({ #ident })));
        }
    }
}

impl VisitMut for Rewrite {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Await(a) => {
                self.visit_expr_mut(&mut a.base);
                // Without the user's parentheses (`(&mut r).await`), which
                // the call's own make unneeded (`unused_parens`).
                let base = crate::syntax::expr::strip_parens(&a.base);
                // Parenthesised: `break 'l ::coro::..` would read as a label.
                let wrapped = {
                    let shadow_await = SHADOW_AWAIT.at(base.span());
                    quote_spanned!(base.span()=> (#shadow_await(#base)))
                };
                *a.base = Expr::Verbatim(wrapped);
            }
            Expr::Macro(m) => match operands(&m.mac) {
                Operands::Yield(operand) if self.yield_fn.is_some() => {
                    let span = m.mac.path.span();
                    let f = self.yield_fn.clone().expect("checked");
                    let call = match operand {
                        Some(mut operand) => {
                            self.visit_expr_mut(&mut operand);
                            quote_spanned!(span=> #f(#operand))
                        }
                        None => quote_spanned!(span=> #f(())),
                    };
                    *e = Expr::Verbatim(quote!((#call).await));
                }
                Operands::YieldFrom(mut operand) if self.yield_fn.is_some() => {
                    let span = m.mac.path.span();
                    self.visit_expr_mut(&mut operand);
                    let call = {
                        let shadow_yield_from = SHADOW_YIELD_FROM.at(span);
                        quote_spanned!(span=> #shadow_yield_from(#operand))
                    };
                    *e = Expr::Verbatim(quote!((#call).await));
                }
                Operands::AsyncFor(f) => {
                    let (pat, src) = (&f.pat, &f.expr);
                    let mut body = f.body.clone();
                    self.visit_block_mut(&mut body);
                    let it = syn::Ident::new("__coro_shadow_iter", proc_macro2::Span::mixed_site());
                    *e = Expr::Verbatim(quote! {{
                        let mut #it = #src;
                        while let ::core::option::Option::Some(#pat) = #SHADOW_NEXT(&mut #it).await #body
                    }});
                }
                Operands::Exprs(_) => self.visit_macro_mut(&mut m.mac),
                // Refused by `check` where they matter.
                Operands::Yield(_)
                | Operands::YieldFrom(_)
                | Operands::Textual
                | Operands::Opaque
                | Operands::Malformed(_) => {}
            },
            Expr::Return(r) => {
                if let Some(v) = &mut r.expr {
                    self.visit_expr_mut(v);
                    if let Some(coerce) = &self.coerce {
                        let value = &**v;
                        **v = Expr::Verbatim(quote_spanned!(value.span()=> (#coerce(#value))));
                    }
                }
            }
            Expr::MethodCall(m) => {
                visit_mut::visit_expr_method_call_mut(self, m);
                if crate::syntax::moves::consumed_receiver(m).is_some() {
                    self.moves_homed(&mut m.receiver);
                }
            }
            Expr::Match(m) => {
                visit_mut::visit_expr_match_mut(self, m);
                let pats: Vec<&syn::Pat> = m.arms.iter().map(|a| &a.pat).collect();
                // The machine reads a homed scrutinee out where every arm
                // moves all of it or binds nothing (one that binds nothing
                // puts it back: `lower::rest::LeftBinding`); here it is
                // moved on every path, which is stricter, never looser.
                if crate::syntax::pattern::arms_read_whole(&pats) {
                    self.moves_homed(&mut m.expr);
                }
            }
            Expr::Let(l) => {
                visit_mut::visit_expr_let_mut(self, l);
                if crate::syntax::pattern::let_moves_whole(&l.pat) {
                    self.moves_homed(&mut l.expr);
                }
            }
            // Their own code: awaits there are errors reported elsewhere.
            Expr::Closure(_) | Expr::Async(_) => {}
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        // Hoisted items are defined once, at the function body, for both the
        // machine and the copy; the others stay where they are in both.
        let hoisted = &self.hoisted;
        b.stmts.retain(|s| match s {
            Stmt::Item(item) => !hoisted.contains(&item.to_token_stream().to_string()),
            _ => true,
        });
        for s in &mut b.stmts {
            self.visit_stmt_mut(s);
        }
    }

    fn visit_stmt_mut(&mut self, s: &mut Stmt) {
        if let Stmt::Macro(m) = s
            && CoroMacro::of(&m.mac).suspends()
        {
            let mut e = Expr::Macro(syn::ExprMacro {
                attrs: m.attrs.clone(),
                mac: m.mac.clone(),
            });
            self.visit_expr_mut(&mut e);
            *s = Stmt::Expr(e, m.semi_token);
            return;
        }
        visit_mut::visit_stmt_mut(self, s);
        if let Stmt::Local(local) = s
            && crate::syntax::pattern::local_moves_whole(local)
            && let Some(init) = &mut local.init
        {
            self.moves_homed(&mut init.expr);
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}

    /// A known macro's operands are the body's own expressions: their
    /// awaits are suspensions of the copy too.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        rewrite_operands(mac, |e| self.visit_expr_mut(e));
    }
}
