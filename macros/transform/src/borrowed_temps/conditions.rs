//! Conditions of `if` / `else if` whose awaitable borrows a temporary.

use super::Binder;
use crate::syntax::awaits::contains_await;
use syn::visit_mut::VisitMut;
use syn::{Block, Expr};

impl Binder {
    /// `if weigh(&Tracked::new(c)).await > 4 { .. } else if ..`: a condition
    /// whose awaitable borrows a temporary (which Rust drops when the
    /// condition is evaluated, before the branch) becomes a block whose
    /// tail it is, so that the temporary is bound to a `let` of that block
    /// (`rewrite` of a tail) and dropped at its end, the condition's. Each
    /// condition of an `else if` chain the same way. (The machine cannot
    /// hold a temporary beside the awaitable borrowing it: E0505.)
    pub(super) fn bind_in_conditions(&mut self, i: &mut syn::ExprIf) {
        if contains_await(&i.cond) && !matches!(&*i.cond, Expr::Let(_)) {
            // Built, not parsed: a condition such as `match x { .. } == 3`
            // would read as a statement in a block's source.
            let mut block = Block {
                brace_token: Default::default(),
                stmts: vec![syn::Stmt::Expr((*i.cond).clone(), None)],
            };
            let before = quote::ToTokens::to_token_stream(&block).to_string();
            self.visit_block_mut(&mut block);
            if quote::ToTokens::to_token_stream(&block).to_string() != before {
                *i.cond = Expr::Block(syn::ExprBlock {
                    attrs: Vec::new(),
                    label: None,
                    block,
                });
            }
        }
        if let Some((_, otherwise)) = &mut i.else_branch
            && let Expr::If(next) = &mut **otherwise
        {
            self.bind_in_conditions(next);
        }
    }
}
