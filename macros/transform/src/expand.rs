//! The pipeline: parse -> `FnShape` -> check -> lower -> analyse -> emit.
//! Each phase hands the next a named value; this module only sequences
//! them and assembles the output item.

use crate::analyse::{homes, liveness};
use crate::ir::Lowered;
use crate::lower::{self, Lowering};
use crate::rules::Rule;
use crate::shape::{FnShape, Kind};
use crate::syntax::errors::combine;
use crate::vars::HomePlan;
use crate::{
    args, borrowed_temps, check, destructuring, drop_order, drop_probe, emit, item, shadow,
    signature, split,
};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::{FnArg, ItemFn, Pat};

/// Expands `#[coroutine(args)]` on `item`; errors come back as values.
pub fn coroutine(args: TokenStream, item: TokenStream) -> Result<TokenStream, syn::Error> {
    expand(args, item, false)
}

/// Expands `#[generator(args)]` on `item`.
pub fn generator(args: TokenStream, item: TokenStream) -> Result<TokenStream, syn::Error> {
    expand(args, item, true)
}

/// Everything `check` can say is reported together, before lowering.
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
    let item = match item::parse(item, attr) {
        Ok(item) => item,
        Err(e) => {
            // Report the arguments' errors too.
            errors.push(e);
            return Err(combine(errors).expect("an error"));
        }
    };
    // Python's `MAX_RETRIES = 3` in a function: uppercase names the body
    // binds irrefutably are bindings, not paths (`syntax::pattern`).
    let uppercase = crate::syntax::pattern::uppercase_bindings(&item);
    crate::syntax::pattern::with_uppercase_bindings(uppercase, || {
        expand_item(item, generator, errors)
    })
}

/// [`expand`] after parsing: the checks, then the transform.
fn expand_item(
    mut item: ItemFn,
    generator: bool,
    mut errors: Vec<syn::Error>,
) -> Result<TokenStream, syn::Error> {
    crate::guarded_matches::desugar_guarded_matches(&mut item.block);
    check::signature(&item, &mut errors);
    let shape = FnShape::read(&item, generator).map_err(|e| errors.push(e));
    check::body(&item, Kind::of(&item.sig, generator), &mut errors);
    check::configured_code(&item, &mut errors);
    check::hoisted_items(&item, &mut errors);
    check::statement_macro_locals(&item, &mut errors);
    if let Some(e) = combine(errors) {
        return Err(e);
    }
    let parameters_moved_in = move_parameters_into_body(&mut item);
    let params = parameter_names(&item.sig);
    destructuring::desugar_destructuring_assignments(&mut item.block, &params);
    crate::coercions::coerce_branch_values(&mut item);
    drop_order::check_array_patterns(&mut item, parameters_moved_in);
    transform(item, &shape.expect("no error"), &[])
}

