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
//!     match __coro_state { /* one arm per variant, in source order */ }
//! })
//! ```
//!
//! An arm takes its bindings out of the variant (leaving `Poisoned` behind
//! while user code runs, so a panic poisons the machine) and runs until a
//! jump (`*__coro_state = Next { .. }; continue '__coro_step;`), a
//! suspension (`return Poll::Pending` from polling the awaitable) or a
//! return (`Returned`). Bindings are re-declared in nested braces, one per
//! lexical scope, so that an inner scope's bindings drop at its end.

use crate::analyse::liveness::Plan;
use crate::ir::{BlockKind, Code, Lowered, StartArgs};
use crate::private_api::*;
use crate::shape::{FnShape, Kind};
use crate::syntax::names;
use crate::vars::VarId;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use std::collections::{BTreeMap, BTreeSet};

struct Emitter<'a> {
    l: &'a Lowered,
    plan: &'a Plan,
    /// An async generator: its yields hand a value out.
    async_generator: bool,
    /// Type parameter of each held binding / awaitable.
    params: BTreeMap<VarId, Ident>,
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
    Ident::new(&l.vars.all[v].ident.to_string(), Span::call_site())
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
        // The resume argument: taken by the `yield_!` that resumes, or
        // forwarded to a sub-generator; the first resume's is dropped.
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
                    let mut #arg = ::core::option::Option::Some(#resume);
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
                    other => names::camel(other.trim_start_matches("__coro_")),
                };
                self.params
                    .entry(v)
                    .or_insert_with(|| Ident::new(&names.unique(&base), Span::call_site()));
            }
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
            fields.extend(vars.into_iter().rev().map(Field::Var));
        }
        fields
    }

    fn state_enum(&self) -> TokenStream {
        let params = self.params.values();
        let variants = self
            .l
            .blocks
            .iter()
            .enumerate()
            .filter(|(b, _)| self.plan.reachable[*b])
            .map(|(b, block)| {
                let name = &block.name;
                let doc = match block.kind {
                    BlockKind::Start => {
                        "Created, not yet resumed: holds the arguments.".to_string()
                    }
                    _ => block.doc.clone(),
                };
                let fields = self.fields_of(b).into_iter().map(|f| match f {
                    Field::Awaitee(v) => {
                        let ty = &self.params[&v];
                        let field = awaitee_field();
                        quote!(#field: #ty)
                    }
                    Field::Var(v) => {
                        let ty = &self.params[&v];
                        let field = field_name(self.l, v);
                        quote!(#field: #ty)
                    }
                });
                quote! {
                    #[doc = #doc]
                    #name { #(#fields),* },
                }
            });
        quote! {
            enum __CoroState<#(#params),*> {
                #(#variants)*
                /// Returned: resuming again panics.
                Returned,
                /// A panic escaped while running: resuming again panics.
                Poisoned,
            }
        }
    }

    fn arms(&self) -> Vec<TokenStream> {
        let state = mixed("__coro_state");
        let cx = mixed("__coro_cx");
        let ready = mixed("__coro_ready");
        let mut arms = Vec::new();
        for (b, block) in self.l.blocks.iter().enumerate() {
            if !self.plan.reachable[b] {
                continue;
            }
            let name = &block.name;
            let fields: Vec<VarId> = self
                .fields_of(b)
                .into_iter()
                .filter_map(|f| match f {
                    Field::Var(v) => Some(v),
                    Field::Awaitee(_) => None,
                })
                .collect();
            let bind = fields.iter().map(|&v| {
                let field = field_name(self.l, v);
                let binding = mixed(&field.to_string());
                quote!(#field: #binding)
            });
            let take = quote! {
                let __CoroState::#name { #(#bind,)* .. } = ::core::mem::replace(#state, __CoroState::Poisoned) else {
                    ::core::unreachable!()
                };
            };
            let body = self.block_body(b, 0);
            let arg = mixed("__coro_arg");
            let arm = match block.kind {
                BlockKind::Await {
                    delegate: true,
                    span,
                    ..
                } => {
                    let awaitee = mixed("__coro_awaitee");
                    let field = awaitee_field();
                    // A yield type mismatch is reported at the operand.
                    let yielded = Ident::new("value", Span::mixed_site().located_at(span));
                    let arg_here =
                        Ident::new(&arg.to_string(), Span::mixed_site().located_at(span));
                    let resume_arg = {
                        let resume_arg = RESUME_ARG.at(span);
                        quote_spanned!(span=> #resume_arg(#arg_here.take()))
                    };
                    // A sub-generator: its yields go out as ours, the resume
                    // argument goes in (the default one when this resume's
                    // argument was already taken, as on entry).
                    quote! {
                        #[allow(unreachable_code)]
                        __CoroState::#name { #field: #awaitee, .. } => {
                            let #ready = match #RESUME(
                                #awaitee,
                                #resume_arg,
                            ) {
                                #GENERATOR_STATE::Complete(value) => value,
                                #GENERATOR_STATE::Yielded(#yielded) => {
                                    return #GENERATOR_STATE::Yielded(#yielded);
                                }
                            };
                            #take
                            #body
                        }
                    }
                }
                BlockKind::Yield if self.async_generator => quote! {
                    #[allow(unreachable_code)]
                    __CoroState::#name { .. } => {
                        let #ready = ();
                        #take
                        #body
                    }
                },
                BlockKind::Yield => quote! {
                    #[allow(unreachable_code)]
                    __CoroState::#name { .. } => {
                        let #ready = ::core::option::Option::expect(#arg.take(), "a yield is resumed with an argument");
                        #take
                        #body
                    }
                },
                BlockKind::Next { source, span } => {
                    let field = field_name(self.l, source);
                    let binding =
                        Ident::new(&field.to_string(), Span::mixed_site().located_at(span));
                    let poll_next = POLL_NEXT.at(span);
                    quote! {
                        #[allow(unreachable_code)]
                        __CoroState::#name { #field: #binding, .. } => {
                            let #ready = match #poll_next(#binding, #cx) {
                                ::core::task::Poll::Ready(value) => value,
                                ::core::task::Poll::Pending => return ::core::task::Poll::Pending,
                            };
                            #take
                            #body
                        }
                    }
                }
                BlockKind::Await { span, .. } => {
                    // Type errors about the awaited value point at the user's expression.
                    // The whole call at the user's expression: the one error
                    // for a value that is not awaitable is reported here.
                    let awaitee = Ident::new("__coro_awaitee", span);
                    let poll = {
                        let poll_in_place = POLL_IN_PLACE.at(span);
                        quote_spanned!(span=> #poll_in_place(#awaitee, #cx))
                    };
                    let field = awaitee_field();
                    quote! {
                        #[allow(unreachable_code)]
                        __CoroState::#name { #field: #awaitee, .. } => {
                            let #ready = match #poll {
                                ::core::task::Poll::Ready(value) => value,
                                ::core::task::Poll::Pending => return ::core::task::Poll::Pending,
                            };
                            #take
                            #body
                        }
                    }
                }
                _ => quote! {
                    #[allow(unreachable_code)]
                    __CoroState::#name { .. } => {
                        #take
                        #body
                    }
                },
            };
            arms.push(arm);
        }
        arms
    }

    /// A block's code: one brace per scope level, each re-declaring the
    /// bindings of that level that the variant held.
    fn block_body(&self, b: usize, depth: usize) -> TokenStream {
        let block = &self.l.blocks[b];
        let carried = &self.plan.carried[b];
        let redeclared = &self.plan.redeclared[b];
        let mut frames: Vec<TokenStream> = Vec::new();
        let levels = block.scope.len();
        for (level, vars) in block.scope.iter().enumerate() {
            let mut frame = TokenStream::new();
            for &v in vars {
                let var = &self.l.vars.all[v];
                let ident = &var.ident;
                let m = var.mutable.then(|| quote!(mut));
                if carried.contains(&v) {
                    let binding = mixed(&var.ident.to_string());
                    frame.extend(
                        quote!(#[allow(unused_mut, unused_variables)] let #m #ident = #binding;),
                    );
                } else if redeclared.contains(&v) {
                    frame.extend(quote!(#[allow(unused_mut, unused_variables)] let #m #ident;));
                }
            }
            if level + 1 == levels {
                for &v in &block.extras {
                    let var = &self.l.vars.all[v];
                    let ident = &var.ident;
                    let binding = mixed(&var.ident.to_string());
                    frame.extend(quote!(let #ident = #binding;));
                }
            }
            frames.push(frame);
        }
        let code = self.segment(block.seg, frames, depth);
        self.with_inlined_joins(b, depth, code)
    }

    /// Join blocks that a jump from `b`'s code (at this inlining depth) runs
    /// in place instead of through the state: small ones, at most
    /// `MAX_INLINE_DEPTH` deep. Storing a join's variant and dispatching on
    /// it again costs a tight loop a factor of four (BENCHMARKS.md), because
    /// the hot arm then has two exits into the dispatch.
    fn inlined_targets(&self, b: usize, depth: usize) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        if depth >= MAX_INLINE_DEPTH {
            return out;
        }
        let mut segs = vec![self.l.blocks[b].seg];
        while let Some(seg) = segs.pop() {
            for code in &self.l.segs[seg].code {
                if let Code::Tokens(t) = code {
                    self.collect_targets(t.clone(), &mut out, &mut segs);
                }
            }
        }
        out.retain(|&t| {
            t != b
                && matches!(self.l.blocks[t].kind, BlockKind::Join)
                && !self.l.blocks[t].has_closure
                && self.plan.reachable[t]
                && self.size(t) <= MAX_INLINE_TOKENS
        });
        out
    }

    fn collect_targets(
        &self,
        tokens: TokenStream,
        out: &mut BTreeSet<usize>,
        segs: &mut Vec<usize>,
    ) {
        for tt in tokens {
            match tt {
                TokenTree::Ident(i) => {
                    let s = i.to_string();
                    if let Some(&edge) = self.l.markers.get(&s) {
                        out.insert(self.l.edges[edge].to);
                        for v in &self.l.edges[edge].values {
                            self.collect_targets(v.clone(), out, segs);
                        }
                    } else if let Some(&seg) = self.l.seg_markers.get(&s) {
                        segs.push(seg);
                    }
                }
                TokenTree::Group(g) => self.collect_targets(g.stream(), out, segs),
                _ => {}
            }
        }
    }

    /// Token count of a block's own code (inlined segments included).
    fn size(&self, b: usize) -> usize {
        fn count(t: &TokenStream) -> usize {
            t.clone()
                .into_iter()
                .map(|tt| match tt {
                    TokenTree::Group(g) => 1 + count(&g.stream()),
                    _ => 1,
                })
                .sum()
        }
        let mut total = 0;
        let mut segs = vec![self.l.blocks[b].seg];
        while let Some(seg) = segs.pop() {
            for code in &self.l.segs[seg].code {
                if let Code::Tokens(t) = code {
                    total += count(t);
                    let mut ignored = BTreeSet::new();
                    self.collect_targets(t.clone(), &mut ignored, &mut segs);
                }
            }
        }
        total
    }

    /// Wraps a block's code so that jumps to inlined joins leave it first
    /// (its bindings drop, as at any jump) and then run the join's code.
    fn with_inlined_joins(&self, b: usize, depth: usize, code: TokenStream) -> TokenStream {
        let targets = self.inlined_targets(b, depth);
        if targets.is_empty() {
            return code;
        }
        let label = arm_label(depth);
        let next = mixed("__coro_next_join");
        let arms = targets.iter().map(|&t| {
            let name = &self.l.blocks[t].name;
            let bind = self.fields_of(t).into_iter().filter_map(|f| match f {
                Field::Var(v) => {
                    let field = field_name(self.l, v);
                    let binding = mixed(&field.to_string());
                    Some(quote!(#field: #binding))
                }
                Field::Awaitee(_) => None,
            });
            let body = self.block_body(t, depth + 1);
            quote! {
                __CoroState::#name { #(#bind,)* .. } => { #body }
            }
        });
        let state = mixed("__coro_state");
        quote! {
            let #next = #EXPECT_STATE(
                #STATE_TYPE(&*#state),
                #label: {
                    #code
                    ::core::unreachable!()
                },
            );
            match #next {
                #(#arms)*
                _ => ::core::unreachable!(),
            }
        }
    }

    fn segment(&self, seg: usize, mut frames: Vec<TokenStream>, depth: usize) -> TokenStream {
        if frames.is_empty() {
            frames.push(TokenStream::new());
        }
        for code in &self.l.segs[seg].code {
            match code {
                Code::Tokens(t) => {
                    let t = self.expand_markers(t.clone(), depth);
                    frames.last_mut().expect("frame").extend(t);
                }
                Code::Open => frames.push(TokenStream::new()),
                Code::Close => {
                    let inner = frames.pop().expect("balanced scopes");
                    frames
                        .last_mut()
                        .expect("outer frame")
                        .extend(quote!({ #inner }));
                }
            }
        }
        while frames.len() > 1 {
            let inner = frames.pop().expect("frame");
            frames
                .last_mut()
                .expect("outer frame")
                .extend(quote!({ #inner }));
        }
        frames.pop().expect("frame")
    }

    fn expand_markers(&self, tokens: TokenStream, depth: usize) -> TokenStream {
        let mut out = TokenStream::new();
        for tt in tokens {
            match tt {
                TokenTree::Ident(ref i) => {
                    let s = i.to_string();
                    if let Some(&edge) = self.l.markers.get(&s) {
                        // A jump's values may hold jumps themselves (`continue` in a branch value).
                        out.extend(self.expand_markers(self.transition(edge, depth), depth));
                    } else if let Some((block, vars, decl)) = self.l.uninit_decls.get(&s) {
                        let used_here = vars
                            .iter()
                            .any(|v| self.l.blocks[*block].local_mentions.contains(v));
                        if used_here {
                            out.extend(decl.clone());
                        }
                    } else if let Some(&seg) = self.l.seg_markers.get(&s) {
                        out.extend(self.segment(seg, Vec::new(), depth));
                    } else {
                        out.extend(std::iter::once(tt));
                    }
                }
                TokenTree::Group(g) => {
                    let mut ng = proc_macro2::Group::new(
                        g.delimiter(),
                        self.expand_markers(g.stream(), depth),
                    );
                    ng.set_span(g.span());
                    out.extend(std::iter::once(TokenTree::Group(ng)));
                }
                other => out.extend(std::iter::once(other)),
            }
        }
        out
    }

    /// `*state = Target { .. }; continue 'step;`
    fn transition(&self, edge: usize, depth: usize) -> TokenStream {
        let e = &self.l.edges[edge];
        let target = &self.l.blocks[e.to];
        let name = &target.name;
        let state = mixed("__coro_state");
        let step = syn::Lifetime::new("'__coro_step", Span::mixed_site());
        // The values are evaluated first, in order, then moved in.
        let temps: Vec<Ident> = (0..e.values.len())
            .map(|i| mixed(&format!("__coro_next{i}")))
            .collect();
        let lets = e
            .values
            .iter()
            .zip(&temps)
            .map(|(v, t)| quote!(let #t = #v;));
        let offset = usize::from(matches!(target.kind, BlockKind::Await { .. }));
        let mut inits = Vec::new();
        for f in self.fields_of(e.to) {
            match f {
                Field::Awaitee(_) => {
                    let field = awaitee_field();
                    let v = &temps[0];
                    inits.push(quote!(#field: #v));
                }
                Field::Var(v) if target.extras.contains(&v) => {
                    let pos = target.extras.iter().position(|&x| x == v).expect("extra");
                    let field = field_name(self.l, v);
                    let value = match temps.get(offset + pos) {
                        Some(t) => quote!(#t),
                        None => quote!(()),
                    };
                    inits.push(quote!(#field: #value));
                }
                Field::Var(v) => {
                    let field = field_name(self.l, v);
                    let mut ident = self.l.vars.all[v].ident.clone();
                    if let Some(&span) = target.mention_spans.get(&v) {
                        ident.set_span(ident.span().located_at(span));
                    }
                    inits.push(quote!(#field: #ident));
                }
            }
        }
        if matches!(target.kind, BlockKind::Yield) {
            let value = &temps[0];
            let out = if self.async_generator {
                quote!(::core::task::Poll::Ready(::core::option::Option::Some(#value)))
            } else {
                quote!(#GENERATOR_STATE::Yielded(#value))
            };
            return quote!({
                #(#lets)*
                *#state = __CoroState::#name { #(#inits),* };
                return #out;
            });
        }
        if self.inlined_targets(e.from, depth).contains(&e.to) {
            let label = arm_label(depth);
            return quote!({
                #(#lets)*
                break #label __CoroState::#name { #(#inits),* };
            });
        }
        quote!({
            #(#lets)*
            *#state = __CoroState::#name { #(#inits),* };
            continue #step;
        })
    }
}
