//! Items of blocks that suspend. The lowering hoists them to the body's
//! scope (`lower::stmts`, limit 6): the block is cut at its suspensions,
//! and each piece must see them. Rust scopes an item to its block, so a
//! mention of its name outside the block means another item there (a
//! module's `fn helper`, an outer `macro_rules! m`), which the hoisted one
//! would shadow, silently. Refused where the name is written outside the
//! block.

use crate::rules::Rule;
use crate::syntax::awaits::stmt_contains_await;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::BTreeMap;
use syn::visit::{self, Visit};
use syn::{Block, ItemFn, Stmt};

/// Reports each item of a nested block that suspends whose name is also
/// written outside that block.
/// (A name declared in two such blocks is `Rule::DuplicateItem`, which the
/// lowering reports.)
pub fn hoisted_items(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let mut finder = Hoisted {
        top: true,
        declared: Vec::new(),
    };
    finder.visit_block(&item.block);
    let body = names_written(item.block.to_token_stream());
    for (name, inside) in &finder.declared {
        let key = name.to_string();
        let declarations = finder.declared.iter().filter(|(n, _)| *n == key).count();
        if declarations == 1 && body.get(&key) > Some(inside) {
            errors.push(Rule::HoistedItemNamedOutside { name: key }.at(name.span()));
        }
    }
}

struct Hoisted {
    top: bool,
    /// Each name an item of a nested block that suspends declares, with
    /// how many times the name is written in that block.
    declared: Vec<(proc_macro2::Ident, usize)>,
}

impl<'ast> Visit<'ast> for Hoisted {
    fn visit_block(&mut self, b: &'ast Block) {
        let nested = !std::mem::replace(&mut self.top, false);
        if nested && b.stmts.iter().any(stmt_contains_await) {
            let inside = names_written(b.to_token_stream());
            for stmt in &b.stmts {
                let Stmt::Item(item) = stmt else { continue };
                for name in declared_names(item) {
                    let count = inside.get(&name.to_string()).copied().unwrap_or(0);
                    self.declared.push((name, count));
                }
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

/// The names an item declares in its scope, a `macro_rules!` included.
fn declared_names(item: &syn::Item) -> Vec<proc_macro2::Ident> {
    let mut names = Vec::new();
    crate::syntax::expr::item_names(item, &mut names);
    if let syn::Item::Macro(m) = item
        && let Some(ident) = &m.ident
    {
        names.push(ident.clone());
    }
    names
}

/// Every identifier written in `tokens`, with its count, but those after a
/// `.` (a field or a method, not an item).
fn names_written(tokens: TokenStream) -> BTreeMap<String, usize> {
    fn walk(tokens: TokenStream, out: &mut BTreeMap<String, usize>) {
        let mut after_dot = false;
        for tt in tokens {
            match &tt {
                TokenTree::Ident(i) if !after_dot => *out.entry(i.to_string()).or_default() += 1,
                TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
            after_dot = matches!(&tt, TokenTree::Punct(p) if p.as_char() == '.');
        }
    }
    let mut out = BTreeMap::new();
    walk(tokens, &mut out);
    out
}
