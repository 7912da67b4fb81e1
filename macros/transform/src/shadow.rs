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

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt};

/// The statement that holds the copy; `prelude` re-binds arguments as the
/// body expects them (`mut`, destructured patterns).
pub fn shadow(
    body: &syn::Block,
    prelude: &[TokenStream],
    ret_ty: Option<&TokenStream>,
) -> TokenStream {
    let mut body = body.clone();
    Rewrite.visit_block_mut(&mut body);
    let stmts = &body.stmts;
    let output = match ret_ty {
        Some(t) => quote!(::<#t, _>),
        None => quote!(),
    };
    quote! {
        #[allow(warnings, clippy::all, clippy::pedantic)]
        if ::coro::__private::never_true() {
            let _ = ::coro::__private::shadow #output (async move {
                #(#prelude)*
                #(#stmts)*
            });
            ::core::unreachable!();
        }
    }
}

struct Rewrite;

impl VisitMut for Rewrite {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Await(a) => {
                self.visit_expr_mut(&mut a.base);
                let base = &a.base;
                let wrapped = quote_spanned!(base.span()=> ::coro::__private::shadow_await(#base));
                *a.base = Expr::Verbatim(wrapped);
            }
            Expr::Macro(m) if crate::macros::name(&m.mac) == "async_for" => {
                if let Ok(f) = m.mac.parse_body::<crate::macros::AsyncFor>() {
                    let (pat, src) = (&f.pat, &f.expr);
                    let mut body = f.body.clone();
                    self.visit_block_mut(&mut body);
                    let it = syn::Ident::new("__coro_shadow_iter", proc_macro2::Span::mixed_site());
                    *e = Expr::Verbatim(quote! {{
                        let mut #it = #src;
                        while let ::core::option::Option::Some(#pat) = ::coro::__private::shadow_next(&mut #it).await #body
                    }});
                }
            }
            // Their own code: awaits there are errors reported elsewhere.
            Expr::Closure(_) | Expr::Async(_) => {}
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        // Items are hoisted out of the body; the copy must not define them twice.
        b.stmts.retain(|s| !matches!(s, Stmt::Item(_)));
        for s in &mut b.stmts {
            self.visit_stmt_mut(s);
        }
    }

    fn visit_stmt_mut(&mut self, s: &mut Stmt) {
        if let Stmt::Macro(m) = s
            && crate::macros::name(&m.mac) == "async_for"
        {
            let mut e = Expr::Macro(syn::ExprMacro {
                attrs: m.attrs.clone(),
                mac: m.mac.clone(),
            });
            self.visit_expr_mut(&mut e);
            *s = Stmt::Expr(e, None);
            return;
        }
        visit_mut::visit_stmt_mut(self, s);
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
