//! `matches!(e, pat if guard)`, written as the `match` std expands it to
//! (`match e { pat if guard => true, _ => false }`) before anything reads
//! the body: the guard is then code every phase sees (a binding the
//! transform renames or gives a home is rewritten in it, an `.await` in it
//! suspends as in a `match` guard), where inside the macro's input it was
//! tokens no phase could rewrite (E0425 for a renamed binding, a refusal
//! for an `.await`). So is one whose scrutinee awaits (its value is then a
//! temporary of the statement, as a `match`'s scrutinee is). Any other
//! `matches!` stays as written.

use crate::syntax::macros::visit_operands_mut;
use syn::parse::{ParseStream, Parser};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Token};

/// Rewrites every guarded `matches!` in `block` (outside nested items).
pub fn desugar_guarded_matches(block: &mut syn::Block) {
    GuardedMatches.visit_block_mut(block);
}

struct GuardedMatches;

impl VisitMut for GuardedMatches {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Expr::Macro(m) = e
            && let Some(desugared) = as_match(&m.mac)
        {
            *e = desugared;
        }
    }
    // A known macro's operands are code (`assert!(matches!(..))`).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        visit_operands_mut(mac, self);
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// The `match` a guarded `matches!` means; `None` for another macro, a
/// `matches!` without a guard, or input that does not parse (left to
/// rustc's error).
fn as_match(mac: &syn::Macro) -> Option<Expr> {
    if crate::syntax::macros::name(mac) != "matches" {
        return None;
    }
    let parser = |input: ParseStream| {
        let scrutinee: Expr = input.parse()?;
        let _: Token![,] = input.parse()?;
        let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
        let guard = if input.peek(Token![if]) {
            let _: Token![if] = input.parse()?;
            Some(input.parse::<Expr>()?)
        } else {
            None
        };
        let _: Option<Token![,]> = input.parse()?;
        Ok((scrutinee, pat, guard))
    };
    let (scrutinee, pat, guard) = parser.parse2(mac.tokens.clone()).ok()?;
    let guard = match guard {
        Some(guard) => quote::quote!(if #guard),
        // An awaited scrutinee is a temporary of the statement, dropped at
        // its end as a `match`'s is (kept to the next suspension before).
        None if crate::syntax::awaits::contains_await(&scrutinee) => quote::quote!(),
        None => return None,
    };
    // A struct literal as the scrutinee needs parentheses (`match (S { .. })
    // .sum() {` would parse its braces as the arms'): tried as written
    // first, then parenthesised; input that parses neither way is left to
    // rustc as written.
    let arms = quote::quote!({ #pat #guard => true, _ => false });
    syn::parse2(quote::quote!(match #scrutinee #arms))
        .or_else(|_| syn::parse2(quote::quote!(match (#scrutinee) #arms)))
        .ok()
}