/// The parameters, moved into the body as an `async fn` moves them
/// (rustc's `lower_maybe_coroutine_body`): where one is not a plain binding
/// (a pattern, `_`), every typed parameter becomes a plain one and the body
/// starts, in the parameters' order, with `let x = x;` for a plain binding
/// and `let __coro_argN = __coro_argN; let PAT = __coro_argN;` for a
/// pattern. Each binding, and what a pattern leaves (`(a, _)`, kept by
/// `split/leftovers.rs`), then drops where `async fn` drops it: after the
/// body's locals, the last parameter's first. (Plain bindings alone are in
/// that order already.)
///
/// A plain parameter whose fields the body names (`j.0`, `job.name`) and
/// whose type a `let` can spell (a tuple or a path, no `impl Trait`) is
/// moved in with its type written (`let j: (Tracked, Tracked) = j;`), so
/// that a partial move of it is split as a `let`'s is (limit 7); every
/// parameter is then moved in, to keep their order. So is a receiver
/// taken by value whose fields the body names (`self_parts.rs`). Returns
/// whether the parameters were moved in (the body then starts with their
/// `let`s).
fn move_parameters_into_body(item: &mut ItemFn) -> bool {
    let plain =
        |pat: &Pat| matches!(pat, Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none());
    let all_plain = item.sig.inputs.iter().all(|input| match input {
        FnArg::Typed(t) => plain(&t.pat),
        FnArg::Receiver(_) => true,
    });
    let field_names = fields_named(&item.block);
    let typed = |t: &syn::PatType| match &*t.pat {
        Pat::Ident(p) => field_names.contains(&p.ident.to_string()) && spelled_in_a_let(&t.ty),
        _ => false,
    };
    let any_typed = item
        .sig
        .inputs
        .iter()
        .any(|input| matches!(input, FnArg::Typed(t) if typed(t)));
    let binds_self = crate::self_parts::binds_self(item, &field_names);
    if all_plain && !any_typed && !binds_self {
        return false;
    }
    let mut prelude: Vec<syn::Stmt> = Vec::new();
    for (index, input) in item.sig.inputs.iter_mut().enumerate() {
        let FnArg::Typed(t) = input else { continue };
        let span = syn::spanned::Spanned::span(&t.pat);
        let annotated = typed(t);
        if let Pat::Ident(p) = &mut *t.pat
            && p.by_ref.is_none()
            && p.subpat.is_none()
        {
            let ident = p.ident.clone();
            let m = p.mutability.take();
            let ty = &t.ty;
            prelude.push(if annotated {
                syn::parse_quote_spanned!(span=> let #m #ident: #ty = #ident;)
            } else {
                syn::parse_quote_spanned!(span=> let #m #ident = #ident;)
            });
            continue;
        }
        let slot = Ident::new(&format!("__coro_arg{index}"), Span::mixed_site());
        let plain_slot = Pat::Ident(syn::PatIdent {
            attrs: Vec::new(),
            by_ref: None,
            mutability: None,
            ident: slot.clone(),
            subpat: None,
        });
        let pat = std::mem::replace(&mut *t.pat, plain_slot);
        prelude.push(syn::parse_quote!(let #slot = #slot;));
        if !matches!(pat, Pat::Wild(_)) {
            prelude.push(syn::parse_quote_spanned!(span=> let #pat = #slot;));
        }
    }
    item.block.stmts.splice(0..0, prelude);
    if binds_self {
        crate::self_parts::bind_self(item);
    }
    true
}

/// The names of bindings whose fields `block` names (`j` of `j.0`).
fn fields_named(block: &syn::Block) -> std::collections::BTreeSet<String> {
    struct Fields(std::collections::BTreeSet<String>);
    impl syn::visit::Visit<'_> for Fields {
        fn visit_expr_field(&mut self, f: &syn::ExprField) {
            if let Some(root) = crate::syntax::expr::bare_ident(&f.base) {
                self.0.insert(root.to_string());
            }
            syn::visit::visit_expr_field(self, f);
        }
    }
    let mut fields = Fields(std::collections::BTreeSet::new());
    syn::visit::Visit::visit_block(&mut fields, block);
    fields.0
}

/// A parameter type a `let` can be annotated with and that has fields: a
/// tuple or a path, without `impl Trait` or `_` in it.
fn spelled_in_a_let(ty: &syn::Type) -> bool {
    if !matches!(ty, syn::Type::Tuple(_) | syn::Type::Path(_)) {
        return false;
    }
    let text = quote!(#ty).to_string();
    !text.contains("impl ")
        && !text
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == "_")
}

/// `homed`: the bindings a first expansion gave a home (empty the first
/// time): a partly moved one is split, and the body expanded again.
fn transform(
    mut item: ItemFn,
    shape: &FnShape,
    homed: &[String],
) -> Result<TokenStream, syn::Error> {
    let name = item.sig.ident.to_string();
    let unsplit = homed.is_empty().then(|| item.clone());
    // Before `original`: the `async` copy borrow-checks the split body.
    let params = plain_parameters(&item.sig);
    let splits = split::split_partial_moves(&mut item.block, &params, homed)?;
    borrowed_temps::bind_borrowed_temporaries(&mut item.block);
    drop_probe::probe_destructured_bindings(&mut item.block, parameter_names(&item.sig));
    let original = item.clone();
    let (lowering, plan) = lower_with_homes(&mut item, &original, shape)?;
    let Lowering { lowered, start, .. } = lowering;
    if let Some(e) = combine(held_borrow_errors(&lowered, &plan)) {
        return Err(e);
    }
    let has_homes = lowered.vars.all.iter().any(|v| v.slot.is_some());
    if let Some(unsplit) = unsplit
        && has_homes
    {
        let homed: Vec<String> = lowered
            .vars
            .all
            .iter()
            .filter(|v| v.slot.is_some() && v.user.is_some())
            .map(|v| v.name.clone())
            .collect();
        let mut block = unsplit.block.clone();
        if split::split_partial_moves(&mut block, &params, &homed)? > splits {
            return transform(unsplit, shape, &homed);
        }
    }
    if has_homes
        && let Some(FnArg::Receiver(r)) = item.sig.inputs.first_mut()
        && r.reference.is_none()
    {
        // The `async` copy needs the receiver as declared.
        if let Some(FnArg::Receiver(orig)) = original.sig.inputs.first() {
            r.mutability = orig.mutability;
        }
    }
    let slot_lifetime = signature::rewrite(&mut item.sig, &shape.bounds, has_homes);
    let machine = emit::emit(&emit::Machine {
        lowered: &lowered,
        plan: &plan,
        shape,
        fn_name: &name,
        start: &start,
        slot_lifetime,
    });
    let shadow = has_homes.then(|| shadow_copy(&original, shape, &lowered));
    let items = &lowered.items;
    let outer = outer_attrs(&item, shape, &name);
    let vis = &item.vis;
    let sig = &item.sig;
    Ok(quote! {
        #outer
        #vis #sig {
            #(#items)*
            #shadow
            #machine
        }
    })
}

/// Lowers the body; when the first lowering finds bindings borrowed across
/// a suspension, lowers it again with homes for them (only the second pass
/// knows which bindings hold `Local` guards, which changes the code).
fn lower_with_homes(
    item: &mut ItemFn,
    original: &ItemFn,
    shape: &FnShape,
) -> Result<(Lowering, liveness::Plan), syn::Error> {
    let mut first = lower::lower(item, shape, &HomePlan::new(), &[])?;
    let plan = liveness::plan(&first.lowered);
    let Some(homes) = homes::plan(
        &first.lowered.vars,
        &first.facts,
        &plan,
        first.first_body_var,
    ) else {
        let checks = std::mem::take(&mut first.closure_checks);
        checks.fill(&mut first.lowered, &plan.carried);
        return Ok((first, plan));
    };
    *item = original.clone();
    let mut second = lower::lower(item, shape, &homes.plan, &homes.params)?;
    homes::check(&second.lowered.vars, &homes.expected)?;
    let plan = liveness::plan(&second.lowered);
    let checks = std::mem::take(&mut second.closure_checks);
    checks.fill(&mut second.lowered, &plan.carried);
    Ok((second, plan))
}

/// A reference to a local held across a suspension, without a home: say so
/// at the borrow (rustc's own error would name the generated state enum).
fn held_borrow_errors(lowered: &Lowered, plan: &liveness::Plan) -> Vec<syn::Error> {
    let mut errors = Vec::new();
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
                let rule = Rule::BorrowHeldAcrossSuspension {
                    name: var.name.to_string(),
                    of: of.to_string(),
                    at,
                };
                errors.push(rule.at(*span));
            }
        }
    }
    errors
}

/// The never-run `async` copy (see `shadow`), with the arguments re-bound
/// as the body expects them.
fn shadow_copy(original: &ItemFn, shape: &FnShape, lowered: &Lowered) -> TokenStream {
    // Every typed parameter is a plain binding (`move_parameters_into_body`).
    let prelude: Vec<TokenStream> = plain_parameters(&original.sig)
        .into_iter()
        .map(|p| {
            // Re-bound even when not `mut`: errors then name it.
            let (ident, m) = (&p.name, p.mutable.then(|| quote!(mut)));
            quote!(let #m #ident = #ident;)
        })
        .collect();
    shadow::shadow(
        &original.block,
        &prelude,
        shape.ret_annotation.as_ref(),
        &lowered.items,
        shape.shadow_yield_types(),
        lowered
            .vars
            .all
            .iter()
            .filter(|v| v.moves_out_of_home())
            .map(|v| v.name.clone())
            .collect(),
    )
}

/// The user's attributes, plus `#[must_use]` (unless given) and the allow
/// that a trait method's refined `impl Trait` needs.
fn outer_attrs(item: &ItemFn, shape: &FnShape, name: &str) -> TokenStream {
    let has_must_use = item.attrs.iter().any(|a| a.path().is_ident("must_use"));
    let must_use = (!has_must_use).then(|| {
        let msg = if shape.kind == Kind::Generator {
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
    quote! {
        #(#attrs)*
        #must_use
        #refines
    }
}

/// The typed parameters in order, each one plain binding (`a: T`, `mut a:
/// T`) once `move_parameters_into_body` has run.
fn plain_parameters(sig: &syn::Signature) -> Vec<split::Param> {
    sig.inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Typed(t) => match &*t.pat {
                syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                    Some(split::Param {
                        name: p.ident.clone(),
                        mutable: p.mutability.is_some(),
                        reference: matches!(&*t.ty, syn::Type::Reference(_)),
                    })
                }
                // Not reached: `move_parameters_into_body` made it plain.
                _ => None,
            },
            FnArg::Receiver(_) => None,
        })
        .collect()
}

/// The names a function's parameters bind (`self` for a receiver).
fn parameter_names(sig: &syn::Signature) -> Vec<proc_macro2::Ident> {
    let mut names = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) => names.push(proc_macro2::Ident::new("self", r.self_token.span)),
            FnArg::Typed(t) => {
                crate::syntax::pattern::bindings(&t.pat, &mut |id, _| names.push(id.clone()));
            }
        }
    }
    names
}
