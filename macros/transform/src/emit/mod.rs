//! Emission: the state enum and the step closure.
//!
//! ```text
//! enum __CoroState<X, Tmp0, AwaitedTick, ..> {      // every field type is a parameter,
//!     Start { x: X },                               // inferred by rustc from the closure
//!     /// Suspended at `tick(i).await` (line 5).
//!     Tick { __coro_awaitee: AwaitedTick, .. },     // the awaitable first, then the held
//!     ..                                            // bindings, latest declared first
//!     Returned,
//!     Poisoned,
//! }
//! machine(__CoroState::Start { x }, move |__coro_state, __coro_cx| '__coro_step: loop {
//!     match __coro_state { /* one arm per variant, after an arm that jumps to it */ }
//! })
//! ```
//!
//! An arm takes its bindings out of the variant (leaving `Poisoned` behind
//! while user code runs, so a panic poisons the machine) and runs until a
//! jump (`*__coro_state = Next { .. }; continue '__coro_step;`), a
//! suspension (`return Poll::Pending` from polling the awaitable) or a
//! return (`Returned`). Bindings are re-declared in nested braces, one per
//! lexical scope, so that an inner scope's bindings drop at its end.

mod arms;
mod dead_values;
mod joins;
mod state_enum;

use crate::analyse::liveness::Plan;
use crate::ir::{BlockKind, Code, Lowered, Marker, StartArgs};
use crate::private_api::*;
use crate::shape::{FnShape, Kind};
use crate::syntax::names;
use crate::vars::VarId;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

struct Emitter<'a> {
    l: &'a Lowered,
    plan: &'a Plan,
    /// An async generator: its yields hand a value out.
    async_generator: bool,
    /// Type parameter of each held binding / awaitable.
    params: BTreeMap<VarId, Ident>,
    /// The joins each block inlines, per inlining depth: computed once
    /// (every jump out of the block asks).
    inlined: RefCell<BTreeMap<(usize, usize), BTreeSet<usize>>>,
    /// Each block's size in tokens, computed once.
    sizes: RefCell<BTreeMap<usize, usize>>,
}

/// How many joins deep a jump may run the join's code in place.
const MAX_INLINE_DEPTH: usize = 2;
/// Joins larger than this (in tokens) are reached through the state.
const MAX_INLINE_TOKENS: usize = 400;

/// The label of the block a jump leaves to run an inlined join.
fn arm_label(depth: usize) -> syn::Lifetime {
    syn::Lifetime::new(&format!("'__coro_arm{depth}"), Span::mixed_site())
}

fn mixed(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

fn field_name(l: &Lowered, v: VarId) -> Ident {
    crate::syntax::names::respan(&l.vars.all[v].ident, Span::call_site())
}

fn awaitee_field() -> Ident {
    Ident::new("__coro_awaitee", Span::call_site())
}

/// The tokens of the whole machine: the enum and the `machine(..)` call.
/// What the machine is made of: the lowered body, what each variant holds,
/// the function's shape and name, its start state and the lifetime its
/// homes claim (see `signature::rewrite`).
pub struct Machine<'a> {
    pub lowered: &'a Lowered,
    pub plan: &'a Plan,
    pub shape: &'a FnShape,
    pub fn_name: &'a str,
    pub start: &'a StartArgs,
    pub slot_lifetime: Option<TokenStream>,
}

