//! A receiver taken by value whose fields the body names (`fn run(self) {
//! let rx = self.rx; tick().await; self.tx.send(..) }`): moved into a
//! binding of its own, `let __coro_self: Self = self;`, and every `self` of
//! the body renamed to it, so that a partial move of it is split as a
//! `let`'s is (ARCHITECTURE.md limit 7). `self` itself cannot be rebound
//! by a `let`. An `async fn` moves its receiver into the body first too,
//! so the receiver drops where it did (after the body's locals).

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::visit_mut::VisitMut;
use syn::{FnArg, ItemFn};

/// The binding a by-value `self` is moved into.
const SELF_BINDING: &str = "__coro_self";

/// Whether `item` takes `self` by value (`self`, `mut self`; not `&self`,
/// nor a typed `self: Box<Self>`) and its body names fields of it (`named`:
/// the names whose fields the body names).
pub fn binds_self(item: &ItemFn, named: &std::collections::BTreeSet<String>) -> bool {
    matches!(item.sig.inputs.first(), Some(FnArg::Receiver(r))
        if r.reference.is_none() && r.colon_token.is_none())
        && named.contains("self")
}

/// Moves the by-value receiver into its binding, first thing in the body,
/// and renames every `self` of the body (see the module's docs).
pub fn bind_self(item: &mut ItemFn) {
    let Some(FnArg::Receiver(r)) = item.sig.inputs.first_mut() else {
        return;
    };
    let m = r.mutability.take();
    // The receiver's own span, and each `self`'s at its mention: the
    // binding resolves where the user's `self` did (inside a `macro_rules!`
    // expansion too).
    let binding = Ident::new(SELF_BINDING, r.self_token.span);
    Renamer.visit_block_mut(&mut item.block);
    item.block
        .stmts
        .insert(0, syn::parse_quote!(let #m #binding: Self = self;));
}

/// Renames each `self` of a body to [`SELF_BINDING`], at its own span.
struct Renamer;

impl VisitMut for Renamer {
    fn visit_expr_path_mut(&mut self, p: &mut syn::ExprPath) {
        if p.qself.is_none() && p.path.is_ident("self") {
            let to = Ident::new(SELF_BINDING, p.path.segments[0].ident.span());
            p.path = syn::parse_quote!(#to);
        }
    }
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = rename_tokens(mac.tokens.clone());
    }
    // An item's `self` is its own.
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// `self` (not `::self`, `self::`) renamed in a macro's tokens.
fn rename_tokens(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let punct =
        |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
    let mut out = Vec::with_capacity(trees.len());
    for (i, tree) in trees.iter().enumerate() {
        out.push(match tree {
            TokenTree::Ident(id)
                if id == "self"
                    && !punct(i.checked_sub(1).and_then(|k| trees.get(k)))
                    && !punct(trees.get(i + 1)) =>
            {
                TokenTree::Ident(Ident::new(SELF_BINDING, id.span()))
            }
            TokenTree::Group(g) => {
                let mut group = proc_macro2::Group::new(g.delimiter(), rename_tokens(g.stream()));
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            other => other.clone(),
        });
    }
    out.into_iter().collect()
}
