//! The coroutine's signature: it returns the machine as
//! `impl Awaitable<Output = R>`, capturing every lifetime of its arguments.
//!
//! Edition 2021 does not capture lifetimes in return-position `impl Trait`
//! unless they are named in its bounds, and `use<..>` would have to list the
//! impl block's generics too, which an attribute on a method cannot see. So
//! elided argument lifetimes get names, and all lifetimes appear in a
//! `Captures<..>` bound, which works in both editions and in impls.

use crate::private_api::*;
use crate::rules::Rule;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{FnArg, GenericParam, Lifetime, LifetimeParam, Signature};

struct NameElided {
    count: usize,
    added: Vec<Lifetime>,
}

impl NameElided {
    fn fresh(&mut self) -> Lifetime {
        let lt = Lifetime::new(&format!("'__coro_life{}", self.count), Span::call_site());
        self.count += 1;
        self.added.push(lt.clone());
        lt
    }
}

impl VisitMut for NameElided {
    fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
        if r.lifetime.is_none() {
            r.lifetime = Some(self.fresh());
        }
        visit_mut::visit_type_reference_mut(self, r);
    }
    fn visit_lifetime_mut(&mut self, lt: &mut Lifetime) {
        if lt.ident == "_" {
            *lt = self.fresh();
        }
    }
    // Elided lifetimes in `fn(&T)` and `Fn(&T)` are higher-ranked: leave them.
    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// The types a `#[coro::generator]` declares in its return type.
pub struct GeneratorTypes {
    pub arg: TokenStream,
    pub yield_ty: TokenStream,
    pub return_ty: TokenStream,
    /// The user's path to `Generator` (`Generator`, `coro::Generator`), kept
    /// in the rewritten signature so that an import of it stays used.
    pub trait_path: Option<TokenStream>,
}

/// The type a coroutine's machine outputs: `()` for no return type, the
/// stable name of `!` for `-> !` (`impl Awaitable<Output = !>` is unstable),
/// else the declared type.
pub fn output_type(output: &syn::ReturnType) -> TokenStream {
    match output {
        syn::ReturnType::Default => quote!(()),
        syn::ReturnType::Type(_, ty) if is_never(ty) => NEVER_TYPE.to_token_stream(),
        syn::ReturnType::Type(_, ty) => ty.to_token_stream(),
    }
}

/// `!`, also inside the invisible group a `macro_rules!` `$ret:ty` makes.
fn is_never(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Never(_) => true,
        syn::Type::Group(g) => is_never(&g.elem),
        syn::Type::Paren(p) => is_never(&p.elem),
        _ => false,
    }
}

