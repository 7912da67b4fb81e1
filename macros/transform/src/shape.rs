//! The function's shape, read once from its signature before anything else
//! and never changed: which kind of machine it becomes, and the types it
//! yields, takes on resume and returns (each usable as an annotation only
//! when it can be named).

use crate::private_api::*;
use crate::signature::{self, GeneratorTypes};
use crate::syntax::types::{is_nameable, mentions_impl_trait};
use proc_macro2::TokenStream;
use quote::quote;
use syn::ItemFn;

/// Which machine the function becomes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `#[coro::coroutine]`: an `Awaitable`.
    Coroutine,
    /// `#[coro::generator]`: a `Generator` (and an `Iterator` when it
    /// takes and returns `()`).
    Generator,
    /// `#[coro::coroutine]` returning `impl AsyncIterator<Item = Y>`.
    AsyncGenerator,
}

impl Kind {
    /// The kind `sig` asks for under `#[coro::generator]` (`generator`) or
    /// `#[coro::coroutine]`; known even when the signature has errors.
    pub fn of(sig: &syn::Signature, generator: bool) -> Kind {
        if generator {
            Kind::Generator
        } else if signature::async_iterator_item(&sig.output).is_some() {
            Kind::AsyncGenerator
        } else {
            Kind::Coroutine
        }
    }
}

/// What the signature says, validated.
pub struct FnShape {
    pub kind: Kind,
    /// The bound of the returned machine (`Awaitable<Output = R>`, ...).
    pub bounds: TokenStream,
    /// The type the body's value is returned as, when it can be named.
    pub ret_annotation: Option<TokenStream>,
    /// The type of yielded values (generators, async generators).
    pub yield_ty: Option<TokenStream>,
    /// The type of resume arguments (generators only).
    pub arg_ty: Option<TokenStream>,
    /// A generator's return type.
    pub return_ty: Option<TokenStream>,
    /// The body's value is `()` (a body without a tail returns).
    pub returns_unit: bool,
}

impl FnShape {
    /// Reads the shape of `item` under `#[coro::generator]` (`generator`) or
    /// `#[coro::coroutine]`.
    pub fn read(item: &ItemFn, generator: bool) -> Result<FnShape, syn::Error> {
        if generator {
            return Ok(Self::generator(signature::generator_types(&item.sig)?));
        }
        let output = &item.sig.output;
        if let Some(y) = signature::async_iterator_item(output) {
            let path = signature::async_iterator_path(output)
                .unwrap_or_else(|| quote!(#ASYNC_ITERATOR_TRAIT));
            return Ok(FnShape {
                kind: Kind::AsyncGenerator,
                bounds: quote!(#path<Item = #y>),
                ret_annotation: Some(quote!(())),
                yield_ty: Some(y),
                arg_ty: None,
                return_ty: None,
                returns_unit: true,
            });
        }
        let ret_ty = signature::output_type(output);
        let returns_unit = match output {
            syn::ReturnType::Default => true,
            syn::ReturnType::Type(_, ty) => {
                matches!(&**ty, syn::Type::Tuple(t) if t.elems.is_empty())
            }
        };
        Ok(FnShape {
            kind: Kind::Coroutine,
            bounds: quote!(#AWAITABLE<Output = #ret_ty>),
            ret_annotation: (!mentions_impl_trait(output)).then_some(ret_ty),
            yield_ty: None,
            arg_ty: None,
            return_ty: None,
            returns_unit,
        })
    }

    fn generator(g: GeneratorTypes) -> FnShape {
        let (arg, y, r) = (&g.arg, &g.yield_ty, &g.return_ty);
        let is_unit = |t: &TokenStream| {
            syn::parse2::<syn::TypeTuple>(t.clone()).is_ok_and(|t| t.elems.is_empty())
        };
        // A generator that returns `()` (and takes `()`) is also an iterator.
        let iter =
            (is_unit(arg) && is_unit(r)).then(|| quote!(+ ::core::iter::FusedIterator<Item = #y>));
        let path = g.trait_path.clone().unwrap_or_else(|| quote!(#GENERATOR));
        FnShape {
            kind: Kind::Generator,
            bounds: quote!(#path<#arg, Yield = #y, Return = #r> #iter),
            ret_annotation: is_nameable(r).then(|| r.clone()),
            returns_unit: is_unit(r),
            yield_ty: Some(g.yield_ty),
            arg_ty: Some(g.arg),
            return_ty: Some(g.return_ty),
        }
    }

    /// The yield type, when it can annotate a `let`.
    pub fn yield_annotation(&self) -> Option<TokenStream> {
        self.yield_ty.clone().filter(is_nameable)
    }

    /// The resume argument type, when it can annotate a `let`.
    pub fn arg_annotation(&self) -> Option<TokenStream> {
        self.arg_ty.clone().filter(is_nameable)
    }

    /// A generator's yield and return types, when both can be named.
    pub fn nameable_generator_types(&self) -> Option<(TokenStream, TokenStream)> {
        let (y, r) = (self.yield_ty.as_ref()?, self.return_ty.as_ref()?);
        (is_nameable(y) && is_nameable(r)).then(|| (y.clone(), r.clone()))
    }

    /// The yield type and resume argument type for the `async` copy's
    /// yields (generators and async generators).
    pub fn shadow_yield_types(&self) -> Option<(TokenStream, TokenStream)> {
        let y = self.yield_ty.clone()?;
        Some((y, self.arg_ty.clone().unwrap_or_else(|| quote!(()))))
    }
}
