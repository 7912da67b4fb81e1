//! Locals a macro declares at statement position. Rust keeps a local of a
//! macro's expansion (`let _g = guard(..);`, scopeguard's `defer!`) to the
//! end of the block, but the transform cannot see it (the expansion is
//! rustc's, and hygienic): its piece of the block ends at the block's next
//! suspension, and the local drops there, silently early. Refused where
//! the macro is known to declare one: a `macro_rules!` of the body whose
//! expansion writes a `let` at statement level, and `defer!`. (A macro
//! declared outside the body stays unseen: ARCHITECTURE.md limit 2.)

use crate::rules::Rule;
use crate::syntax::awaits::stmt_contains_await;
use crate::syntax::macros;
use proc_macro2::{TokenStream, TokenTree};
use std::collections::BTreeSet;
use syn::visit::{self, Visit};
use syn::{Block, ItemFn, Stmt};

/// Reports each statement macro known to declare a local, followed by a
/// suspension in its block.
pub fn statement_macro_locals(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let mut declaring = Declaring(BTreeSet::from(["defer".to_string()]));
    declaring.visit_block(&item.block);
    let mut finder = Suspending {
        declaring: &declaring.0,
        errors,
    };
    finder.visit_block(&item.block);
}

/// The names of the macros known to declare locals.
struct Declaring(BTreeSet<String>);

impl<'ast> Visit<'ast> for Declaring {
    fn visit_item_macro(&mut self, m: &'ast syn::ItemMacro) {
        if let Some(name) = &m.ident
            && m.mac.path.is_ident("macro_rules")
            && declares_local(m.mac.tokens.clone())
        {
            self.0.insert(name.to_string());
        }
    }
}

/// Whether a `macro_rules!` body has a rule whose expansion writes `let` at
/// its statement level (not inside a block of its own), also in a
/// repetition (`$( let .. )*`).
fn declares_local(rules: TokenStream) -> bool {
    fn at_statement_level(expansion: TokenStream) -> bool {
        let mut dollar = false;
        expansion.into_iter().any(|t| {
            let found = match &t {
                TokenTree::Ident(i) => i == "let",
                TokenTree::Group(g) if dollar => at_statement_level(g.stream()),
                _ => false,
            };
            dollar = matches!(&t, TokenTree::Punct(p) if p.as_char() == '$');
            found
        })
    }
    // `(matcher) => {expansion};` ...: each group after `=>`.
    let trees: Vec<TokenTree> = rules.into_iter().collect();
    trees.windows(3).any(|w| match w {
        [
            TokenTree::Punct(eq),
            TokenTree::Punct(gt),
            TokenTree::Group(g),
        ] => eq.as_char() == '=' && gt.as_char() == '>' && at_statement_level(g.stream()),
        _ => false,
    })
}

struct Suspending<'a, 'e> {
    declaring: &'a BTreeSet<String>,
    errors: &'e mut Vec<syn::Error>,
}

impl<'ast> Visit<'ast> for Suspending<'_, '_> {
    fn visit_block(&mut self, b: &'ast Block) {
        for (k, stmt) in b.stmts.iter().enumerate() {
            let mac = match stmt {
                Stmt::Macro(m) => &m.mac,
                Stmt::Expr(syn::Expr::Macro(m), Some(_)) => &m.mac,
                _ => continue,
            };
            let name = macros::name(mac);
            if self.declaring.contains(&name) && b.stmts[k + 1..].iter().any(stmt_contains_await) {
                let rule = Rule::StatementMacroLocal { macro_name: name };
                self.errors.push(rule.spanning(&mac.path));
            }
        }
        visit::visit_block(self, b);
    }

    // Blocks of these are not cut at suspensions.
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