/// Reads `-> impl Iterator<Item = Y>` or `-> impl Generator<[A,] Yield = Y, Return = R>`.
pub fn generator_types(sig: &Signature) -> Result<GeneratorTypes, syn::Error> {
    let output = &sig.output;
    let syn::ReturnType::Type(_, ty) = output else {
        // No return type: point at the signature, where it is missing.
        return Err(Rule::GeneratorTypesMissing.spanning(sig));
    };
    let syn::Type::ImplTrait(it) = &**ty else {
        return Err(Rule::GeneratorTypesMissing.spanning(ty));
    };
    for bound in &it.bounds {
        let syn::TypeParamBound::Trait(tb) = bound else {
            continue;
        };
        let Some(last) = tb.path.segments.last() else {
            continue;
        };
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            continue;
        };
        let mut arg = quote!(());
        let mut yield_ty = None;
        let mut return_ty = quote!(());
        for a in &args.args {
            match a {
                syn::GenericArgument::Type(t) => arg = quote!(#t),
                syn::GenericArgument::AssocType(at) => {
                    let t = &at.ty;
                    match at.ident.to_string().as_str() {
                        "Item" if last.ident == "Iterator" => yield_ty = Some(quote!(#t)),
                        "Yield" => yield_ty = Some(quote!(#t)),
                        "Return" => return_ty = quote!(#t),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if (last.ident == "Iterator" || last.ident == "Generator")
            && let Some(yield_ty) = yield_ty
        {
            let trait_path = (last.ident == "Generator").then(|| {
                let mut path = tb.path.clone();
                if let Some(last) = path.segments.last_mut() {
                    last.arguments = syn::PathArguments::None;
                }
                quote!(#path)
            });
            return Ok(GeneratorTypes {
                arg,
                yield_ty,
                return_ty,
                trait_path,
            });
        }
    }
    Err(Rule::GeneratorTypesMissing.spanning(ty))
}

/// The `AsyncIterator<..>` bound of `-> impl AsyncIterator<Item = Y>`.
fn async_iterator_bound(output: &syn::ReturnType) -> Option<&syn::TraitBound> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let syn::Type::ImplTrait(it) = &**ty else {
        return None;
    };
    it.bounds.iter().find_map(|bound| match bound {
        syn::TypeParamBound::Trait(tb)
            if tb
                .path
                .segments
                .last()
                .is_some_and(|last| last.ident == "AsyncIterator") =>
        {
            Some(tb)
        }
        _ => None,
    })
}

/// The user's path to `AsyncIterator` in `-> impl AsyncIterator<Item = Y>`
/// (kept in the rewritten signature, so that an import of it stays used).
pub fn async_iterator_path(output: &syn::ReturnType) -> Option<TokenStream> {
    let mut path = async_iterator_bound(output)?.path.clone();
    path.segments.last_mut()?.arguments = syn::PathArguments::None;
    Some(quote!(#path))
}

/// `Y` of `-> impl AsyncIterator<Item = Y>`: the coroutine is an async generator.
pub fn async_iterator_item(output: &syn::ReturnType) -> Option<TokenStream> {
    let bound = async_iterator_bound(output)?;
    let syn::PathArguments::AngleBracketed(args) = &bound.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::AssocType(at) if at.ident == "Item" => {
            let t = &at.ty;
            Some(quote!(#t))
        }
        _ => None,
    })
}

/// Rewrites the signature to return the machine. With `slots`, also picks
/// the lifetime `'h` the machine's references into its slots claim (see
/// `coro::__private::slots`) and returns it: a lifetime every type of the
/// body outlives, so that a slot can hold any local.
/// - no type parameters and no lifetime: `'static`;
/// - no type parameters and one lifetime (`&self`, `buf: &mut [u8]`): that
///   lifetime (all types of the body outlive it by the signature's implied
///   bounds), so trait methods keep their signature;
/// - otherwise a new lifetime `'__coro_h` that all others outlive.
pub fn rewrite(sig: &mut Signature, bounds: &TokenStream, slots: bool) -> Option<TokenStream> {
    let mut namer = NameElided {
        count: 0,
        added: Vec::new(),
    };
    for input in sig.inputs.iter_mut() {
        match input {
            FnArg::Receiver(r) => {
                if let Some((_, lt)) = &mut r.reference {
                    match lt {
                        None => *lt = Some(namer.fresh()),
                        Some(l) if l.ident == "_" => *l = namer.fresh(),
                        Some(_) => {}
                    }
                    if r.colon_token.is_none() {
                        // Keep the typed form in sync with the shorthand.
                        let lifetime = lt.clone();
                        let mutability = r.mutability;
                        *r.ty = syn::parse_quote!(&#lifetime #mutability Self);
                    }
                } else {
                    namer.visit_type_mut(&mut r.ty);
                }
            }
            FnArg::Typed(pt) => namer.visit_type_mut(&mut pt.ty),
        }
    }
    let added: Vec<GenericParam> = namer
        .added
        .iter()
        .map(|lt| GenericParam::Lifetime(LifetimeParam::new(lt.clone())))
        .collect();
    // Lifetimes go first among the generics.
    let existing = std::mem::take(&mut sig.generics.params);
    sig.generics.params.extend(added);
    sig.generics.params.extend(existing);
    if sig.generics.lt_token.is_none() && !sig.generics.params.is_empty() {
        sig.generics.lt_token = Some(Default::default());
        sig.generics.gt_token = Some(Default::default());
    }
    let slot_lifetime = slots.then(|| slot_lifetime(sig));
    let lifetimes: Vec<&Lifetime> = sig.generics.lifetimes().map(|l| &l.lifetime).collect();
    let captures = (!lifetimes.is_empty()).then(|| quote!(+ #CAPTURES<(#(&#lifetimes (),)*)>));
    sig.output = syn::parse_quote! {
        -> impl #bounds #captures
    };
    slot_lifetime
}

fn slot_lifetime(sig: &mut Signature) -> TokenStream {
    let receiver = sig.receiver().map(|r| r.reference.is_some());
    let lifetimes: Vec<Lifetime> = sig
        .generics
        .lifetimes()
        .map(|l| l.lifetime.clone())
        .collect();
    let types: Vec<syn::Ident> = sig
        .generics
        .type_params()
        .map(|t| t.ident.clone())
        .collect();
    // An `impl Trait` argument is an anonymous type parameter: it gets the
    // bound the named ones get (`pred: impl Fn(&i64) -> bool + '__coro_h`;
    // without it, E0309 "may not live long enough" where the machine holds
    // it beside a home).
    let impl_args = impl_trait_arguments(sig);
    // Without type parameters and with at most one lifetime, no new
    // lifetime is needed, so a trait's method keeps its signature. (A
    // by-value `self` is then taken to outlive that lifetime, or `'static`.)
    if types.is_empty() && impl_args == 0 {
        match &lifetimes[..] {
            [] => return quote!('static),
            [only] => return quote!(#only),
            _ => {}
        }
    }
    let h = Lifetime::new("'__coro_h", Span::call_site());
    // The bounds go where the parameters are declared (a second place would
    // trip clippy's `multiple_bound_locations` in the user's crate).
    for param in sig.generics.params.iter_mut() {
        match param {
            GenericParam::Lifetime(l) => l.bounds.push(h.clone()),
            GenericParam::Type(t) => t.bounds.push(syn::TypeParamBound::Lifetime(h.clone())),
            GenericParam::Const(_) => {}
        }
        if let GenericParam::Type(t) = param
            && t.colon_token.is_none()
        {
            t.colon_token = Some(Default::default());
        }
        if let GenericParam::Lifetime(l) = param
            && l.colon_token.is_none()
        {
            l.colon_token = Some(Default::default());
        }
    }
    bound_impl_trait_arguments(sig, &h);
    sig.generics
        .params
        .insert(0, GenericParam::Lifetime(LifetimeParam::new(h.clone())));
    if receiver.is_some() {
        sig.generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(Self: #h));
    }
    quote!(#h)
}

/// How many `impl Trait` types the arguments' types hold.
fn impl_trait_arguments(sig: &Signature) -> usize {
    struct Count(usize);
    impl<'a> syn::visit::Visit<'a> for Count {
        fn visit_type_impl_trait(&mut self, t: &'a syn::TypeImplTrait) {
            self.0 += 1;
            syn::visit::visit_type_impl_trait(self, t);
        }
    }
    let mut count = Count(0);
    for input in &sig.inputs {
        if let FnArg::Typed(pt) = input {
            syn::visit::Visit::visit_type(&mut count, &pt.ty);
        }
    }
    count.0
}

/// Adds `+ 'h` to each `impl Trait` of the arguments' types.
fn bound_impl_trait_arguments(sig: &mut Signature, h: &Lifetime) {
    struct Bound<'h>(&'h Lifetime);
    impl VisitMut for Bound<'_> {
        fn visit_type_impl_trait_mut(&mut self, t: &mut syn::TypeImplTrait) {
            syn::visit_mut::visit_type_impl_trait_mut(self, t);
            t.bounds.push(syn::TypeParamBound::Lifetime(self.0.clone()));
        }
        // `&mut impl Iterator + 'h` is ambiguous: `&mut (impl Iterator + 'h)`.
        fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
            syn::visit_mut::visit_type_reference_mut(self, r);
            parenthesize_impl(&mut r.elem);
        }
        fn visit_type_ptr_mut(&mut self, p: &mut syn::TypePtr) {
            syn::visit_mut::visit_type_ptr_mut(self, p);
            parenthesize_impl(&mut p.elem);
        }
    }
    fn parenthesize_impl(elem: &mut syn::Type) {
        if matches!(elem, syn::Type::ImplTrait(_)) {
            let inner = std::mem::replace(elem, syn::Type::Verbatim(TokenStream::new()));
            *elem = syn::Type::Paren(syn::TypeParen {
                paren_token: Default::default(),
                elem: Box::new(inner),
            });
        }
    }
    for input in sig.inputs.iter_mut() {
        if let FnArg::Typed(pt) = input {
            Bound(h).visit_type_mut(&mut pt.ty);
        }
    }
}
