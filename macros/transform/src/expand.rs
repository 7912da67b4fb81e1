//! The pipeline: parse, check, lower, analyse, emit.

use crate::emit::{self, StartArgs};
use crate::lower::{BlockKind, Lowerer};
use crate::vars::{HomePlan, UserBinding, VarId, VarKind};
use crate::{args, check, liveness, signature};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};
use std::collections::BTreeMap;
use syn::{FnArg, ItemFn, Pat};

/// Expands `#[coroutine(args)]` on `item`; errors come back as values.
pub fn coroutine(args: TokenStream, item: TokenStream) -> Result<TokenStream, syn::Error> {
    expand(args, item, false)
}

/// Expands `#[generator(args)]` on `item`.
pub fn generator(args: TokenStream, item: TokenStream) -> Result<TokenStream, syn::Error> {
    expand(args, item, true)
}

fn expand(
    args: TokenStream,
    item: TokenStream,
    generator: bool,
) -> Result<TokenStream, syn::Error> {
    let mut errors = Vec::new();
    if let Err(e) = args::parse(args) {
        errors.push(e);
    }
    let attr = if generator { "generator" } else { "coroutine" };
    let item = match parse_item(item, attr) {
        Ok(item) => item,
        Err(e) => {
            // Report the arguments' errors too.
            errors.push(e);
            return Err(combine(errors).expect("an error"));
        }
    };
    check::signature(&item, &mut errors);
    let types = if generator {
        match signature::generator_types(&item.sig) {
            Ok(t) => Some(t),
            Err(e) => {
                errors.push(e);
                None
            }
        }
    } else {
        None
    };
    let agen_item = if generator {
        None
    } else {
        signature::async_iterator_item(&item.sig.output)
    };
    let kind = match (generator, &agen_item) {
        (true, _) => check::Kind::Generator,
        (false, Some(_)) => check::Kind::AsyncGenerator,
        (false, None) => check::Kind::Coroutine,
    };
    check::body(&item, kind, &mut errors);
    if let Some(e) = combine(errors) {
        return Err(e);
    }
    transform(item, types, agen_item)
}

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
    if crate::syntax::types::mentions_impl_trait(&f.sig.output) {
        return TokenStream::new();
    }
    let ret_ty = match &f.sig.output {
        syn::ReturnType::Default => quote!(()),
        syn::ReturnType::Type(_, ty) => ty.to_token_stream(),
    };
    for input in f.sig.inputs.iter_mut() {
        if let FnArg::Typed(pt) = input {
            *pt.pat = syn::parse_quote!(_);
        }
    }
    f.attrs
        .retain(|a| a.path().is_ident("doc") || a.path().is_ident("cfg"));
    signature::rewrite(
        &mut f.sig,
        &quote!(::coro::__private::Awaitable<Output = #ret_ty>),
        false,
    );
    let sig = &f.sig;
    let vis = &f.vis;
    let attrs = &f.attrs;
    quote! {
        #(#attrs)*
        #[allow(unused, refining_impl_trait, mismatched_lifetime_syntaxes)]
        #vis #sig {
            ::coro::__private::never::<#ret_ty>()
        }
    }
}

fn combine(errors: Vec<syn::Error>) -> Option<syn::Error> {
    let mut iter = errors.into_iter();
    let mut first = iter.next()?;
    for e in iter {
        first.combine(e);
    }
    Some(first)
}

fn parse_item(item: TokenStream, attr: &str) -> Result<ItemFn, syn::Error> {
    let help = format!("\n= help: put #[coro::{attr}] on a `fn` (or on each method of an impl)");
    let bodiless = |sig: &syn::Signature| {
        syn::Error::new_spanned(
            sig,
            format!(
                "#[coro::{attr}] needs a body to transform\n= help: declare the trait method as `fn name(..) -> impl coro::Awaitable<Output = T>;` and put the attribute on the impl's method"
            ),
        )
    };
    match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Fn(f)) => Ok(f),
        Ok(syn::Item::Verbatim(_)) | Err(_) => match syn::parse2::<syn::TraitItemFn>(item) {
            // A trait method declaration without a body.
            Ok(m) if m.default.is_none() => Err(bodiless(&m.sig)),
            _ => Err(syn::Error::new(
                Span::call_site(),
                format!("#[coro::{attr}] applies to a `fn` item{help}"),
            )),
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
            Err(syn::Error::new_spanned(
                head,
                format!("#[coro::{attr}] applies to a `fn`, not to {what}{help}"),
            ))
        }
    }
}

