//! The item under the attribute: parsed into a `fn` (or refused with a
//! message naming what it is), and the stand-in emitted after an error.

use crate::private_api::*;
use crate::rules::Rule;
use crate::signature;
use crate::syntax::types::mentions_impl_trait;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{FnArg, ItemFn};

/// After an error: the coroutine's signature with a body that never runs
/// (nothing when the item is not a plain fn, or its type cannot be named).
pub fn stub(item: TokenStream) -> TokenStream {
    let Ok(syn::Item::Fn(mut f)) = syn::parse2::<syn::Item>(item) else {
        return TokenStream::new();
    };
    if f.sig.asyncness.is_some()
        || f.sig.constness.is_some()
        || f.sig.abi.is_some()
        || f.sig.variadic.is_some()
    {
        return TokenStream::new();
    }
    if mentions_impl_trait(&f.sig.output) {
        return TokenStream::new();
    }
    let ret_ty = signature::output_type(&f.sig.output);
    for input in f.sig.inputs.iter_mut() {
        if let FnArg::Typed(pt) = input {
            *pt.pat = syn::parse_quote!(_);
        }
    }
    f.attrs
        .retain(|a| a.path().is_ident("doc") || a.path().is_ident("cfg"));
    signature::rewrite(&mut f.sig, &quote!(#AWAITABLE<Output = #ret_ty>), false);
    let sig = &f.sig;
    let vis = &f.vis;
    let attrs = &f.attrs;
    quote! {
        #(#attrs)*
        #[allow(unused, refining_impl_trait, mismatched_lifetime_syntaxes)]
        #vis #sig {
            #NEVER::<#ret_ty>()
        }
    }
}

pub fn parse(item: TokenStream, attr: &str) -> Result<ItemFn, syn::Error> {
    let attr = attr.to_string();
    let bodiless = |sig: &syn::Signature| Rule::NoBody { attr: attr.clone() }.spanning(sig);
    match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Fn(f)) => Ok(f),
        Ok(syn::Item::Verbatim(_)) | Err(_) => match syn::parse2::<syn::TraitItemFn>(item) {
            // A trait method declaration without a body.
            Ok(m) if m.default.is_none() => Err(bodiless(&m.sig)),
            _ => Err(Rule::NotAnItem { attr }.at(Span::call_site())),
        },
        Ok(other) => {
            // Point at the keyword and the name, not the whole item.
            let (what, head): (&str, TokenStream) = match &other {
                syn::Item::Struct(s) => ("a struct", {
                    let mut head = s.struct_token.to_token_stream();
                    head.extend(s.ident.to_token_stream());
                    head
                }),
                syn::Item::Enum(e) => ("an enum", {
                    let mut head = e.enum_token.to_token_stream();
                    head.extend(e.ident.to_token_stream());
                    head
                }),
                syn::Item::Impl(i) => ("an impl block", i.impl_token.to_token_stream()),
                syn::Item::Trait(t) => ("a trait", {
                    let mut head = t.trait_token.to_token_stream();
                    head.extend(t.ident.to_token_stream());
                    head
                }),
                syn::Item::Mod(m) => ("a module", {
                    let mut head = m.mod_token.to_token_stream();
                    head.extend(m.ident.to_token_stream());
                    head
                }),
                syn::Item::Const(c) => ("a constant", {
                    let mut head = c.const_token.to_token_stream();
                    head.extend(c.ident.to_token_stream());
                    head
                }),
                syn::Item::Static(s) => ("a static", {
                    let mut head = s.static_token.to_token_stream();
                    head.extend(s.ident.to_token_stream());
                    head
                }),
                syn::Item::Use(u) => ("a `use` declaration", u.use_token.to_token_stream()),
                syn::Item::Type(t) => ("a type alias", {
                    let mut head = t.type_token.to_token_stream();
                    head.extend(t.ident.to_token_stream());
                    head
                }),
                other => ("this item", other.to_token_stream()),
            };
            let what = what.to_string();
            Err(Rule::NotAFn { attr, what }.spanning(&head))
        }
    }
}
