//! The attribute's arguments: `#[coro::coroutine]` takes none yet.

use crate::rules::Rule;
use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;

/// Parses the arguments; every unknown one is an error at its own span.
pub fn parse(args: TokenStream) -> Result<(), syn::Error> {
    if args.is_empty() {
        return Ok(());
    }
    let all = args.clone();
    let parser = Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated;
    let errors = match syn::parse::Parser::parse2(parser, args) {
        Ok(metas) => metas
            .iter()
            .map(|m| {
                let name = path_string(m.path());
                Rule::UnknownArgument { name }.at(m.span())
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    Err(errors
        .into_iter()
        .reduce(|mut a, b| {
            a.combine(b);
            a
        })
        .unwrap_or_else(|| Rule::UnexpectedArguments.spanning(&all)))
}

fn path_string(path: &syn::Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}