fn transform(
    mut item: ItemFn,
    generator: Option<signature::GeneratorTypes>,
    async_generator_item: Option<TokenStream>,
) -> Result<TokenStream, syn::Error> {
    let name = item.sig.ident.to_string();
    let (bounds, ret_annotation) = match &generator {
        Some(g) => {
            let (arg, y, r) = (&g.arg, &g.yield_ty, &g.return_ty);
            let unit = |t: &TokenStream| t.to_string() == "()";
            // A generator that returns `()` (and takes `()`) is also an iterator.
            let iter =
                (unit(arg) && unit(r)).then(|| quote!(+ ::core::iter::FusedIterator<Item = #y>));
            let annotation = crate::syntax::types::is_nameable(r).then(|| r.clone());
            (
                {
                    let path = g
                        .trait_path
                        .clone()
                        .unwrap_or_else(|| quote!(::coro::__private::Generator));
                    quote!(#path<#arg, Yield = #y, Return = #r> #iter)
                },
                annotation,
            )
        }
        None if async_generator_item.is_some() => {
            let y = async_generator_item.as_ref();
            (
                {
                    let path = signature::async_iterator_path(&item.sig.output)
                        .unwrap_or_else(|| quote!(::coro::__private::AsyncIterator));
                    quote!(#path<Item = #y>)
                },
                Some(quote!(())),
            )
        }
        None => {
            let ret_ty = match &item.sig.output {
                syn::ReturnType::Default => quote!(()),
                syn::ReturnType::Type(_, ty) => ty.to_token_stream(),
            };
            let annotation = (!crate::syntax::types::mentions_impl_trait(&item.sig.output))
                .then(|| ret_ty.clone());
            (
                quote!(::coro::__private::Awaitable<Output = #ret_ty>),
                annotation,
            )
        }
    };

    let original = item.clone();
    let pass1 = lower_pass(
        &mut item,
        &generator,
        &async_generator_item,
        &ret_annotation,
        &HomePlan::new(),
        &[],
    )?;
    let plan1 = liveness::plan(&pass1.lowerer.out);
    let wanted = slots_wanted(&pass1.lowerer, &plan1);
    let (pass, plan) = if wanted.is_empty() {
        (pass1, plan1)
    } else {
        // Homed arguments get a homed `let` of their own, declared before
        // the body: the body's user bindings shift by that many.
        let vars1 = &pass1.lowerer.out.vars;
        let homed: Vec<VarId> = wanted
            .iter()
            .copied()
            .filter(|&v| v < pass1.first_body_var)
            .collect();
        let first_body_user = vars1.all[..pass1.first_body_var]
            .iter()
            .filter(|v| v.user.is_some())
            .count();
        let shift = homed.len();
        // Each home with the name of the binding it is planned for.
        let mut expected: Vec<(UserBinding, String)> = homed
            .iter()
            .enumerate()
            .map(|(i, &param)| (first_body_user + i, vars1.all[param].name.clone()))
            .collect();
        expected.extend(
            wanted
                .iter()
                .filter(|&&v| v >= pass1.first_body_var)
                .map(|&v| {
                    let user = vars1.all[v].user.expect("only user bindings get homes");
                    (user + shift, vars1.all[v].name.clone())
                }),
        );
        let home_plan: HomePlan = expected
            .iter()
            .enumerate()
            .map(|(index, (user, _))| (*user, index))
            .collect();
        let pass2 = lower_pass(
            &mut original.clone(),
            &generator,
            &async_generator_item,
            &ret_annotation,
            &home_plan,
            &homed,
        )?;
        check_home_plan(&pass2.lowerer.out.vars, &expected)?;
        let plan2 = liveness::plan(&pass2.lowerer.out);
        (pass2, plan2)
    };
    let start = pass.start;
    let mut lowered = pass.lowerer.out;
    lowered.generator = generator.is_some();
    lowered.async_generator = async_generator_item.is_some();
    lowered.generator_types = generator.as_ref().and_then(|g| {
        let named = crate::syntax::types::is_nameable;
        (named(&g.yield_ty) && named(&g.return_ty))
            .then(|| (g.yield_ty.clone(), g.return_ty.clone()))
    });
    // A reference to a local held across a suspension cannot be moved into
    // the state with its referent; say so at the borrow (rustc's own error
    // would name the generated state enum).
    let mut borrow_errors = Vec::new();
    let mut reported = std::collections::BTreeSet::new();
    for (b, block) in lowered.blocks.iter().enumerate() {
        if !plan.reachable[b] {
            continue;
        }
        for &v in &plan.carried[b] {
            let var = &lowered.vars.all[v];
            if let Some((span, of)) = &var.borrow_of
                && reported.insert(v)
            {
                let at = match block.doc.strip_prefix("Suspended at ") {
                    Some(rest) => rest.trim_end_matches('.').to_string(),
                    None => "a suspension".to_string(),
                };
                borrow_errors.push(syn::Error::new(
                    *span,
                    format!(
                        "`{}` borrows the local `{of}` and is held across {at}: holding a reference to a local across a suspension is not supported yet\n= help: end the borrow before the suspension (copy or clone what you need), or keep `{of}` in a `Box`/`Rc` and hold that",
                        var.name
                    ),
                ));
            }
        }
    }
    if let Some(e) = combine(borrow_errors) {
        return Err(e);
    }
    let has_slots = lowered.vars.all.iter().any(|v| v.slot.is_some());
    if has_slots
        && let Some(FnArg::Receiver(r)) = item.sig.inputs.first_mut()
        && r.reference.is_none()
    {
        // The `async` copy needs the receiver as declared.
        if let Some(FnArg::Receiver(orig)) = original.sig.inputs.first() {
            r.mutability = orig.mutability;
        }
    }
    lowered.slot_lifetime = signature::rewrite(&mut item.sig, &bounds, has_slots);
    let machine = emit::emit(&lowered, &plan, &name, &start);
    let items = &lowered.items;
    let shadow = has_slots.then(|| {
        let mut prelude = Vec::new();
        for (index, input) in original.sig.inputs.iter().enumerate() {
            let FnArg::Typed(pt) = input else { continue };
            match &*pt.pat {
                Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                    // Re-bound even when not `mut`: errors then name it.
                    let ident = &pi.ident;
                    let m = pi.mutability;
                    prelude.push(quote!(let #m #ident = #ident;));
                }
                Pat::Wild(_) => {}
                pat => {
                    let slot = Ident::new(&format!("__coro_tmp_arg{index}"), Span::mixed_site());
                    prelude.push(quote!(let #pat = #slot;));
                }
            }
        }
        crate::shadow::shadow(
            &original.block,
            &prelude,
            ret_annotation.as_ref(),
            &lowered.items,
            generator
                .as_ref()
                .map(|g| (g.yield_ty.clone(), g.arg.clone()))
                .or_else(|| async_generator_item.clone().map(|y| (y, quote!(())))),
        )
    });

    let has_must_use = item.attrs.iter().any(|a| a.path().is_ident("must_use"));
    let must_use = (!has_must_use).then(|| {
        let msg = if lowered.generator {
            format!("generator `{name}` does nothing unless iterated or resumed")
        } else {
            format!("coroutine `{name}` was never awaited: `.await` it inside a #[coro::coroutine], or pass it to coro::run")
        };
        quote!(#[must_use = #msg])
    });
    // The `Captures` bound refines a trait's `-> impl Awaitable` harmlessly.
    let refines = item
        .sig
        .generics
        .lifetimes()
        .next()
        .is_some()
        .then(|| quote!(#[allow(refining_impl_trait, mismatched_lifetime_syntaxes)]));
    let attrs = &item.attrs;
    let vis = &item.vis;
    let sig = &item.sig;
    Ok(quote! {
        #(#attrs)*
        #must_use
        #refines
        #vis #sig {
            #(#items)*
            #shadow
            #machine
        }
    })
}

/// One lowering of the body. A second pass runs when the first found
/// locals borrowed across a suspension: it knows which get slots.
struct Pass {
    lowerer: Lowerer,
    start: StartArgs,
    /// The first binding the body declares (after the arguments).
    first_body_var: usize,
}

#[allow(clippy::too_many_arguments)]
fn lower_pass(
    item: &mut ItemFn,
    generator: &Option<signature::GeneratorTypes>,
    async_generator_item: &Option<TokenStream>,
    ret_annotation: &Option<TokenStream>,
    home_plan: &HomePlan,
    homed_params: &[VarId],
) -> Result<Pass, syn::Error> {
    let mut lw = Lowerer::new(ret_annotation.clone());
    lw.out.vars.home_plan = home_plan.clone();
    lw.yield_ty = generator
        .as_ref()
        .map(|g| g.yield_ty.clone())
        .or_else(|| async_generator_item.clone())
        .filter(crate::syntax::types::is_nameable);
    lw.returns_unit = match (&generator, &async_generator_item) {
        (Some(g), _) => g.return_ty.to_string() == "()",
        (None, Some(_)) => true,
        (None, None) => match &item.sig.output {
            syn::ReturnType::Default => true,
            syn::ReturnType::Type(_, ty) => {
                matches!(&**ty, syn::Type::Tuple(t) if t.elems.is_empty())
            }
        },
    };
    lw.arg_ty = generator
        .as_ref()
        .map(|g| g.arg.clone())
        .filter(crate::syntax::types::is_nameable);
    lw.open_root_scope();
    let mut start = StartArgs {
        values: BTreeMap::new(),
    };
    let mut pattern_args = Vec::new();
    for (index, input) in item.sig.inputs.iter_mut().enumerate() {
        match input {
            FnArg::Receiver(r) => {
                lw.declare_self(r.mutability.is_some() && r.reference.is_none());
                let id = lw.out.vars.all.len() - 1;
                lw.out.vars.all[id].slottable = true;
                lw.out.vars.all[id].mut_ref = r.reference.is_some() && r.mutability.is_some();
                // `self` is hygienic in `macro_rules!`: keep the receiver's own token.
                let self_token = r.self_token;
                start.values.insert(id, quote!(#self_token));
                // The outer fn only moves `self` into the machine.
                if r.reference.is_none() {
                    r.mutability = None;
                }
            }
            FnArg::Typed(pt) => match &*pt.pat {
                Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                    let ident = pi.ident.clone();
                    let id = lw.out.vars.declare(
                        ident.to_string(),
                        ident.clone(),
                        pi.mutability.is_some(),
                        VarKind::User,
                    );
                    lw.out.vars.all[id].slottable = true;
                    lw.out.vars.all[id].mut_ref =
                        matches!(&*pt.ty, syn::Type::Reference(r) if r.mutability.is_some());
                    // `mut` matters inside the machine only.
                    *pt.pat = Pat::Ident(syn::PatIdent {
                        attrs: pi.attrs.clone(),
                        by_ref: None,
                        mutability: None,
                        ident,
                        subpat: None,
                    });
                }
                pat => {
                    let slot = Ident::new(&format!("__coro_tmp_arg{index}"), Span::mixed_site());
                    if matches!(pat, Pat::Wild(_)) {
                        // `_` keeps the argument alive to the end, as in an `async fn`.
                        lw.out
                            .vars
                            .declare(String::new(), slot.clone(), false, VarKind::User);
                    } else {
                        lw.out
                            .vars
                            .declare(String::new(), slot.clone(), false, VarKind::Temp);
                        pattern_args.push((pat.clone(), slot.clone()));
                    }
                    *pt.pat = Pat::Ident(syn::PatIdent {
                        attrs: Vec::new(),
                        by_ref: None,
                        mutability: None,
                        ident: slot,
                        subpat: None,
                    });
                }
            },
        }
    }
    let start_block = lw.new_block(BlockKind::Start, "Start", String::new());
    lw.switch_to(start_block);
    for (pat, slot) in pattern_args {
        let pat = lw.declare_arg_pattern(pat);
        lw.emit(quote!(let #pat = #slot;));
        lw.flush_homes();
    }
    let first_body_var = lw.out.vars.all.len();
    for &param in homed_params {
        // A slotted argument moves into a binding of the body with a home.
        let var = &lw.out.vars.all[param];
        // The argument's own identifier (its hygiene, too); the receiver is
        // spelled `self` and renamed by the lowering.
        let ident = if var.name == "self" {
            Ident::new("self", var.ident.span())
        } else {
            var.ident.clone()
        };
        let local = syn::Local {
            attrs: Vec::new(),
            let_token: Default::default(),
            pat: Pat::Ident(syn::PatIdent {
                attrs: Vec::new(),
                by_ref: None,
                mutability: None,
                ident: ident.clone(),
                subpat: None,
            }),
            init: Some(syn::LocalInit {
                eq_token: Default::default(),
                expr: Box::new(syn::parse_quote!(#ident)),
                diverge: None,
            }),
            semi_token: Default::default(),
        };
        lw.lower_local(&local);
    }
    lw.lower_body(&item.block);
    if let Some(e) = combine(std::mem::take(&mut lw.errors)) {
        return Err(e);
    }
    Ok(Pass {
        lowerer: lw,
        start,
        first_body_var,
    })
}

/// Every planned home went to the binding it was planned for: the second
/// pass declares the user's bindings in the same order as the first. A
/// mismatch is a bug of the transform, reported rather than miscompiled.
fn check_home_plan(
    vars: &crate::vars::Vars,
    expected: &[(UserBinding, String)],
) -> Result<(), syn::Error> {
    for (user, name) in expected {
        let got = vars.all.iter().find(|v| v.user == Some(*user));
        if got.is_none_or(|v| &v.name != name || v.slot.is_none()) {
            return Err(syn::Error::new(
                Span::call_site(),
                format!(
                    "internal error of #[coro::coroutine]: the home planned for `{name}` went to another binding; please report this body"
                ),
            ));
        }
    }
    Ok(())
}

/// The bindings that need a fixed home (see `borrows`): those asked for
/// directly, and those a held binding's value may borrow, to a fixed point.
/// Only plain `let` bindings and arguments can have one.
fn slots_wanted(lw: &Lowerer, plan: &liveness::Plan) -> crate::vars::VarSet {
    let mut held = crate::vars::VarSet::new();
    let mut held_dead = crate::vars::VarSet::new();
    for (b, carried) in plan.carried.iter().enumerate() {
        if plan.reachable[b] {
            held.extend(carried.iter().copied());
            held_dead.extend(plan.held_dead[b].iter().copied());
        }
    }
    let mut wanted = lw.slot_requests.clone();
    loop {
        let mut changed = false;
        // A held value's sources live on in it.
        for (holders, sources) in &lw.value_edges {
            if holders
                .iter()
                .any(|h| held.contains(h) || wanted.contains(h))
            {
                for &s in sources {
                    changed |= held.insert(s);
                }
            }
        }
        for (holders, borrowed) in &lw.borrow_edges {
            if holders
                .iter()
                .any(|h| held.contains(h) || wanted.contains(h))
            {
                for &b in borrowed {
                    changed |= wanted.insert(b);
                }
            }
            // A binding that borrows a home and is held past its last use
            // (to drop at its scope's end) gets a home too: what it points
            // into may be gone by then, and moving a dangling reference
            // between variants is undefined; in a home it never moves.
            if borrowed.iter().any(|b| wanted.contains(b)) {
                for &h in holders {
                    if held_dead.contains(&h) && lw.out.vars.all[h].slottable {
                        changed |= wanted.insert(h);
                    }
                }
            }
        }
        // The same for a value built from a homed binding (`Borrower(r)`).
        for (holders, sources) in &lw.value_edges {
            if sources.iter().any(|s| wanted.contains(s)) {
                for &h in holders {
                    if held_dead.contains(&h) && lw.out.vars.all[h].slottable {
                        changed |= wanted.insert(h);
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    wanted.retain(|&v| lw.out.vars.all[v].slottable);
    wanted
}
