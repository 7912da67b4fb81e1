//! `let` chains that suspend (`if let Some(a) = f().await && a > 1 { .. }`, edition 2024): rewritten into nested `if`s and a `loop`, forms the lowering already takes apart, with Rust's order and scopes.

use super::*;

impl Lowerer {
    /// `if T1 && .. && Tn { then } else { els }` with a `let` among the
    /// tests runs each test in order and stops at the first that fails;
    /// the bindings of a `let` test are in scope in the later tests and in
    /// `then`, and `els` runs when any test fails, after the temporaries of
    /// the tests that ran have dropped (edition 2024's rule, and what nested
    /// `if let`s do when they are left):
    ///
    /// ```text
    /// '__coro_chain: { if T1 { .. if Tn { break '__coro_chain { then }; } .. } els }
    /// ```
    pub(super) fn lower_if_let_chain(&mut self, i: &syn::ExprIf) -> TokenStream {
        let span = i.if_token.span;
        let label = syn::Lifetime::new("'__coro_chain", Span::mixed_site().located_at(span));
        let then = &i.then_branch;
        let mut nested = quote_spanned!(span=> break #label #then;);
        for test in chain_tests(&i.cond).into_iter().rev() {
            nested = quote_spanned!(span=> if #test { #nested });
        }
        let els = i.else_branch.as_ref().map(|(_, e)| e);
        self.lower_rewritten(
            quote_spanned!(span=> #label: { #nested #els }),
            span,
            |error| Rule::ChainNotRewritten { error },
        )
    }

    /// `'l: while T1 && .. && Tn { body }` is `'l: loop { if T1 && .. && Tn
    /// { body } else { break 'l; } }`: `continue` tests the chain again,
    /// and each iteration's test temporaries drop before the next.
    pub(super) fn lower_while_let_chain(&mut self, w: &syn::ExprWhile) -> TokenStream {
        let span = w.while_token.span;
        let (attrs, label, cond, body) = (&w.attrs, &w.label, &w.cond, &w.body);
        let target = label.as_ref().map(|l| &l.name);
        let tokens = quote_spanned!(span=>
            #(#attrs)* #label loop { if #cond #body else { break #target; } }
        );
        self.lower_rewritten(tokens, span, |error| Rule::ChainNotRewritten { error })
    }

    /// Lowers a form the lowering rewrote into others (a `let` chain, a
    /// `match` whose guard awaits); if the rewrite does not parse, `refuse`
    /// names the refusal.
    pub(super) fn lower_rewritten(
        &mut self,
        tokens: TokenStream,
        span: Span,
        refuse: impl FnOnce(String) -> Rule,
    ) -> TokenStream {
        match syn::parse2::<Expr>(tokens) {
            Ok(e) => self.lower_expr(&e),
            Err(e) => {
                self.errors.push(refuse(e.to_string()).at(span));
                quote!(())
            }
        }
    }
}

/// The tests of a condition chain, in order (`T1 && T2 && T3` is
/// `(T1 && T2) && T3`); a parenthesised `&&` is one test. The parentheses
/// of a test are dropped unless a brace stands at its top level (a struct
/// literal needs them in `if` position): a chain needs them around `||`,
/// and rustc does not lint them in a chain, but an `if` of its own would
/// be `unused_parens`.
fn chain_tests(cond: &Expr) -> Vec<&Expr> {
    match cond {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            let mut tests = chain_tests(&b.left);
            tests.extend(chain_tests(&b.right));
            tests
        }
        Expr::Paren(p) if !has_top_level_brace(p.expr.to_token_stream()) => vec![&*p.expr],
        other => vec![other],
    }
}

fn has_top_level_brace(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|t| {
        matches!(t, proc_macro2::TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Brace)
    })
}
