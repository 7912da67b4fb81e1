//! `#[cfg]` inside the body. The attribute macro runs before rustc
//! evaluates `#[cfg]` in the body, so the transform would see code that is
//! compiled out: its `.await`s would be polled and its code run, a move in
//! it would drop a value early, a `let` in it would rename later mentions.
//! Refused, with the rewrite, except where compiled-out code changes
//! nothing the transform decides: an item (hoisted as written, rustc
//! removes it), and a macro statement that cannot suspend, move or leave
//! (`#[cfg(debug_assertions)] println!(..);`, a logging macro's call).

use crate::rules::Rule;
use crate::syntax::awaits::find_await;
use crate::syntax::macros::{self, Operands};
use syn::visit::{self, Visit};
use syn::{Attribute, ItemFn, Stmt};

/// Reports each `#[cfg]` (and `#[cfg_attr]` that applies a `cfg`) on code
/// of the body that the transform reads.
pub fn configured_code(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let mut finder = Configured {
        name: item.sig.ident.to_string(),
        errors,
    };
    finder.visit_block(&item.block);
}

struct Configured<'e> {
    name: String,
    errors: &'e mut Vec<syn::Error>,
}

impl<'ast> Visit<'ast> for Configured<'_> {
    fn visit_stmt(&mut self, s: &'ast Stmt) {
        match s {
            Stmt::Item(_) => {}
            Stmt::Macro(m) if inert_when_compiled_out(&m.mac) => {}
            Stmt::Expr(syn::Expr::Macro(m), Some(_)) if inert_when_compiled_out(&m.mac) => {}
            _ => visit::visit_stmt(self, s),
        }
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {
        // Nested items are not transformed.
    }

    fn visit_attribute(&mut self, attr: &'ast Attribute) {
        if configures(attr) {
            let rule = Rule::ConfiguredCode {
                name: self.name.clone(),
            };
            self.errors.push(rule.spanning(attr));
        }
    }
}

/// `#[cfg(..)]`, or `#[cfg_attr(.., cfg(..))]`.
fn configures(attr: &Attribute) -> bool {
    if attr.path().is_ident("cfg") {
        return true;
    }
    // `cfg_attr(predicate, attr, ..)`: an `attr` that is a `cfg`.
    attr.path().is_ident("cfg_attr")
        && attr
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|metas| metas.iter().skip(1).any(|m| m.path().is_ident("cfg")))
}

/// A macro call the transform draws no conclusion from, whether it is
/// there or not: a format-like one that cannot leave (not `panic!` and its
/// kin) or an opaque one (its mentions are borrows), neither suspending.
fn inert_when_compiled_out(mac: &syn::Macro) -> bool {
    let kind_ok = match macros::operands(mac) {
        Operands::Opaque | Operands::Textual => true,
        // Its arguments are read as expressions: one that calls something
        // may move a binding (`println!("{}", take(t))`).
        Operands::Exprs(args) => {
            macros::is_format_like(&macros::name(mac))
                && !crate::syntax::expr::panics(mac)
                && args
                    .args
                    .iter()
                    .all(|a| !crate::syntax::expr::contains_call(&a.expr))
        }
        Operands::Yield(_)
        | Operands::YieldFrom(_)
        | Operands::AsyncFor(_)
        | Operands::Malformed(_) => false,
    };
    kind_ok && find_await(mac.tokens.clone()).is_none()
}