pub fn emit(m: &Machine<'_>) -> TokenStream {
    let (l, plan, fn_name, start) = (m.lowered, m.plan, m.fn_name, m.start);
    let mut em = Emitter {
        l,
        plan,
        async_generator: m.shape.kind == Kind::AsyncGenerator,
        params: BTreeMap::new(),
        inlined: RefCell::default(),
        sizes: RefCell::default(),
    };
    em.assign_params();
    let state_enum = em.state_enum();
    let arms = em.arms();
    let state = mixed("__coro_state");
    let cx = mixed("__coro_cx");
    let step = syn::Lifetime::new("'__coro_step", Span::mixed_site());
    let start_fields = em.fields_of(0).into_iter().map(|f| {
        let name = match f {
            Field::Var(v) => v,
            Field::Awaitee(_) => unreachable!("the start state awaits nothing"),
        };
        let field = field_name(l, name);
        let value = start.values.get(&name).cloned().unwrap_or_else(|| {
            let ident = &l.vars.all[name].ident;
            quote!(#ident)
        });
        quote!(#field: #value)
    });
    let returned = fn_name;
    // Locals borrowed across a suspension live in the machine's slot list;
    // the step closure takes a handle on it, typed with `'h`, the lifetime
    // the references into it claim (see `coro::__private::slots`).
    let slot_count = l.vars.all.iter().filter(|v| v.slot.is_some()).count();
    let slots_param = (slot_count > 0).then(|| {
        let h = m.slot_lifetime.clone().unwrap_or_else(|| quote!('static));
        let mut list = quote!(());
        for _ in 0..slot_count {
            list = quote!((#SLOT_CELL<_>, #list));
        }
        let slots = mixed("__coro_slots");
        quote!(#slots: #SLOTS_PTR<#h, #list>,)
    });
    let with_slots = slots_param.is_some();
    if m.shape.kind == Kind::Generator {
        // The resume argument, an `Option` (`None` from `Generator::start`):
        // taken by the `yield_!` that resumes, or forwarded to a
        // sub-generator; the first resume's is dropped.
        let arg = mixed("__coro_arg");
        let resume = mixed("__coro_resume");
        // The declared types, so a wrong yield is an error in the body, not
        // a mismatch of the whole machine with the signature.
        let step_output = m
            .shape
            .nameable_generator_types()
            .map(|(y, r)| quote!(-> #GENERATOR_STATE<#y, #r>));
        // With homes, on the heap: a generator is moved between resumes.
        let machine = if with_slots {
            quote!(#BOXED_GENERATOR_MACHINE)
        } else {
            quote!(#GENERATOR_MACHINE)
        };
        return quote! {
            #state_enum
            #machine(
                __CoroState::Start { #(#start_fields),* },
                move |#state, #slots_param #resume| #step_output {
                    let mut #arg = #resume;
                    #step: loop {
                        match #state {
                            #(#arms)*
                            __CoroState::Returned => #GENERATOR_RESUMED_AFTER_COMPLETION(#returned),
                            __CoroState::Poisoned => #GENERATOR_RESUMED_AFTER_PANICKING(#returned),
                        }
                    }
                },
            )
        };
    }
    // With homes: a coroutine is pinned, so they stay inside it; an async
    // generator is carried between variants by its consumer, so its homes
    // are on the heap.
    let machine = match (em.async_generator, with_slots) {
        (false, false) => quote!(#MACHINE),
        (false, true) => quote!(#PINNED_MACHINE),
        (true, false) => quote!(#ASYNC_GENERATOR_MACHINE),
        (true, true) => quote!(#BOXED_ASYNC_GENERATOR_MACHINE),
    };
    quote! {
        #state_enum
        #machine(
            __CoroState::Start { #(#start_fields),* },
            move |#state, #slots_param #cx| #step: loop {
                match #state {
                    #(#arms)*
                    __CoroState::Returned => #RESUMED_AFTER_COMPLETION(#returned),
                    __CoroState::Poisoned => #RESUMED_AFTER_PANICKING(#returned),
                }
            },
        )
    }
}

enum Field {
    Awaitee(VarId),
    Var(VarId),
}

impl Emitter<'_> {
    fn assign_params(&mut self) {
        let mut names = names::Names::default();
        for (b, block) in self.l.blocks.iter().enumerate() {
            if !self.plan.reachable[b] {
                continue;
            }
            if let BlockKind::Await { awaited, .. } = block.kind {
                let name = format!("Awaited{}", block.name);
                self.params
                    .entry(awaited)
                    .or_insert_with(|| Ident::new(&names.unique(&name), Span::call_site()));
            }
            for &v in self.plan.carried[b].iter().chain(&block.extras) {
                let base = match self.l.vars.all[v].ident.to_string().as_str() {
                    "__coro_self" => "Receiver".to_string(),
                    other => names::camel(names::unraw(other).trim_start_matches("__coro_")),
                };
                self.params
                    .entry(v)
                    .or_insert_with(|| Ident::new(&names.unique(&base), Span::call_site()));
            }
        }
    }

    /// Where `v` counts as declared, for the order of drops: a statement
    /// temporary as if declared just before its statement's first
    /// variable, so that it drops after the statement's operands
    /// (`Var::statement_start`).
    fn declared_at(&self, v: VarId) -> (usize, usize) {
        match self.l.vars.all[v].statement_start {
            Some(start) => (2 * start, v),
            None => (2 * v + 1, v),
        }
    }

    /// A block's fields: the awaitable first, then held bindings and extras,
    /// latest declared first (fields drop in declaration order, and an
    /// `async fn` drops its latest local first).
    fn fields_of(&self, b: usize) -> Vec<Field> {
        let block = &self.l.blocks[b];
        let mut fields = Vec::new();
        if let BlockKind::Await { awaited, .. } = block.kind {
            fields.push(Field::Awaitee(awaited));
        }
        let mut vars: Vec<VarId> = self.plan.carried[b]
            .iter()
            .chain(&block.extras)
            .copied()
            .collect();
        vars.sort_unstable();
        vars.dedup();
        if matches!(block.kind, BlockKind::Start) {
            // Not started: the arguments drop in order, like an `async fn`'s
            // captured arguments.
            fields.extend(vars.into_iter().map(Field::Var));
        } else {
            // Latest declared first.
            vars.sort_unstable_by_key(|&v| std::cmp::Reverse(self.declared_at(v)));
            fields.extend(vars.into_iter().map(Field::Var));
        }
        fields
    }
}
