//! The coroutine's signature: it returns the machine as
//! `impl Awaitable<Output = R>`, capturing every lifetime of its arguments.
//!
//! Edition 2021 does not capture lifetimes in return-position `impl Trait`
//! unless they are named in its bounds, and `use<..>` would have to list the
//! impl block's generics too, which an attribute on a method cannot see. So
//! elided argument lifetimes get names, and all lifetimes appear in a
//! `Captures<..>` bound, which works in both editions and in impls.

use proc_macro2::{Span, TokenStream};
use quote::quote;
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

/// Whether a return type mentions `impl Trait` (it cannot annotate a `let`).
pub fn mentions_impl_trait(output: &syn::ReturnType) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_return_type(&mut f, output);
    f.0
}

pub fn rewrite(sig: &mut Signature, ret_ty: &TokenStream) {
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
    let lifetimes: Vec<&Lifetime> = sig.generics.lifetimes().map(|l| &l.lifetime).collect();
    let captures = (!lifetimes.is_empty())
        .then(|| quote!(+ ::coro::__private::Captures<(#(&#lifetimes (),)*)>));
    sig.output = syn::parse_quote! {
        -> impl ::coro::__private::Awaitable<Output = #ret_ty> #captures
    };
}
