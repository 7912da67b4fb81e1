//! Lowering: the coroutine body becomes a graph of *blocks* split at
//! suspension points.
//!
//! A block is one arm of the generated step function: it starts when the
//! machine enters its variant (at the start, after an awaited value is
//! ready, or at a join of control flow that has a suspension in it) and runs
//! straight-line Rust until it jumps to another block or returns. Code that
//! contains no suspension stays the user's own code, verbatim, inside the
//! block (see `fragment`); only control flow that contains a suspension is
//! taken apart:
//!
//! - An expression with an `.await` inside is *exploded*: the operands that
//!   Rust evaluates before the `.await` are bound to temporaries first, in
//!   Rust's left-to-right order; places (a local, `self.field`, `&local`)
//!   are side-effect free and stay where they are, so that `v.push(x.await)`
//!   does not borrow `v` across the suspension.
//! - `.await` ends the block with a jump to an `Await` block whose variant
//!   holds the awaited value; that block polls it and continues.
//! - `if`/`match`/loops/labelled blocks with a suspension inside get a `Join`
//!   block where their branches meet (carrying the expression's value).
//!
//! Code is collected in *segments* (lists of tokens with jump markers); a
//! branch of an `if` is a segment inlined into its parent, so a branch only
//! becomes a block of its own once it suspends. Jumps are resolved after the
//! whole body is lowered, when liveness (see `liveness`) knows which
//! bindings each block must receive.

use crate::fragment::{self, FragmentEnv, Jump, LoopTarget, Usage};
use crate::syntax::awaits::block_contains_await;
use crate::syntax::expr::*;
use crate::syntax::macros::{self, AsyncFor, MacroArgs, Operands, operands};
use crate::syntax::names;
use crate::syntax::tokens::*;
use crate::syntax::types::*;
use crate::syntax::{Ctx, contains_await};
use crate::vars::{VarId, VarKind, VarSet, Vars};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use std::collections::{BTreeMap, BTreeSet};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Block as SynBlock, Expr, Pat, Stmt};

pub type BlockId = usize;
pub type SegId = usize;
pub type EdgeId = usize;

/// Why a block exists.
pub enum BlockKind {
    /// The first resume: the arguments are in the variant.
    Start,
    /// Suspended on an awaitable (held in the variant's first field), or,
    /// with `delegate`, on a sub-generator (`yield_from!`).
    Await {
        awaited: VarId,
        delegate: bool,
        span: Span,
    },
    /// Suspended at a `yield_!`: resumes with the resume argument.
    Yield,
    /// Waiting for the next value of an `async_for!` loop's source, held in
    /// binding `source` (polled in place, not moved).
    Next { source: VarId, span: Span },
    /// Control flow meets here (after a branch, at a loop's top, ...).
    Join,
}

pub struct Block {
    pub kind: BlockKind,
    /// Variant name.
    pub name: Ident,
    /// Doc comment of the variant.
    pub doc: String,
    /// Bindings in scope at entry, per scope level.
    pub scope: Vec<Vec<VarId>>,
    /// Bindings declared at entry and given by every incoming jump (a
    /// join's value), after the awaitable.
    pub extras: Vec<VarId>,
    /// Where its code starts.
    pub seg: SegId,
    /// Bindings read in this block before being assigned in it.
    pub uses: VarSet,
    /// Bindings mentioned at all (including being assigned).
    pub mentions: VarSet,
    /// Bindings declared in this block and mentioned after their declaration.
    pub local_mentions: VarSet,
    /// Where a held binding is first mentioned in this block: a jump that
    /// moves it into this block's variant uses that span, so an error about
    /// the move ("use of moved value") points at the user's use.
    pub mention_spans: BTreeMap<VarId, Span>,
    /// Its code has a closure or `async` block (so it is never emitted twice).
    pub has_closure: bool,
}

/// A jump from one block to another, with what was known at its source.
pub struct Edge {
    pub from: BlockId,
    pub to: BlockId,
    /// Values for the target's awaitable / extras.
    pub values: Vec<TokenStream>,
    /// Possibly moved since `from` was entered.
    pub moved: VarSet,
    /// Assigned since `from` was entered (initialised again).
    pub assigned: VarSet,
    /// Declared without a value since `from` was entered.
    pub uninit: VarSet,
}

/// A piece of code: tokens, and scope braces that the emitter balances.
pub enum Code {
    Tokens(TokenStream),
    Open,
    Close,
}

pub struct Segment {
    pub code: Vec<Code>,
    /// Scope levels with a brace open in this segment.
    pub open: Vec<usize>,
    /// Nothing after a jump or return is reachable.
    pub terminated: bool,
}

/// The running facts about the current block since its entry.
#[derive(Default, Clone)]
struct Flow {
    moved: VarSet,
    assigned: VarSet,
    uninit: VarSet,
    declared: VarSet,
}

/// An operand evaluated before a later operand's suspension.
enum Operand {
    /// Evaluated (into a temporary, or it is the suspension's value).
    Ready(TokenStream),
    /// A place or constant read where it is used, after the suspension (its
    /// index operands already evaluated into temporaries).
    InPlace(Box<Expr>, Ctx),
}

/// A flattened loop or labelled block.
struct LoopFrame {
    label: Option<String>,
    /// `None` for a labelled block (no `continue`).
    head: Option<BlockId>,
    after: BlockId,
    /// The value of `break value`, declared lazily.
    result: Option<VarId>,
}

/// Everything lowering produced.
pub struct Lowered {
    pub vars: Vars,
    pub blocks: Vec<Block>,
    pub edges: Vec<Edge>,
    pub segs: Vec<Segment>,
    /// Items declared in flattened blocks, hoisted to the function body.
    pub items: Vec<TokenStream>,
    /// Jump markers (by name) to edges.
    pub markers: BTreeMap<String, EdgeId>,
    /// Inlined segments (by marker name).
    pub seg_markers: BTreeMap<String, SegId>,
    /// Declarations without a value (by marker name): their block, bindings
    /// and tokens.
    pub uninit_decls: BTreeMap<String, (BlockId, Vec<VarId>, TokenStream)>,
    /// A `#[coro::generator]` (yields, takes resume arguments) rather than a coroutine.
    pub generator: bool,
    /// The lifetime the machine's references into its slots claim (`None`:
    /// `'static`); see `signature::slot_lifetime`.
    pub slot_lifetime: Option<TokenStream>,
    /// A generator's yield and return types, when both can be named.
    pub generator_types: Option<(TokenStream, TokenStream)>,
    /// An async generator: a coroutine that yields.
    pub async_generator: bool,
}

pub struct Lowerer {
    pub out: Lowered,
    cur_block: BlockId,
    cur_seg: SegId,
    flow: Flow,
    loops: Vec<LoopFrame>,
    pub errors: Vec<syn::Error>,
    /// Declared return type, for `let __coro_ret: R` (None when it cannot be written in a `let`).
    ret_ty: Option<TokenStream>,
    names: names::Names,
    marker_count: usize,
    shadow_count: usize,
    /// Bindings borrowed by an awaited expression, by the source of a `for`
    /// loop or the scrutinee of a `match`/`if let`/`while let` that suspends:
    /// they need a fixed home.
    pub slot_requests: VarSet,
    /// For each `let`: the bindings it declares and those its value may
    /// borrow. If a declared one is held across a block boundary, the
    /// borrowed ones need a fixed home.
    pub borrow_edges: Vec<(Vec<VarId>, VarSet)>,
    /// For each `let`: the bindings it declares and those whose value it may
    /// take on by value (`let b = Wrapper(r);`): if a declared one is held,
    /// so are, in effect, these (what they borrow needs a home).
    pub value_edges: Vec<(Vec<VarId>, VarSet)>,
    /// The bindings of the last pattern that has one with a home, bound
    /// under temporary names: the code that moves each into its home (or
    /// its binding) comes right after the pattern.
    pending_homes: Vec<(VarId, Ident)>,
    /// Counter for the bindings made of extended temporaries.
    extended_count: usize,
    /// Temporaries holding a value that is then used by reference (`&v`
    /// operands, `&x.await`): dropped at the end of their statement, as
    /// Rust drops a statement's temporaries (see `drop_statement_temps`).
    ref_temps: Vec<(VarId, *const Expr)>,
    /// The declared type of the values yielded (when it can annotate a `let`).
    pub yield_ty: Option<TokenStream>,
    /// Names of the items hoisted so far.
    item_names: std::collections::BTreeSet<String>,
    /// The function returns `()` (so a body without a tail returns).
    pub returns_unit: bool,
    /// A generator's resume argument type (when it can be written).
    pub arg_ty: Option<TokenStream>,
}

impl Lowerer {
    pub fn new(ret_ty: Option<TokenStream>) -> Self {
        Lowerer {
            out: Lowered {
                vars: Vars::default(),
                blocks: Vec::new(),
                edges: Vec::new(),
                segs: Vec::new(),
                items: Vec::new(),
                markers: BTreeMap::new(),
                seg_markers: BTreeMap::new(),
                uninit_decls: BTreeMap::new(),
                generator: false,
                slot_lifetime: None,
                generator_types: None,
                async_generator: false,
            },
            cur_block: 0,
            cur_seg: 0,
            flow: Flow::default(),
            loops: Vec::new(),
            errors: Vec::new(),
            ret_ty,
            names: names::Names::reserving(&["Returned", "Poisoned"]),
            marker_count: 0,
            shadow_count: 0,
            slot_requests: VarSet::new(),
            borrow_edges: Vec::new(),
            value_edges: Vec::new(),
            pending_homes: Vec::new(),
            extended_count: 0,
            ref_temps: Vec::new(),

            yield_ty: None,
            item_names: Default::default(),
            returns_unit: true,
            arg_ty: None,
        }
    }

    // ----- blocks, segments, jumps -------------------------------------------------

    fn new_seg(&mut self, open: Vec<usize>) -> SegId {
        self.out.segs.push(Segment {
            code: Vec::new(),
            open,
            terminated: false,
        });
        self.out.segs.len() - 1
    }

    pub fn new_block(&mut self, kind: BlockKind, name: &str, doc: String) -> BlockId {
        let levels = self.out.vars.scopes.len();
        let seg = self.new_seg((0..levels).collect());
        let name = self.names.variant(name);
        self.out.blocks.push(Block {
            kind,
            name,
            doc,
            scope: self.out.vars.scopes.clone(),
            extras: Vec::new(),
            seg,
            uses: VarSet::new(),
            mentions: VarSet::new(),
            local_mentions: VarSet::new(),
            mention_spans: BTreeMap::new(),
            has_closure: false,
        });
        self.out.blocks.len() - 1
    }

    pub fn switch_to(&mut self, block: BlockId) {
        self.cur_block = block;
        self.cur_seg = self.out.blocks[block].seg;
        self.flow = Flow::default();
        for v in self.out.blocks[block].extras.clone() {
            self.note_assigned(v);
            self.flow.declared.insert(v);
        }
    }

    fn terminated(&self) -> bool {
        self.out.segs[self.cur_seg].terminated
    }

    pub fn emit(&mut self, tokens: TokenStream) {
        if !self.terminated() {
            self.note_temps(&tokens);
            self.out.segs[self.cur_seg].code.push(Code::Tokens(tokens));
        }
    }

    /// Temporaries are only ever mentioned by generated tokens: record
    /// those mentions as reads that may move.
    fn note_temps(&mut self, tokens: &TokenStream) {
        let mut found = Vec::new();
        find_temps(tokens, &mut found);
        if found.is_empty() {
            return;
        }
        let mut usage = Usage::default();
        for name in found {
            if let Some(v) = self.out.vars.temp_id(&name) {
                usage.read.insert(v);
                usage.moved.insert(v);
            }
        }
        self.note_usage(&usage);
    }

    fn terminate(&mut self) {
        self.out.segs[self.cur_seg].terminated = true;
    }

    fn new_marker(&mut self, prefix: &str) -> Ident {
        self.marker_count += 1;
        Ident::new(
            &format!("__coro_{prefix}{}", self.marker_count),
            Span::call_site(),
        )
    }

    fn add_edge(&mut self, to: BlockId, values: Vec<TokenStream>, marker: Ident) {
        let id = self.out.edges.len();
        self.out.markers.insert(marker.to_string(), id);
        self.out.edges.push(Edge {
            from: self.cur_block,
            to,
            values,
            moved: self.flow.moved.clone(),
            assigned: self.flow.assigned.clone(),
            uninit: self.flow.uninit.clone(),
        });
    }

    /// Ends `seg` (of the current block) with the statement that branches
    /// into its inlined segments.
    fn push_branching(&mut self, seg: SegId, tokens: TokenStream) {
        if self.out.segs[seg].terminated {
            return;
        }
        self.note_temps(&tokens);
        self.out.segs[seg].code.push(Code::Tokens(tokens));
        self.out.segs[seg].terminated = true;
    }

    /// Evaluates a value nobody uses (an expression statement).
    fn emit_discarded(&mut self, v: TokenStream) {
        if v.to_string() != "()" {
            let v = statement_safe(v);
            self.emit(quote!(#v;));
        }
    }

    /// Marks bindings declared from `first` on as fresh in this block:
    /// initialised, not moved, and not live at the block's entry.
    fn mark_declared_since(&mut self, first: VarId) {
        for v in first..self.out.vars.all.len() {
            self.note_assigned(v);
            self.flow.declared.insert(v);
        }
    }

    /// Ends the current segment with a jump to `to`.
    fn goto(&mut self, to: BlockId, values: Vec<TokenStream>) {
        if self.terminated() {
            return;
        }
        for v in &values {
            self.note_temps(v);
        }
        let marker = self.new_marker("jump");
        self.add_edge(to, values, marker.clone());
        self.emit(marker.into_token_stream());
        self.terminate();
    }

    /// Ends the inlined segment `seg` (of the current block) with a jump to
    /// `to`, then carries on where lowering was.
    fn goto_from(&mut self, seg: SegId, to: BlockId) {
        let (cur, flow) = (self.cur_seg, self.flow.clone());
        self.cur_seg = seg;
        self.goto(to, Vec::new());
        self.cur_seg = cur;
        self.flow = flow;
    }

    /// Inlines a fresh segment here (a branch); returns it.
    fn inline_seg(&mut self) -> (SegId, TokenStream) {
        let seg = self.new_seg(Vec::new());
        let marker = self.new_marker("seg");
        self.out.seg_markers.insert(marker.to_string(), seg);
        (seg, marker.into_token_stream())
    }

    fn open_scope(&mut self) {
        self.out.vars.scopes.push(Vec::new());
        let level = self.out.vars.level();
        let seg = &mut self.out.segs[self.cur_seg];
        seg.code.push(Code::Open);
        seg.open.push(level);
    }

    fn close_scope(&mut self) {
        let level = self.out.vars.level();
        self.out.vars.scopes.pop();
        let seg = &mut self.out.segs[self.cur_seg];
        if seg.open.last() == Some(&level) {
            seg.open.pop();
            seg.code.push(Code::Close);
        }
    }

    // ----- usage bookkeeping ----------------------------------------------------------

    fn note_usage(&mut self, usage: &Usage) {
        self.errors.extend(usage.errors.iter().cloned());
        let block = &mut self.out.blocks[self.cur_block];
        block.has_closure |= usage.has_closure;
        for (&v, &span) in &usage.first_mention {
            if !self.flow.declared.contains(&v) {
                block.mention_spans.entry(v).or_insert(span);
            }
        }
        for &v in &usage.read {
            if !self.flow.assigned.contains(&v) {
                block.uses.insert(v);
            }
            if self.flow.declared.contains(&v) {
                block.local_mentions.insert(v);
            } else {
                block.mentions.insert(v);
            }
        }
        for &v in &usage.assigned {
            if self.flow.declared.contains(&v) {
                block.local_mentions.insert(v);
            } else {
                block.mentions.insert(v);
            }
        }
        self.flow.moved.extend(&usage.moved);
    }

    /// A whole binding got (re)initialised by a top-level `x = v`.
    fn note_assigned(&mut self, v: VarId) {
        self.flow.assigned.insert(v);
        self.flow.uninit.remove(&v);
        self.flow.moved.remove(&v);
    }

    fn return_tokens(&self, value: TokenStream) -> TokenStream {
        return_code(self.ret_ty.as_ref(), value)
    }

    /// Runs a fragment pass (see `fragment`) with this lowerer's
    /// surroundings, then records what the fragment used and where it jumps.
    fn with_fragment_env<T>(
        &mut self,
        pass: impl FnOnce(&mut FragmentEnv<'_>) -> (Usage, Vec<Jump>, T),
    ) -> T {
        let targets = self.loop_targets();
        let ret_ty = self.ret_ty.clone();
        let ret = move |v: TokenStream| return_code(ret_ty.as_ref(), v);
        let mut count = self.marker_count;
        let mut new_marker = || {
            count += 1;
            Ident::new(&format!("__coro_jump{count}"), Span::call_site())
        };
        let mut env = FragmentEnv {
            vars: &self.out.vars,
            loops: &targets,
            ret: &ret,
            new_marker: &mut new_marker,
        };
        let (usage, jumps, out) = pass(&mut env);
        self.marker_count = count;
        self.note_usage(&usage);
        self.add_jumps(jumps);
        out
    }

    /// `r = &x;` (anywhere in `e`, outside closures) makes `r` hold a borrow
    /// of `x`, as `let r = &x;` does: the same edges for the slot decision.
    fn note_assignments(&mut self, e: &Expr) {
        let mut found = Vec::new();
        crate::borrows::assignments(e, &mut found);
        for (left, right) in found {
            if let Some(id) = self.out.vars.resolve(&left.to_string()) {
                let borrows = self.borrowed_vars(right);
                let values = self.value_vars(right);
                if !borrows.is_empty() {
                    self.borrow_edges.push((vec![id], borrows));
                }
                if !values.is_empty() {
                    self.value_edges.push((vec![id], values));
                }
            }
        }
    }

    /// Reads and rewrites an await-free expression (see `fragment`).
    fn fragment_expr(&mut self, mut e: Expr, ctx: Ctx) -> TokenStream {
        self.note_assignments(&e);
        self.with_fragment_env(|env| {
            let (usage, jumps) = fragment::process_expr(env, &mut e, ctx);
            (usage, jumps, ())
        });
        e.into_token_stream()
    }

    fn fragment_stmt(&mut self, mut s: Stmt) -> TokenStream {
        if let Stmt::Expr(e, _) = &s {
            self.note_assignments(e);
        }
        self.with_fragment_env(|env| {
            let (usage, jumps) = fragment::process_stmt(env, &mut s);
            (usage, jumps, ())
        });
        // A top-level `x = v;` initialises `x` on every path through here.
        if let Stmt::Expr(e, _) = &s {
            for v in definitely_assigned(e, &self.out.vars) {
                if self.out.vars.all[v].slot.is_none() {
                    self.note_assigned(v);
                }
            }
        }
        match s {
            Stmt::Expr(e, Some(semi)) => {
                let e = statement_safe(e.into_token_stream());
                quote!(#e #semi)
            }
            s => s.into_token_stream(),
        }
    }

    fn loop_targets(&self) -> Vec<LoopTarget> {
        self.loops
            .iter()
            .map(|l| LoopTarget {
                label: l.label.clone(),
                is_block: l.head.is_none(),
            })
            .collect()
    }

    fn add_jumps(&mut self, jumps: Vec<Jump>) {
        for jump in jumps {
            let frame = &self.loops[jump.target];
            match jump.brk {
                None => match frame.head {
                    Some(head) => self.add_edge(head, Vec::new(), jump.marker),
                    None => self.errors.push(syn::Error::new(
                        jump.marker.span(),
                        "`continue` cannot target a labelled block",
                    )),
                },
                Some(value) => {
                    let after = frame.after;
                    let values = match value {
                        Some(v) => {
                            self.loop_result(jump.target);
                            vec![v]
                        }
                        None if self.loops[jump.target].result.is_some() => vec![quote!(())],
                        None => Vec::new(),
                    };
                    self.add_edge(after, values, jump.marker);
                }
            }
        }
    }

    /// The value binding of a flattened loop's `break value`.
    fn loop_result(&mut self, index: usize) -> VarId {
        if let Some(v) = self.loops[index].result {
            return v;
        }
        let after = self.loops[index].after;
        let v = self.join_result(after);
        self.loops[index].result = Some(v);
        v
    }

    // ----- bindings ---------------------------------------------------------------------

    /// Declares the bindings of a pattern of flattened code, renaming those
    /// that shadow a binding still in scope (the generated jumps must be
    /// able to name both), and returns the pattern to emit.
    /// [`Self::declare_pattern`] for a pattern matched against `scrutinee`;
    /// against a reference (`&x`), its bindings have no drop glue.
    fn declare_pattern_against(&mut self, pat: Pat, against_reference: bool) -> Pat {
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(pat);
        if against_reference {
            for var in &mut self.out.vars.all[first..] {
                var.no_drop_glue = true;
            }
        }
        pat
    }

    fn declare_pattern(&mut self, pat: Pat) -> Pat {
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern_inner(pat);
        self.mark_declared_since(first);
        pat
    }

    fn declare_pattern_inner(&mut self, mut pat: Pat) -> Pat {
        let mut declared: BTreeMap<String, Ident> = BTreeMap::new();
        let mut ids = Vec::new();
        let mut list = Vec::new();
        crate::syntax::pattern::bindings(&pat, &mut |ident, mutable| {
            list.push((ident.clone(), mutable))
        });
        for (ident, mutable) in list {
            let name = ident.to_string();
            if declared.contains_key(&name) {
                continue;
            }
            let shadows = self.out.vars.resolve(&name).is_some();
            let new_ident = if shadows {
                self.shadow_count += 1;
                // Hygienic: no user name can collide with it.
                format_ident!(
                    "{}_shadowing{}",
                    name,
                    self.shadow_count,
                    span = Span::mixed_site()
                )
            } else {
                ident.clone()
            };
            let id = self
                .out
                .vars
                .declare(name.clone(), new_ident.clone(), mutable, VarKind::User);
            self.out.vars.all[id].slottable = true;
            ids.push(id);
            declared.insert(name, new_ident);
        }
        if ids.iter().any(|&id| self.out.vars.all[id].slot.is_some()) {
            // Bound under other names, then each moved into its home or
            // into its binding, in the pattern's order (so they drop in
            // the reverse of it, as the pattern's bindings would).
            for &id in &ids {
                let var = &self.out.vars.all[id];
                let bound = format_ident!("__coro_bound_{}", var.ident, span = Span::mixed_site());
                self.pending_homes.push((id, bound.clone()));
                declared.insert(var.name.clone(), bound);
            }
        }
        crate::syntax::pattern::rename(&mut pat, &mut |ident| {
            let new = declared.get(&ident.to_string())?;
            if new == ident {
                None
            } else {
                Some(new.clone())
            }
        });
        pat
    }

    /// `&x`, `&mut x.field`: a borrow of one of the coroutine's bindings.
    fn borrowed_local(&self, e: &Expr) -> Option<(Span, String)> {
        let Expr::Reference(r) = e else {
            return None;
        };
        let mut place = &*r.expr;
        loop {
            match place {
                Expr::Field(f) => place = &f.base,
                Expr::Index(i) => place = &i.expr,
                Expr::Paren(p) => place = &p.expr,
                _ => break,
            }
        }
        let ident = bare_ident(place)?;
        let name = ident.to_string();
        self.out.vars.resolve(&name)?;
        Some((e.span(), name))
    }

    /// The bindings `e` may borrow (see `borrows`), resolved here.
    fn borrowed_vars(&self, e: &Expr) -> VarSet {
        crate::borrows::borrowed_names(e)
            .iter()
            .filter_map(|name| self.out.vars.resolve(name))
            .collect()
    }

    /// The bindings `e` names as a whole value (see `borrows::value_names`).
    fn value_vars(&self, e: &Expr) -> VarSet {
        crate::borrows::value_names(e)
            .iter()
            .filter_map(|name| self.out.vars.resolve(name))
            .collect()
    }

    /// `e`'s borrows live across a suspension: ask for fixed homes. A `&mut`
    /// binding passed on by value is reborrowed, so it is borrowed too.
    fn request_slots(&mut self, e: &Expr) {
        let mut vars = self.borrowed_vars(e);
        for v in self.value_vars(e) {
            if self.out.vars.all[v].mut_ref {
                vars.insert(v);
            }
        }
        self.slot_requests.extend(vars);
    }

    /// Records what the bindings a `let` declared (from `first` on) may
    /// borrow or take on, for the slot decision (see `expand::slots_wanted`).
    fn note_let_edges(
        &mut self,
        local: &syn::Local,
        first: VarId,
        borrows: VarSet,
        values: VarSet,
    ) {
        let declared: Vec<VarId> = (first..self.out.vars.all.len()).collect();
        // `let n: u64 = f(&x);`: a type that cannot hold a borrow.
        if let Pat::Type(t) = &local.pat
            && holds_no_borrow(&t.ty)
        {
            return;
        }
        let mut_ref = match (&local.pat, &local.init) {
            (Pat::Type(t), _) => {
                matches!(&*t.ty, syn::Type::Reference(r) if r.mutability.is_some())
            }
            (_, Some(init)) => matches!(&*init.expr, Expr::Reference(r) if r.mutability.is_some()),
            _ => false,
        };
        if mut_ref && declared.len() == 1 {
            self.out.vars.all[declared[0]].mut_ref = true;
        }
        if !borrows.is_empty() {
            self.borrow_edges.push((declared.clone(), borrows));
        }
        if !values.is_empty() {
            self.value_edges.push((declared, values));
        }
    }

    /// Moves the bindings the last pattern bound into their homes (see
    /// `pending_homes`); each caller of `declare_pattern` calls this where
    /// the pattern's bindings come into scope.
    pub fn flush_homes(&mut self) {
        for (id, bound) in std::mem::take(&mut self.pending_homes) {
            let var = &self.out.vars.all[id];
            let ident = var.ident.clone();
            match var.slot {
                Some(index) => {
                    let handle = Self::slot_handle(index);
                    self.emit(quote!(let #ident = #handle.init(#bound);));
                }
                None => {
                    let m = var.mutable.then(|| quote!(mut));
                    self.emit(quote!(#[allow(unused_mut)] let #m #ident = #bound;));
                }
            }
        }
    }

    /// Bindings of a pattern that cannot be moved into homes right after
    /// it (a match arm with a guard, `let .. else` with an await): they stay
    /// in the moving state.
    fn unhome_since(&mut self, first: VarId) {
        for var in &mut self.out.vars.all[first..] {
            var.slottable = false;
        }
    }

    /// The expression for slot `index` of the machine's slot list.
    pub fn slot_handle(index: usize) -> TokenStream {
        let slots = Ident::new("__coro_slots", Span::mixed_site());
        let tails = (0..index).map(|_| quote!(.tail()));
        quote!(#slots #(#tails)* .head())
    }

    /// Declares the coroutine's receiver.
    pub fn declare_self(&mut self, mutable: bool) -> Ident {
        let ident = Ident::new("__coro_self", Span::call_site());
        self.out
            .vars
            .declare("self".into(), ident.clone(), mutable, VarKind::User);
        ident
    }

    /// Declares an argument binding (level 0).
    pub fn declare_arg_pattern(&mut self, pat: Pat) -> Pat {
        self.declare_pattern(pat)
    }

    pub fn open_root_scope(&mut self) {
        self.out.vars.scopes.push(Vec::new());
    }

    fn temp_binding(&mut self, value: TokenStream, mutable: bool) -> TokenStream {
        let v = self.out.vars.temp(mutable);
        let ident = self.out.vars.all[v].ident.clone();
        let m = mutable.then(|| quote!(mut));
        // Declared first: the initialiser's temporaries are uses, this one is not.
        self.mark_declared_since(v);
        self.emit(quote!(let #m #ident = #value;));
        ident.into_token_stream()
    }

    // ----- the body ---------------------------------------------------------------------

    /// Lowers the function body (a block whose value is returned).
    pub fn lower_body(&mut self, body: &SynBlock) {
        // The body's scope stays open to the end: the return value is
        // computed while its bindings live (they drop as the closure returns).
        self.open_scope();
        let value = self.lower_block_stmts(&body.stmts);
        let has_tail = matches!(body.stmts.last(), Some(Stmt::Expr(_, None)));
        if !self.terminated() {
            if !has_tail && !self.returns_unit {
                // No value and a non-`()` return type: in valid code the end
                // is unreachable (the last statement diverges).
                self.emit(quote!(::core::unreachable!()));
            } else {
                let ret = self.return_tokens(value);
                self.emit(ret);
            }
            self.terminate();
        }
    }

    /// Drops, at the end of a statement that suspends, the temporaries it
    /// made for values it uses by reference: Rust drops a statement's
    /// temporaries there, and the `async` copy is checked against that (a
    /// temporary borrowing a homed local that outlived its statement could
    /// outlive the local). Temporaries of a `let` whose value may extend
    /// them (`let r = &x.await;`) live on, as in Rust.
    fn drop_statement_temps(&mut self, from: usize, extended: &BTreeSet<*const Expr>) {
        let temps: Vec<(VarId, *const Expr)> = self
            .ref_temps
            .drain(from..)
            .filter(|(_, node)| !extended.contains(node))
            .collect();
        self.drop_temps(&temps);
    }

    /// Drops the given temporaries that are still in scope now, the most
    /// recently made first, as Rust drops them.
    fn drop_temps(&mut self, temps: &[(VarId, *const Expr)]) {
        if self.terminated() {
            return;
        }
        for (v, _) in temps.iter().rev() {
            if self.out.vars.scopes.iter().any(|s| s.contains(v)) {
                let ident = self.out.vars.all[*v].ident.clone();
                self.emit(quote!(::core::mem::drop(#ident);));
            }
        }
    }

    /// A condition (`if c`, `while c`) that made temporaries used by
    /// reference: Rust drops them when the condition is evaluated, before
    /// the branch; so the condition's value is bound first.
    fn settle_condition(&mut self, from: usize, c: TokenStream) -> TokenStream {
        let temps: Vec<(VarId, *const Expr)> = self.ref_temps.drain(from..).collect();
        if temps.is_empty() {
            return c;
        }
        let value = self.temp_binding(c, false);
        self.drop_temps(&temps);
        value
    }

    /// Lowers statements in the current scope; returns the value of the tail.
    fn lower_block_stmts(&mut self, stmts: &[Stmt]) -> TokenStream {
        // Items are visible in the whole block: hoist those of flattened blocks.
        for stmt in stmts {
            if let Stmt::Item(item) = stmt {
                let mut names = Vec::new();
                item_names(item, &mut names);
                for name in names {
                    let key = name.to_string();
                    if self.item_names.contains(&key) {
                        self.errors.push(syn::Error::new(
                            name.span(),
                            format!("a second item named `{key}` in this #[coro::coroutine]: items of blocks that contain a suspension share the function's scope\n= help: rename one of them"),
                        ));
                    } else {
                        self.item_names.insert(key);
                    }
                }
                self.out.items.push(item.to_token_stream());
            }
        }
        let mut value = quote!(());
        for (i, stmt) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            match stmt {
                Stmt::Item(_) => {}
                Stmt::Local(local) => {
                    let from = self.ref_temps.len();
                    self.lower_local(local);
                    // `let x = &v.await;`, `let s = S { r: &v.await }`: extended.
                    let mut extended = BTreeSet::new();
                    if let Some(init) = &local.init {
                        extending_borrows(&init.expr, &mut extended);
                    }
                    self.drop_statement_temps(from, &extended);
                }
                Stmt::Expr(e, semi) => {
                    if last && semi.is_none() {
                        value = self.lower_expr(e);
                    } else if contains_await(e) {
                        let from = self.ref_temps.len();
                        let v = self.lower_expr(e);
                        self.emit_discarded(v);
                        self.drop_statement_temps(from, &BTreeSet::new());
                    } else {
                        let s = self.fragment_stmt(stmt.clone());
                        self.emit(s);
                        if diverges(e) {
                            self.terminate();
                        }
                    }
                }
                Stmt::Macro(m) => {
                    let e = Expr::Macro(syn::ExprMacro {
                        attrs: m.attrs.clone(),
                        mac: m.mac.clone(),
                    });
                    if contains_await(&e) {
                        let from = self.ref_temps.len();
                        let v = self.lower_expr(&e);
                        self.emit_discarded(v);
                        self.drop_statement_temps(from, &BTreeSet::new());
                    } else {
                        let s = self.fragment_stmt(stmt.clone());
                        self.emit(s);
                    }
                }
            }
        }
        value
    }

    /// `let r = &make();`: the temporary lives as long as `r` (temporary
    /// lifetime extension). Made a binding of its own, declared just before
    /// `r`, so that it can be held (or given a home) like one.
    fn split_extended_temporary(&mut self, local: &syn::Local) -> Option<(syn::Local, syn::Local)> {
        let init = local.init.as_ref()?;
        if init.diverge.is_some() || !crate::syntax::pattern::is_single_binding(&local.pat) {
            return None;
        }
        let Expr::Reference(r) = &*init.expr else {
            return None;
        };
        // Not a constant (`&5`, `&[1, 2]`), which is promoted to `'static`:
        // a call, or a literal built with one.
        let computed = match &*r.expr {
            Expr::Call(_) | Expr::MethodCall(_) | Expr::Macro(_) => true,
            e @ (Expr::Struct(_) | Expr::Tuple(_) | Expr::Array(_)) => contains_call(e),
            _ => false,
        };
        if !computed || contains_await(&r.expr) {
            return None;
        }
        self.extended_count += 1;
        let name = Ident::new(
            &format!("__coro_extended{}", self.extended_count),
            Span::mixed_site(),
        );
        let m = r.mutability;
        let value = &r.expr;
        let Stmt::Local(extended) = syn::parse_quote!(let #m #name = #value;) else {
            return None;
        };
        let and = r.and_token;
        let mut rest = local.clone();
        if let Some(init) = &mut rest.init {
            *init.expr = syn::parse_quote!(#and #m #name);
        }
        Some((extended, rest))
    }

    /// What a `let`'s initialiser may borrow, and which bindings it names
    /// as whole values (resolved before the `let` declares its own).
    fn let_sources(&self, local: &syn::Local) -> (VarSet, VarSet) {
        let Some(init) = &local.init else {
            return Default::default();
        };
        let mut borrows = self.borrowed_vars(&init.expr);
        // `let ref r = x;` borrows `x`.
        if crate::syntax::pattern::binds_by_ref(&local.pat)
            && let Some(root) = bare_ident(&init.expr)
            && let Some(id) = self.out.vars.resolve(&root.to_string())
        {
            borrows.insert(id);
        }
        (borrows, self.value_vars(&init.expr))
    }

    pub fn lower_local(&mut self, local: &syn::Local) {
        if let Some((extended, rest)) = self.split_extended_temporary(local) {
            self.lower_local(&extended);
            self.lower_local(&rest);
            return;
        }
        let attrs = &local.attrs;
        let (value, diverge) = match &local.init {
            Some(init) => {
                let ctx = if crate::syntax::pattern::is_single_binding(&local.pat) {
                    Ctx::Value
                } else if crate::syntax::pattern::has_bindings(&local.pat) {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                let v = if contains_await(&init.expr) {
                    self.lower_expr(&init.expr)
                } else {
                    self.fragment_expr((*init.expr).clone(), ctx)
                };
                (Some(v), init.diverge.as_ref().map(|(_, d)| d))
            }
            None => (None, None),
        };
        match (value, diverge) {
            (None, _) => {
                let first = self.out.vars.all.len();
                let pat = self.declare_pattern(local.pat.clone());
                self.pending_homes.clear();
                if !crate::syntax::pattern::is_single_binding(&local.pat) {
                    self.unhome_since(first);
                } else {
                    if let Some(index) = self.out.vars.all[first].slot {
                        let ident = self.out.vars.all[first].ident.clone();
                        let handle = Self::slot_handle(index);
                        let ty = match &local.pat {
                            Pat::Type(t) => {
                                let ty = &t.ty;
                                quote!(: ::coro::__private::Local<'_, #ty>)
                            }
                            _ => quote!(),
                        };
                        self.emit(quote!(#(#attrs)* let #ident #ty = #handle.declare();));
                        return;
                    }
                }
                // Declared without a value: not initialised yet.
                let declared: Vec<VarId> = self
                    .out
                    .vars
                    .scopes
                    .last()
                    .unwrap()
                    .iter()
                    .rev()
                    .take(count_bindings(&pat))
                    .copied()
                    .collect();
                self.flow.uninit.extend(declared.iter().copied());
                // `let x;` is emitted only if this block itself goes on to use
                // `x`: a block that only passes it on could not infer its type.
                let marker = self.new_marker("uninit");
                self.out.uninit_decls.insert(
                    marker.to_string(),
                    (
                        self.cur_block,
                        declared,
                        quote!(#(#attrs)* #[allow(unused_mut)] let #pat;),
                    ),
                );
                self.emit(marker.into_token_stream());
            }
            (Some(v), None) => {
                let borrowed = local
                    .init
                    .as_ref()
                    .and_then(|init| self.borrowed_local(&init.expr))
                    .filter(|(_, of)| {
                        self.out
                            .vars
                            .resolve(of)
                            .is_some_and(|id| self.out.vars.all[id].slot.is_none())
                    });
                let (borrows, values) = self.let_sources(local);
                let first = self.out.vars.all.len();
                let pat = self.declare_pattern(local.pat.clone());
                let declared: Vec<VarId> = (first..self.out.vars.all.len()).collect();
                self.note_let_edges(local, first, borrows, values);
                if crate::syntax::pattern::is_single_binding(&local.pat)
                    && let [id] = declared[..]
                    && let Some(index) = self.out.vars.all[id].slot
                {
                    // Initialised straight into its home.
                    self.pending_homes.clear();
                    let ident = self.out.vars.all[id].ident.clone();
                    let handle = Self::slot_handle(index);
                    let v = match &local.pat {
                        Pat::Type(t) => {
                            let ty = &t.ty;
                            let typed = Ident::new("__coro_typed", Span::mixed_site());
                            quote!({ let #typed: #ty = #v; #typed })
                        }
                        _ => v,
                    };
                    self.emit(quote!(#(#attrs)* let #ident = #handle.init(#v);));
                    return;
                }
                if let (Some(b), Pat::Ident(_)) = (borrowed, &local.pat) {
                    for var in &mut self.out.vars.all[first..] {
                        // A reference: nothing to drop, so held only while used.
                        var.borrow_of = Some(b.clone());
                        var.no_drop_glue = true;
                    }
                }
                // `let big = [0u8; 1024];`, `let n: u64 = ..`: plain data with
                // nothing to drop is held only while it is still read.
                let single = match &local.pat {
                    Pat::Ident(p) => Some((p, None)),
                    Pat::Type(t) => match &*t.pat {
                        Pat::Ident(p) => Some((p, Some(&*t.ty))),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some((p, ty)) = single
                    && p.subpat.is_none()
                    && (ty.is_some_and(plain_type)
                        || local.init.as_ref().is_some_and(|i| plain_value(&i.expr)))
                {
                    for var in &mut self.out.vars.all[first..] {
                        var.no_drop_glue = true;
                    }
                }
                self.emit(quote!(#(#attrs)* #[allow(unused_mut)] let #pat = #v;));
                self.flush_homes();
            }
            (Some(v), Some(diverge)) if !contains_await(diverge) => {
                let d = self.fragment_expr((**diverge).clone(), Ctx::Value);
                let (borrows, values) = self.let_sources(local);
                let first = self.out.vars.all.len();
                let pat = self.declare_pattern(local.pat.clone());
                self.note_let_edges(local, first, borrows, values);
                let v = let_else_init(v);
                self.emit(quote!(#(#attrs)* #[allow(unused_mut)] let #pat = #v else { #d };));
                self.flush_homes();
            }
            (Some(v), Some(diverge)) => {
                // `let P = v else { ... .await ... }`: the else branch is a
                // segment of its own; the bindings come out as a tuple.
                let scrutinee = self.temp_binding(v, false);
                let (else_seg, else_marker) = self.inline_seg();
                let (borrows, values) = self.let_sources(local);
                let first = self.out.vars.all.len();
                let pat = self.declare_pattern(local.pat.clone());
                self.note_let_edges(local, first, borrows, values);
                self.pending_homes.clear();
                self.unhome_since(first);
                let mut idents = Vec::new();
                let mut muts = Vec::new();
                crate::syntax::pattern::bindings(&pat, &mut |i, m| {
                    idents.push(i.clone());
                    muts.push(m);
                });
                let outs = idents
                    .iter()
                    .zip(&muts)
                    .map(|(i, m)| if *m { quote!(mut #i) } else { quote!(#i) });
                self.emit(quote! {
                    #[allow(unused_mut)]
                    let (#(#outs,)*) = match #scrutinee {
                        #pat => (#(#idents,)*),
                        _ => { #else_marker }
                    };
                });
                let (saved_block, saved_seg, saved_flow) =
                    (self.cur_block, self.cur_seg, self.flow.clone());
                // The else branch cannot see the pattern's bindings.
                let bound: Vec<VarId> = self
                    .out
                    .vars
                    .scopes
                    .last()
                    .unwrap()
                    .iter()
                    .rev()
                    .take(idents.len())
                    .copied()
                    .collect();
                self.out
                    .vars
                    .scopes
                    .last_mut()
                    .unwrap()
                    .retain(|v| !bound.contains(v));
                self.cur_seg = else_seg;
                match &**diverge {
                    Expr::Block(b) if b.label.is_none() => self.lower_block_discard(&b.block),
                    other => {
                        let v = self.lower_expr(other);
                        self.emit_discarded(v);
                    }
                }
                self.terminate();
                self.out
                    .vars
                    .scopes
                    .last_mut()
                    .unwrap()
                    .extend(bound.iter().rev());
                self.cur_block = saved_block;
                self.cur_seg = saved_seg;
                self.flow = saved_flow;
            }
        }
    }

    // ----- expressions ----------------------------------------------------------------

    /// Lowers `e`, emitting whatever must run first; returns an await-free
    /// expression for its value (to be evaluated next, in place).
    pub fn lower_expr(&mut self, e: &Expr) -> TokenStream {
        if !contains_await(e) {
            return self.fragment_expr(e.clone(), Ctx::Value);
        }
        // A suspending loop holds its iterator across the suspension: what
        // the iterator borrows needs a home. The bindings of a suspending
        // `match`/`if let`/`while let` may point into the scrutinee: what
        // it borrows needs a home if one of them is held.
        let mut scrutinees: Vec<(&Pat, &Expr)> = Vec::new();
        match e {
            Expr::ForLoop(f) => self.request_slots(&f.expr),
            Expr::Match(m) => scrutinees.extend(m.arms.iter().map(|a| (&a.pat, &*m.expr))),
            Expr::If(syn::ExprIf { cond, .. }) | Expr::While(syn::ExprWhile { cond, .. }) => {
                let mut lets = Vec::new();
                collect_lets(cond, &mut lets);
                scrutinees.extend(lets.iter().map(|l| (&*l.pat, &*l.expr)));
            }
            _ => {}
        }
        let mut names = Vec::new();
        let mut borrowed = VarSet::new();
        for (pat, scrutinee) in scrutinees {
            let before = names.len();
            crate::syntax::pattern::bindings(pat, &mut |i, _| names.push(i.to_string()));
            if names.len() > before {
                borrowed.extend(self.borrowed_vars(scrutinee));
                if crate::syntax::pattern::binds_by_ref(pat)
                    && let Some(root) = bare_ident(scrutinee)
                    && let Some(id) = self.out.vars.resolve(&root.to_string())
                {
                    borrowed.insert(id);
                }
            }
        }
        let first = self.out.vars.all.len();
        let out = self.lower_expr_inner(e);
        if !borrowed.is_empty() {
            let holders: Vec<VarId> = (first..self.out.vars.all.len())
                .filter(|&v| names.contains(&self.out.vars.all[v].name))
                .collect();
            self.borrow_edges.push((holders, borrowed));
        }
        out
    }

    fn lower_expr_inner(&mut self, e: &Expr) -> TokenStream {
        // `r = &x.await_something().await`: as in `note_assignments`.
        if let Expr::Assign(a) = e
            && let Some(left) = bare_ident(&a.left)
            && let Some(id) = self.out.vars.resolve(&left.to_string())
        {
            let borrows = self.borrowed_vars(&a.right);
            if !borrows.is_empty() {
                self.borrow_edges.push((vec![id], borrows));
            }
        }
        if self.terminated() {
            // Unreachable (after a `return`, say): nothing to run, nothing to jump to.
            return quote!(());
        }
        match e {
            Expr::Await(a) if self.async_next_source(&a.base).is_some() => {
                let source = self.async_next_source(&a.base).expect("checked");
                let text = source_text(&e.to_token_stream());
                self.suspend_on_next(source, a.base.span(), text, line_of(a.await_token.span))
            }
            Expr::Await(a) => {
                self.request_slots(&a.base);
                let base = self.lower_expr(&a.base);
                let span = a.await_token.span;
                let text = source_text(&e.to_token_stream());
                let line = line_of(span);
                self.suspend(
                    quote_spanned!(a.base.span()=> ::coro::__private::awaiting(#base)),
                    &a.base,
                    text,
                    line,
                    false,
                )
            }
            Expr::Call(c) => {
                let mut operands: Vec<&Expr> = vec![&c.func];
                operands.extend(c.args.iter());
                let vals = self.lower_operands(&operands, false);
                let (func, args) = vals.split_first().expect("callee");
                quote!(#func(#(#args),*))
            }
            Expr::MethodCall(m) => {
                let mut operands: Vec<&Expr> = vec![&m.receiver];
                operands.extend(m.args.iter());
                let vals = self.lower_operands(&operands, true);
                let (recv, args) = vals.split_first().expect("receiver");
                let method = &m.method;
                let turbofish = &m.turbofish;
                quote!(#recv.#method #turbofish (#(#args),*))
            }
            Expr::Binary(b) => self.lower_binary(b),
            Expr::Unary(u) => {
                let v = self.lower_expr(&u.expr);
                let op = &u.op;
                quote!(#op #v)
            }
            Expr::Cast(c) => {
                let v = self.lower_expr(&c.expr);
                let ty = &c.ty;
                quote!((#v as #ty))
            }
            Expr::Field(f) => {
                let v = self.lower_expr(&f.base);
                let member = &f.member;
                quote!(#v.#member)
            }
            Expr::Paren(p) => {
                let v = self.lower_expr(&p.expr);
                quote!((#v))
            }
            Expr::Group(g) => self.lower_expr(&g.expr),
            Expr::Reference(r) if matches!(&*r.expr, Expr::Index(i) if !contains_await(&i.expr)) => {
                // `&mut v[i.await]`: a borrow of the place, its index evaluated first.
                let Expr::Index(i) = &*r.expr else {
                    unreachable!("matched above")
                };
                let index = self.lower_expr(&i.index);
                let base = self.fragment_expr((*i.expr).clone(), Ctx::Place);
                let m = &r.mutability;
                quote!(&#m #base[#index])
            }
            Expr::Reference(r) => {
                let v = self.lower_expr(&r.expr);
                // The referent is a temporary: give it a home that lives on.
                let home = self.temp_binding(v, r.mutability.is_some());
                self.ref_temps
                    .push((self.out.vars.all.len() - 1, e as *const Expr));
                let m = &r.mutability;
                quote!(&#m #home)
            }
            Expr::Index(i) => {
                let vals = self.lower_operands(&[&i.expr, &i.index], true);
                let (base, index) = (&vals[0], &vals[1]);
                quote!(#base[#index])
            }
            Expr::Tuple(t) => {
                let operands: Vec<&Expr> = t.elems.iter().collect();
                let vals = self.lower_operands(&operands, false);
                if vals.len() == 1 {
                    let v = &vals[0];
                    quote!((#v,))
                } else {
                    quote!((#(#vals),*))
                }
            }
            Expr::Array(a) => {
                let operands: Vec<&Expr> = a.elems.iter().collect();
                let vals = self.lower_operands(&operands, false);
                quote!([#(#vals),*])
            }
            Expr::Repeat(r) => {
                let v = self.lower_expr(&r.expr);
                let len = &r.len;
                quote!([#v; #len])
            }
            Expr::Struct(s) => {
                let mut operands: Vec<&Expr> = s.fields.iter().map(|f| &f.expr).collect();
                if let Some(rest) = &s.rest {
                    operands.push(rest);
                }
                let vals = self.lower_operands(&operands, false);
                let path = &s.path;
                let qself = s.qself.as_ref().map(|q| {
                    let ty = &q.ty;
                    quote!(<#ty>::)
                });
                let fields = s.fields.iter().zip(&vals).map(|(f, v)| {
                    let member = &f.member;
                    quote!(#member: #v)
                });
                let rest = s.rest.as_ref().map(|_| {
                    let v = vals.last().expect("rest");
                    quote!(.. #v)
                });
                if qself.is_some() {
                    quote!(#qself #path { #(#fields,)* #rest })
                } else {
                    quote!(#path { #(#fields,)* #rest })
                }
            }
            Expr::Range(r) => {
                let operands: Vec<&Expr> =
                    r.start.iter().chain(r.end.iter()).map(|b| &**b).collect();
                let vals = self.lower_operands(&operands, false);
                let limits = &r.limits;
                let mut it = vals.iter();
                let start = r.start.as_ref().map(|_| it.next().expect("start"));
                let end = r.end.as_ref().map(|_| it.next().expect("end"));
                quote!((#start #limits #end))
            }
            Expr::Assign(a) => {
                let right = self.lower_expr(&a.right);
                let left = self.fragment_expr(
                    (*a.left).clone(),
                    if bare_ident(&a.left).is_some() {
                        Ctx::Assign
                    } else {
                        Ctx::Place
                    },
                );
                if let Some(ident) = bare_ident(&a.left)
                    && let Some(v) = self.out.vars.resolve(&ident.to_string())
                {
                    self.note_assigned(v);
                }
                quote!(#left = #right)
            }
            Expr::Return(r) => {
                let v = match &r.expr {
                    Some(v) => self.lower_expr(v),
                    None => quote!(()),
                };
                let ret = self.return_tokens(v);
                self.emit(ret);
                self.terminate();
                quote!(())
            }
            Expr::Try(t) => {
                let v = self.lower_expr(&t.expr);
                let residual = Ident::new("__coro_residual", Span::mixed_site());
                let output = Ident::new("__coro_output", Span::mixed_site());
                let ret = self.return_tokens(quote!(::coro::__private::from_residual(#residual)));
                quote! {
                    match ::coro::__private::branch(#v) {
                        ::core::ops::ControlFlow::Continue(#output) => #output,
                        ::core::ops::ControlFlow::Break(#residual) => #ret,
                    }
                }
            }
            Expr::Break(b) => {
                let value = b.expr.as_ref().map(|v| self.lower_expr(v));
                self.lower_jump(b.label.as_ref(), Some(value), b.span());
                quote!(())
            }
            Expr::Block(b) if b.label.is_some() => self.lower_labelled_block(b),
            Expr::Block(b) => self.lower_block_value(&b.block),
            Expr::If(i) => self.lower_if(i),
            Expr::Match(m) => self.lower_match(m),
            Expr::Loop(l) => {
                self.lower_loop(l.label.as_ref(), LoopKind::Loop, &l.body, l.loop_token.span)
            }
            Expr::While(w) => self.lower_loop(
                w.label.as_ref(),
                LoopKind::While(&w.cond),
                &w.body,
                w.while_token.span,
            ),
            Expr::ForLoop(f) => {
                let iter = self.lower_expr(&f.expr);
                let iter =
                    self.temp_binding(quote!(::core::iter::IntoIterator::into_iter(#iter)), true);
                self.lower_loop(
                    f.label.as_ref(),
                    LoopKind::For(&f.pat, iter),
                    &f.body,
                    f.for_token.span,
                )
            }
            Expr::Macro(m) => match operands(&m.mac) {
                Operands::Yield(value) => self.lower_yield(&m.mac, value),
                Operands::YieldFrom(inner) => self.lower_yield_from(&m.mac, inner),
                Operands::AsyncFor(f) => self.lower_async_for(&m.mac, *f),
                Operands::Exprs(args) => self.lower_macro(&m.mac, args),
                Operands::Malformed(e) => {
                    self.errors.push(e);
                    quote!(())
                }
                Operands::Textual | Operands::Opaque => {
                    let name = macros::name(&m.mac);
                    self.errors.push(syn::Error::new(
                        m.mac.path.span(),
                        format!("`.await` inside `{name}!` is not supported: the macro's input is opaque to #[coro::coroutine]\n= help: bind the awaited value first (`let v = x.await;`) and pass `v` to `{name}!`"),
                    ));
                    quote!(())
                }
            },
            Expr::Let(_) => {
                self.errors.push(syn::Error::new(
                    e.span(),
                    "`.await` inside a `let` condition chain is not supported by #[coro::coroutine] yet\n= help: bind the awaited value first: `let v = x.await;`",
                ));
                quote!(false)
            }
            _ => {
                self.errors.push(syn::Error::new(
                    e.span(),
                    "`.await` inside this kind of expression is not supported by #[coro::coroutine] yet\n= help: bind the awaited value first (`let v = x.await;`) and use `v` here",
                ));
                quote!(())
            }
        }
    }

    /// Operands in Rust's evaluation order: every operand before the last one
    /// that suspends is evaluated into a temporary first, unless it is a
    /// side-effect-free place or constant (those are read in place, after).
    /// With `receiver`, the first operand is a method receiver or indexed
    /// place: a place there is never moved into a temporary.
    fn lower_operands(&mut self, operands: &[&Expr], receiver: bool) -> Vec<TokenStream> {
        let operands: Vec<(&Expr, Ctx)> = operands
            .iter()
            .enumerate()
            .map(|(i, &e)| {
                let ctx = if receiver && i == 0 {
                    Ctx::Receiver
                } else {
                    Ctx::Value
                };
                (e, ctx)
            })
            .collect();
        self.lower_operands_in(&operands)
    }

    /// THE operand-order rule, for every form that evaluates operands left
    /// to right (calls, methods, literals, macros). Each operand comes with
    /// how it is used: `Ctx::Receiver` (a method receiver or indexed place:
    /// never moved into a temporary), `Ctx::Place` (borrowed where it is
    /// used, as a format argument is: never read by value), or `Ctx::Value`.
    fn lower_operands_in(&mut self, operands: &[(&Expr, Ctx)]) -> Vec<TokenStream> {
        let last_await = operands.iter().rposition(|(e, _)| contains_await(e));
        let borrowed = |op: &Expr, ctx: Ctx| {
            ctx == Ctx::Place || matches!(strip_parens(op), Expr::Reference(_))
        };
        // Bindings a suspending operand assigns or borrows mutably: an earlier
        // place operand rooted at one must be read before it (Rust's order);
        // a borrow or receiver through one (`&*r`, `r.f`, `r.m()`) could be
        // re-pointed (`r = &mut other`), which the machine cannot follow.
        let mut changed = VarSet::new();
        for (op, _) in operands.iter().filter(|(e, _)| contains_await(e)) {
            for name in crate::borrows::changed_names(op) {
                changed.extend(self.out.vars.resolve(&name));
            }
        }
        if let Some(last) = last_await {
            for &(op, ctx) in operands.iter().take(last) {
                if contains_await(op) || !is_place_or_const(op) {
                    continue;
                }
                let Some(root) = place_root_ident(op) else {
                    continue;
                };
                let Some(id) = self.out.vars.resolve(&root.to_string()) else {
                    continue;
                };
                // By-value reads are hoisted below; borrows and receivers
                // cannot be.
                if changed.contains(&id) && (borrowed(op, ctx) || ctx == Ctx::Receiver) {
                    self.errors.push(syn::Error::new(
                        op.span(),
                        format!("this operand borrows through `{root}`, which a later operand that suspends assigns or borrows mutably: not supported yet\n= help: evaluate it first, into a binding (`let first = &*{root};`), before the expression that suspends"),
                    ));
                }
            }
        }
        let mut vals: Vec<Operand> = Vec::with_capacity(operands.len());
        for (i, &(op, ctx)) in operands.iter().enumerate() {
            let before = last_await.is_some_and(|l| i < l);
            let receiver = ctx == Ctx::Receiver;
            vals.push(if contains_await(op) {
                let v = self.lower_expr(op);
                Operand::Ready(if before {
                    self.temp_binding(v, receiver)
                } else {
                    v
                })
            } else if !before {
                Operand::Ready(self.fragment_expr(op.clone(), ctx))
            } else if ctx == Ctx::Place && is_place_expr(op) {
                // Borrowed in place by the macro: only its index operands
                // are evaluated now.
                Operand::InPlace(Box::new(self.hoist_place_operands(op)), ctx)
            } else if !is_place_or_const(op)
                || (!receiver
                    && !borrowed(op, ctx)
                    && (self.reads_place_by_value(op)
                        || place_root_ident(op)
                            .and_then(|r| self.out.vars.resolve(&r.to_string()))
                            .is_some_and(|v| changed.contains(&v))))
                || borrows_indexed_place(op)
            {
                self.hoist_operand(op, ctx, receiver)
            } else {
                Operand::InPlace(Box::new(op.clone()), ctx)
            });
        }
        // Places and constants before the suspension are read in place,
        // after it: lower them now, in the block that reads them.
        vals.into_iter().map(|v| self.operand_tokens(v)).collect()
    }

    /// A by-value read of a place (`*r`, `s.b`, `v[i]`, `x`) in a coroutine
    /// with homes: read before a later operand's suspension, as Rust orders
    /// it. The `async` copy checks Rust's order, and the place may be a home
    /// or reached through a reference into one that the later operand
    /// borrows mutably or ends (reading it afterwards would be undefined).
    /// Receivers are left in place (Rust borrows them two-phase, and a copy
    /// would lose a `&mut self` call's effect), and so are borrows (`&p`:
    /// the copy rejects a later conflicting borrow while they live).
    fn reads_place_by_value(&self, op: &Expr) -> bool {
        if self.out.vars.home_plan.is_empty() {
            return false;
        }
        !matches!(strip_parens(op), Expr::Reference(_) | Expr::Lit(_))
    }

    /// A place (`v[i + 1].f`) whose index operands are evaluated now, into
    /// temporaries; the place itself is read or borrowed where it is used
    /// (the caller lowers the returned place there, after the suspension).
    fn hoist_place_operands(&mut self, e: &Expr) -> Expr {
        match e {
            Expr::Index(i) => {
                let mut i = i.clone();
                *i.expr = self.hoist_place_operands(&i.expr);
                if !matches!(&*i.index, Expr::Lit(_)) {
                    let index = self.hoist_operand(&i.index, Ctx::Value, false);
                    *i.index = Expr::Verbatim(self.operand_tokens(index));
                }
                Expr::Index(i)
            }
            Expr::Field(f) => {
                let mut f = f.clone();
                *f.base = self.hoist_place_operands(&f.base);
                Expr::Field(f)
            }
            Expr::Paren(p) => {
                let mut p = p.clone();
                *p.expr = self.hoist_place_operands(&p.expr);
                Expr::Paren(p)
            }
            other => other.clone(),
        }
    }

    /// Evaluates an await-free operand now, into a temporary. `&value` keeps
    /// the *value* in the temporary and borrows it where it is used, so no
    /// reference is held across the suspension.
    fn hoist_operand(&mut self, op: &Expr, ctx: Ctx, mutable: bool) -> Operand {
        let inner = strip_parens(op);
        if let Expr::Reference(r) = inner {
            if is_place_expr(&r.expr) {
                // A borrow of a place borrows that place, not a copy of it:
                // only its index operands are evaluated now.
                let mut r = r.clone();
                *r.expr = self.hoist_place_operands(&r.expr);
                return Operand::InPlace(Box::new(Expr::Reference(r)), ctx);
            }
            let v = self.fragment_expr((*r.expr).clone(), Ctx::Value);
            let home = self.temp_binding(v, r.mutability.is_some());
            self.ref_temps
                .push((self.out.vars.all.len() - 1, inner as *const Expr));
            let m = &r.mutability;
            return Operand::Ready(quote!(&#m #home));
        }
        let v = self.fragment_expr(op.clone(), ctx);
        Operand::Ready(self.temp_binding(v, mutable))
    }

    /// The tokens of a lowered operand; one read in place is lowered now.
    fn operand_tokens(&mut self, op: Operand) -> TokenStream {
        match op {
            Operand::Ready(tokens) => tokens,
            Operand::InPlace(e, ctx) => self.fragment_expr(*e, ctx),
        }
    }

    fn lower_binary(&mut self, b: &syn::ExprBinary) -> TokenStream {
        use syn::BinOp::*;
        let op = &b.op;
        match b.op {
            And(_) | Or(_) => {
                // Short-circuit: the right side runs only when needed.
                let left = self.lower_expr(&b.left);
                let is_and = matches!(b.op, And(_));
                let cond = self.temp_binding(left, false);
                let join = self.new_block(
                    BlockKind::Join,
                    "AfterCondition",
                    format!(
                        "After `{}` (line {}).",
                        source_text(&b.to_token_stream()),
                        line_of(b.op.span())
                    ),
                );
                let result = self.join_result(join);
                let (then_seg, then_m) = self.inline_seg();
                let (else_seg, else_m) = self.inline_seg();
                self.emit(quote!(if #cond { #then_m } else { #else_m }));
                self.terminate();
                let (block, flow) = (self.cur_block, self.flow.clone());
                let short = if is_and { quote!(false) } else { quote!(true) };
                let (eval_seg, short_seg) = if is_and {
                    (then_seg, else_seg)
                } else {
                    (else_seg, then_seg)
                };
                self.cur_seg = short_seg;
                self.goto(join, vec![short]);
                self.cur_seg = eval_seg;
                self.cur_block = block;
                self.flow = flow;
                let right = self.lower_expr(&b.right);
                self.goto(join, vec![right]);
                self.switch_to(join);
                self.out.vars.all[result].ident.to_token_stream()
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                // On primitive types (the common case) Rust evaluates the value
                // before the place: `v[i.await] += f()` runs `f()` first.
                let right = self.lower_expr(&b.right);
                let right = if contains_await(&b.left) && !is_place_or_const(&b.right) {
                    self.temp_binding(right, false)
                } else {
                    right
                };
                let left = if contains_await(&b.left) {
                    self.lower_expr(&b.left)
                } else {
                    self.fragment_expr((*b.left).clone(), Ctx::Place)
                };
                quote!((#left) #op #right)
            }
            _ => {
                let vals = self.lower_operands(&[&b.left, &b.right], false);
                let (l, r) = (&vals[0], &vals[1]);
                quote!(#l #op #r)
            }
        }
    }

    /// Declares the value binding of a join block.
    fn join_result(&mut self, join: BlockId) -> VarId {
        let v = self.out.vars.temp(false);
        // Declared at the join's entry, not in the current block.
        self.out.vars.scopes.last_mut().unwrap().retain(|&x| x != v);
        self.out.blocks[join].extras.push(v);
        v
    }

    /// Ends the block at an `.await`; returns the awaited value.
    fn suspend(
        &mut self,
        awaitable: TokenStream,
        base: &Expr,
        text: String,
        line: usize,
        delegate: bool,
    ) -> TokenStream {
        let awaited = self.out.vars.temp(false);
        self.out
            .vars
            .scopes
            .last_mut()
            .unwrap()
            .retain(|&x| x != awaited);

        let name = names::await_name(base);
        let block = self.new_block(
            BlockKind::Await {
                awaited,
                delegate,
                span: base.span(),
            },
            &name,
            format!("Suspended at `{text}` (line {line})."),
        );
        self.goto(block, vec![awaitable]);
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        self.temp_binding(ready.into_token_stream(), false)
    }

    /// `yield_!(value)`: ends the block, hands `value` out; the expression's
    /// value is the argument of the resume that continues.
    fn lower_yield(&mut self, mac: &syn::Macro, value: Option<Expr>) -> TokenStream {
        let value = match value {
            Some(e) => {
                let v = self.lower_expr(&e);
                match self.yield_ty.clone() {
                    // Checked against the declared type where the user wrote it.
                    Some(ty) => {
                        let span = e.span();
                        let t = self.out.vars.temp(false);
                        let ident = self.out.vars.all[t].ident.clone();
                        self.mark_declared_since(t);
                        self.emit(quote_spanned!(span=> let #ident: #ty = #v;));
                        ident.into_token_stream()
                    }
                    None => v,
                }
            }
            None => quote!(()),
        };
        let line = line_of(mac.path.span());
        let text = source_text(&mac.to_token_stream());
        let block = self.new_block(
            BlockKind::Yield,
            "Yield",
            format!("Suspended at `{text}` (line {line})."),
        );
        self.goto(block, vec![value]);
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        self.temp_binding(ready.into_token_stream(), false)
    }

    /// `agen.next().await` on a local binding: Python's `await anext(agen)`.
    /// `next()` would borrow `agen` across the suspension, so the binding is
    /// polled where it lies in the state instead (any `AsyncIterator`).
    fn async_next_source(&self, base: &Expr) -> Option<VarId> {
        let Expr::MethodCall(m) = base else {
            return None;
        };
        if m.method != "next" || !m.args.is_empty() || m.turbofish.is_some() {
            return None;
        }
        let ident = bare_ident(&m.receiver)?;
        self.out.vars.resolve(&ident.to_string())
    }

    /// Suspends until the async iterator held in binding `source` has its
    /// next value; returns it (an `Option`).
    fn suspend_on_next(
        &mut self,
        source: VarId,
        span: Span,
        text: String,
        line: usize,
    ) -> TokenStream {
        let block = self.new_next_block(
            source,
            span,
            "Next",
            format!("Waiting for `{text}` (line {line})."),
        );
        self.goto(block, Vec::new());
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        self.temp_binding(ready.into_token_stream(), false)
    }

    /// A block that waits for the next value of the async iterator held in
    /// `source`. It reads the source where it lies: the source is held there,
    /// and this use does not move it.
    fn new_next_block(&mut self, source: VarId, span: Span, name: &str, doc: String) -> BlockId {
        let block = self.new_block(BlockKind::Next { source, span }, name, doc);
        self.out.blocks[block].uses.insert(source);
        self.out.blocks[block].mentions.insert(source);
        block
    }

    /// `async_for!(pat in source { body })`: a loop whose head waits for the
    /// source's next value (polling the source where it lies in the state).
    fn lower_async_for(&mut self, mac: &syn::Macro, f: AsyncFor) -> TokenStream {
        let source_value = self.lower_expr(&f.expr);
        let span = f.expr.span();
        let source_tokens = self.temp_binding(
            quote_spanned!(span=> ::coro::__private::async_iterator(#source_value)),
            true,
        );
        let source = self
            .out
            .vars
            .temp_id(&source_tokens.to_string())
            .expect("just declared");
        let line = line_of(mac.path.span());
        let text = source_text(&f.expr.to_token_stream());
        let head = self.new_next_block(
            source,
            span,
            "AsyncForNext",
            format!("Waiting for the next value of `{text}` (`async_for!` at line {line})."),
        );
        let after = self.new_block(
            BlockKind::Join,
            "AfterAsyncFor",
            format!("After the `async_for!` at line {line}."),
        );
        self.goto(head, Vec::new());
        self.switch_to(head);
        self.loops.push(LoopFrame {
            label: None,
            head: Some(head),
            after,
            result: None,
        });
        self.open_scope();
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        let item = self.temp_binding(ready.into_token_stream(), false);
        let (else_seg, else_m) = self.inline_seg();
        let pat = self.declare_pattern(f.pat.clone());
        self.goto_from(else_seg, after);
        self.emit(quote!(let ::core::option::Option::Some(#pat) = #item else { #else_m };));
        self.flush_homes();
        let v = self.lower_block_stmts(&f.body.stmts);
        self.emit_discarded(v);
        self.goto(head, Vec::new());
        self.close_scope();
        self.loops.pop();
        self.switch_to(after);
        quote!(())
    }

    /// `yield_from!(generator)`: yields what it yields, forwards what is sent,
    /// and evaluates to its return value.
    fn lower_yield_from(&mut self, mac: &syn::Macro, inner: Expr) -> TokenStream {
        // The inner generator is held across the yields: what it borrows
        // needs a home, as for an awaited operand.
        self.request_slots(&inner);
        let value = self.lower_expr(&inner);
        let value = match (&self.yield_ty, &self.arg_ty) {
            (Some(y), Some(a)) => {
                quote_spanned!(inner.span()=> ::coro::__private::delegate::<#a, #y, _>(#value))
            }
            _ => value,
        };
        let line = line_of(mac.path.span());
        let text = source_text(&mac.to_token_stream());
        self.suspend(value, &inner, text, line, true)
    }

    fn lower_jump(
        &mut self,
        label: Option<&syn::Lifetime>,
        brk: Option<Option<TokenStream>>,
        span: Span,
    ) {
        let target = match label {
            None => self.loops.iter().rposition(|l| l.head.is_some()),
            Some(l) => {
                let name = l.ident.to_string();
                self.loops
                    .iter()
                    .rposition(|t| t.label.as_deref() == Some(&name))
            }
        };
        let Some(target) = target else {
            self.errors.push(syn::Error::new(
                span,
                "`break` outside of a loop\n= help: `break`/`continue` must be inside a loop (or, for `break 'label`, a labelled block) of this coroutine",
            ));
            return;
        };
        match brk {
            None => match self.loops[target].head {
                Some(head) => self.goto(head, Vec::new()),
                None => self.errors.push(syn::Error::new(
                    span,
                    "`continue` cannot target a labelled block",
                )),
            },
            Some(value) => {
                let after = self.loops[target].after;
                let values = match value {
                    Some(v) => {
                        self.loop_result(target);
                        vec![v]
                    }
                    None if self.loops[target].result.is_some() => vec![quote!(())],
                    None => Vec::new(),
                };
                self.goto(after, values);
            }
        }
    }

    /// A block used as a value (`let x = { ... };`), with a suspension inside:
    /// its value leaves its scope through a join.
    fn lower_block_value(&mut self, block: &SynBlock) -> TokenStream {
        if !block_contains_await(block) {
            return self.fragment_expr(
                Expr::Block(syn::ExprBlock {
                    attrs: Vec::new(),
                    label: None,
                    block: block.clone(),
                }),
                Ctx::Value,
            );
        }
        let line = line_of(block.brace_token.span.open());
        let after = self.new_block(
            BlockKind::Join,
            "AfterBlock",
            format!("After the block at line {line}."),
        );
        let result = self.join_result(after);
        self.lower_branch(block, after, true);
        self.switch_to(after);
        self.out.vars.all[result].ident.to_token_stream()
    }

    /// A block whose value is not used (it diverges, or is a statement).
    fn lower_block_discard(&mut self, block: &SynBlock) {
        self.open_scope();
        let v = self.lower_block_stmts(&block.stmts);
        self.emit_discarded(v);
        self.close_scope();
    }

    /// Lowers a branch body (a block) into the current segment and jumps to
    /// `join` with its value.
    fn lower_branch(&mut self, body: &SynBlock, join: BlockId, with_value: bool) {
        self.open_scope();
        let v = self.lower_block_stmts(&body.stmts);
        let values = if with_value {
            vec![v]
        } else {
            self.emit_discarded(v);
            Vec::new()
        };
        self.goto(join, values);
        self.close_scope();
    }

    fn lower_if(&mut self, i: &syn::ExprIf) -> TokenStream {
        if is_let_chain(&i.cond) {
            self.errors.push(syn::Error::new(
                i.cond.span(),
                "an `if` with a `let` chain cannot contain `.await` yet\n= help: await before the `if` (`let v = x.await;`), or nest the conditions: `if let P = e { if cond { .. } }`",
            ));
            return quote!(());
        }
        let branches_await = block_contains_await(&i.then_branch)
            || i.else_branch
                .as_ref()
                .is_some_and(|(_, e)| contains_await(e));
        // The condition: `if let P = e` keeps its pattern; only `e` is lowered.
        let from = self.ref_temps.len();
        let (cond_tokens, let_pat) = match &*i.cond {
            Expr::Let(l) => {
                let scrut = if contains_await(&l.expr) {
                    let v = self.lower_expr(&l.expr);
                    self.temp_binding(v, false)
                } else {
                    self.fragment_expr(
                        (*l.expr).clone(),
                        if crate::syntax::pattern::has_bindings(&l.pat) {
                            Ctx::Project
                        } else {
                            Ctx::Place
                        },
                    )
                };
                (scrut, Some(&*l.pat))
            }
            cond => {
                let c = self.lower_expr(cond);
                (self.settle_condition(from, c), None)
            }
        };
        // Temporaries of an `if let` scrutinee live through the `then`
        // branch; they are dropped at its end and when the `else` begins
        // (edition 2024 drops them before `else`; earlier ones only drop them
        // later, which cannot make a borrow of them fail).
        let scrutinee_temps: Vec<(VarId, *const Expr)> = self.ref_temps.drain(from..).collect();
        if !branches_await && scrutinee_temps.is_empty() {
            // Only the condition suspended: the `if` itself stays as written.
            let mut rest = i.clone();
            rest.cond = Box::new(match let_pat {
                Some(p) => Expr::Let(syn::ExprLet {
                    attrs: Vec::new(),
                    let_token: Default::default(),
                    pat: Box::new(p.clone()),
                    eq_token: Default::default(),
                    expr: Box::new(Expr::Verbatim(quote!(__coro_scrutinee_placeholder))),
                }),
                None => Expr::Verbatim(quote!(__coro_scrutinee_placeholder)),
            });
            let tokens = self.fragment_expr(Expr::If(rest), Ctx::Value);
            let ph = Ident::new("__coro_scrutinee_placeholder", Span::call_site());
            return substitute(tokens, &ph.to_string(), &cond_tokens);
        }
        let line = line_of(i.if_token.span);
        let join = self.new_block(
            BlockKind::Join,
            "AfterIf",
            format!("After the `if` at line {line}."),
        );
        let result = self.join_result(join);
        let (then_seg, then_m) = self.inline_seg();
        let (else_seg, else_m) = self.inline_seg();
        let (block, parent_seg, flow) = (self.cur_block, self.cur_seg, self.flow.clone());
        // then: its scope holds the `if let` pattern's bindings.
        self.cur_seg = then_seg;
        self.open_scope();
        let branch = match let_pat {
            Some(pat) => {
                let pat =
                    self.declare_pattern_against(pat.clone(), scrutinee_is_reference(&i.cond));
                self.flush_homes();
                // `if let`, not `match`: the scrutinee's temporaries then end
                // where the user's edition ends them (2024: before `else`),
                // which is what the `async` copy was checked with.
                quote!(if let #pat = #cond_tokens { #then_m } else { #else_m })
            }
            None => quote!(if #cond_tokens { #then_m } else { #else_m }),
        };
        self.push_branching(parent_seg, branch);
        let v = self.lower_block_stmts(&i.then_branch.stmts);
        let v = if scrutinee_temps.is_empty() || self.terminated() {
            v
        } else {
            let value = self.temp_binding(v, false);
            self.drop_temps(&scrutinee_temps);
            value
        };
        self.goto(join, vec![v]);
        self.close_scope();
        // else
        self.cur_block = block;
        self.cur_seg = else_seg;
        self.flow = flow;
        self.drop_temps(&scrutinee_temps);
        match &i.else_branch {
            Some((_, e)) => match &**e {
                Expr::Block(b) if b.label.is_none() => self.lower_branch(&b.block, join, true),
                other => {
                    let v = self.lower_expr(other);
                    self.goto(join, vec![v]);
                }
            },
            None => self.goto(join, vec![quote!(())]),
        }
        self.switch_to(join);
        self.out.vars.all[result].ident.to_token_stream()
    }

    /// A `match` with `.await` in a guard. Rust evaluates a guard with the
    /// arm's bindings borrowed, and falls through to the next arm when it is
    /// false; so the arm is chosen first, on `&scrutinee` (bindings are
    /// references there, and the guard reads them through `*`), and the
    /// chosen arm then runs in a plain `match` on the scrutinee itself:
    ///
    /// ```text
    /// let arm = 'decide: {
    ///     if let P0 = &s { if guard0[n := *n] { break 'decide 0 } }
    ///     if let P1 = &s { break 'decide 1 }
    ///     unreachable!()
    /// };
    /// match s { P0 if arm == 0 => body0, P1 if arm == 1 => body1, _ => unreachable!() }
    /// ```
    fn lower_match_awaiting_guards(&mut self, m: &syn::ExprMatch) -> TokenStream {
        let span = m.match_token.span;
        // The scrutinee is named twice (to choose the arm, then to bind it):
        // a place with an index or a deref (`v[i]`, `*w`) could be another
        // place, or run user code, the second time; it is evaluated once.
        let is_place = is_place_or_const(&m.expr) && !has_index_or_deref(&m.expr);
        let scrutinee = if is_place {
            m.expr.to_token_stream()
        } else {
            quote_spanned!(span=> __coro_scrutinee)
        };
        let mut decide = Vec::new();
        let mut arms = Vec::new();
        for (index, arm) in m.arms.iter().enumerate() {
            let pat = &arm.pat;
            let chosen = quote_spanned!(span=> break '__coro_decide #index;);
            // The choice only needs the bindings its guard reads.
            let mut used = Vec::new();
            if let Some((_, guard)) = &arm.guard {
                collect_idents(guard.to_token_stream(), &mut used);
            }
            let test_pat = crate::syntax::pattern::wildcard_bindings(pat, &used);
            let test = |then: TokenStream| {
                if crate::syntax::pattern::is_irrefutable(&test_pat) {
                    // `if let` would warn that it always matches.
                    quote_spanned!(span=> { let #test_pat = &#scrutinee; #then })
                } else {
                    quote_spanned!(span=> if let #test_pat = &#scrutinee { #then })
                }
            };
            decide.push(match &arm.guard {
                Some((_, guard)) => {
                    let mut names = Vec::new();
                    crate::syntax::pattern::bindings(&test_pat, &mut |i, _| {
                        names.push(i.to_string())
                    });
                    let mut guard = (**guard).clone();
                    DerefBindings { names }.visit_expr_mut(&mut guard);
                    // Bound first: a guard like `S { .. }` cannot stand in `if` position.
                    test(quote_spanned!(span=>
                        let __coro_guard: bool = #guard;
                        if __coro_guard { #chosen }
                    ))
                }
                None => test(chosen),
            });
            let body = &arm.body;
            // A binding the guard used and the body does not is not unused
            // in the user's `match`.
            arms.push(quote_spanned!(span=> #[allow(unused_variables)] #pat if __coro_arm == #index => #body,));
        }
        let hoist = (!is_place).then(|| {
            let e = &m.expr;
            quote_spanned!(span=> let __coro_scrutinee = #e;)
        });
        let tokens = quote_spanned! {span=>
            {
                #hoist
                let __coro_arm: usize = '__coro_decide: {
                    #(#decide)*
                    ::core::unreachable!()
                };
                match #scrutinee { #(#arms)* _ => ::core::unreachable!(), }
            }
        };
        match syn::parse2::<Expr>(tokens) {
            Ok(block) => self.lower_expr(&block),
            Err(e) => {
                self.errors.push(syn::Error::new(
                    span,
                    format!("this `match` with `.await` in a guard could not be rewritten ({e})\n= help: await before the `match` (`let ok = cond.await;`)"),
                ));
                quote!(())
            }
        }
    }

    fn lower_match(&mut self, m: &syn::ExprMatch) -> TokenStream {
        if m.arms
            .iter()
            .any(|a| a.guard.as_ref().is_some_and(|(_, g)| contains_await(g)))
        {
            return self.lower_match_awaiting_guards(m);
        }
        let arms_await = m.arms.iter().any(|a| {
            contains_await(&a.body) || a.guard.as_ref().is_some_and(|(_, g)| contains_await(g))
        });
        let binds = m
            .arms
            .iter()
            .any(|a| crate::syntax::pattern::has_bindings(&a.pat));
        let scrut = if contains_await(&m.expr) {
            let v = self.lower_expr(&m.expr);
            self.temp_binding(v, false)
        } else {
            self.fragment_expr(
                (*m.expr).clone(),
                if binds { Ctx::Project } else { Ctx::Place },
            )
        };
        if !arms_await {
            let mut rest = m.clone();
            let ph = Ident::new("__coro_scrutinee_placeholder", Span::call_site());
            rest.expr = Box::new(Expr::Verbatim(ph.to_token_stream()));
            let tokens = self.fragment_expr(Expr::Match(rest), Ctx::Value);
            return substitute(tokens, &ph.to_string(), &scrut);
        }
        let line = line_of(m.match_token.span);
        let join = self.new_block(
            BlockKind::Join,
            "AfterMatch",
            format!("After the `match` at line {line}."),
        );
        let result = self.join_result(join);
        let (block, parent_seg, flow) = (self.cur_block, self.cur_seg, self.flow.clone());
        let mut arms = Vec::new();
        for arm in &m.arms {
            let (seg, marker) = self.inline_seg();
            self.cur_block = block;
            self.cur_seg = seg;
            self.flow = flow.clone();
            self.open_scope();
            let first = self.out.vars.all.len();
            let pat = self
                .declare_pattern_against(arm.pat.clone(), matches!(&*m.expr, Expr::Reference(_)));
            if arm.guard.is_some() {
                // The guard sees the bindings before the arm's code runs.
                self.pending_homes.clear();
                self.unhome_since(first);
            } else {
                self.flush_homes();
            }
            let guard = arm.guard.as_ref().map(|(if_token, g)| {
                let g = self.fragment_expr((**g).clone(), Ctx::Value);
                quote!(#if_token #g)
            });
            arms.push(quote!(#pat #guard => { #marker }));
            let v = self.lower_expr(&arm.body);
            self.goto(join, vec![v]);
            self.close_scope();
        }
        self.push_branching(parent_seg, quote!(match #scrut { #(#arms)* }));
        self.switch_to(join);
        self.out.vars.all[result].ident.to_token_stream()
    }

    fn lower_labelled_block(&mut self, b: &syn::ExprBlock) -> TokenStream {
        let label = b.label.as_ref().map(|l| l.name.ident.to_string());
        let line = line_of(b.block.brace_token.span.open());
        let after = self.new_block(
            BlockKind::Join,
            "AfterBlock",
            format!("After the labelled block at line {line}."),
        );
        self.loops.push(LoopFrame {
            label,
            head: None,
            after,
            result: None,
        });
        let index = self.loops.len() - 1;
        let result = self.loop_result(index);
        self.lower_branch(&b.block, after, true);
        self.loops.pop();
        self.switch_to(after);
        self.out.vars.all[result].ident.to_token_stream()
    }

    fn lower_loop(
        &mut self,
        label: Option<&syn::Label>,
        kind: LoopKind<'_>,
        body: &SynBlock,
        span: Span,
    ) -> TokenStream {
        let line = line_of(span);
        let (head_name, after_name) = match kind {
            LoopKind::Loop => ("LoopTop", "AfterLoop"),
            LoopKind::While(_) => ("WhileTop", "AfterWhile"),
            LoopKind::For(..) => ("ForTop", "AfterFor"),
        };
        let head = self.new_block(
            BlockKind::Join,
            head_name,
            format!("Top of the loop at line {line}."),
        );
        let after = self.new_block(
            BlockKind::Join,
            after_name,
            format!("After the loop at line {line}."),
        );
        self.goto(head, Vec::new());
        self.switch_to(head);
        self.loops.push(LoopFrame {
            label: label.map(|l| l.name.ident.to_string()),
            head: Some(head),
            after,
            result: None,
        });
        let index = self.loops.len() - 1;
        self.open_scope();
        match kind {
            LoopKind::Loop => {}
            LoopKind::While(cond) if is_let_chain(cond) => {
                self.errors.push(syn::Error::new(
                    cond.span(),
                    "a `while` with a `let` chain cannot contain `.await` yet\n= help: use `loop` with an `if let` inside, and `break` when it does not match",
                ));
            }
            LoopKind::While(cond) => {
                let (else_seg, else_m) = self.inline_seg();
                match cond {
                    Expr::Let(l) => {
                        let scrut = if contains_await(&l.expr) {
                            let from = self.ref_temps.len();
                            let v = self.lower_expr(&l.expr);
                            if self.ref_temps.len() > from && !self.out.vars.home_plan.is_empty() {
                                self.errors.push(syn::Error::new(
                                    l.expr.span(),
                                    "a `while let` whose scrutinee awaits and borrows a temporary (`&make()`) is not supported yet in a coroutine that holds borrows across awaits\n= help: use `loop` with a `let` of the value and an `if let` inside",
                                ));
                            }
                            self.temp_binding(v, false)
                        } else {
                            let ctx = if crate::syntax::pattern::has_bindings(&l.pat) {
                                Ctx::Project
                            } else {
                                Ctx::Place
                            };
                            self.fragment_expr((*l.expr).clone(), ctx)
                        };
                        let pat = self.declare_pattern((*l.pat).clone());
                        self.goto_from(else_seg, after);
                        let scrut = let_else_init(scrut);
                        self.emit(quote!(let #pat = #scrut else { #else_m };));
                        self.flush_homes();
                    }
                    cond => {
                        let from = self.ref_temps.len();
                        let c = self.lower_expr(cond);
                        let c = self.settle_condition(from, c);
                        self.goto_from(else_seg, after);
                        // `if c {} else ..` rather than `if !c ..`: `c` may be a join's
                        // value whose type is only known to be `bool` here.
                        self.emit(quote!(if #c {} else { #else_m }));
                    }
                }
            }
            LoopKind::For(pat, iter) => {
                let (else_seg, else_m) = self.inline_seg();
                let pat = self.declare_pattern(pat.clone());
                self.goto_from(else_seg, after);
                self.emit(quote!(let ::core::option::Option::Some(#pat) = ::core::iter::Iterator::next(&mut #iter) else { #else_m };));
                self.flush_homes();
            }
        }
        let v = self.lower_block_stmts(&body.stmts);
        self.emit_discarded(v);
        self.goto(head, Vec::new());
        self.close_scope();
        let result = self.loops[index].result;
        self.loops.pop();
        self.switch_to(after);
        match result {
            Some(v) => self.out.vars.all[v].ident.to_token_stream(),
            None => quote!(()),
        }
    }

    /// A known macro with `.await` in its arguments: the arguments are
    /// operands, evaluated in order before the macro runs.
    fn lower_macro(&mut self, mac: &syn::Macro, mut args: MacroArgs) -> TokenStream {
        let name = macros::name(mac);
        if let Some(from) = macros::lazy_args_from(&name)
            && let Some(arg) = args
                .args
                .iter()
                .skip(from)
                .find(|a| contains_await(&a.expr))
        {
            self.errors.push(syn::Error::new(
                arg.expr.span(),
                format!("`.await` in this argument of `{name}!` would run even when `{name}!` does not evaluate it\n= help: bind the awaited value first (`let v = x.await;`) and pass `v` to `{name}!`"),
            ));
            return quote!(());
        }
        let operands: Vec<(Expr, Ctx)> =
            args.args.iter().map(|a| (a.expr.clone(), a.ctx)).collect();
        let refs: Vec<(&Expr, Ctx)> = operands.iter().map(|(e, ctx)| (e, *ctx)).collect();
        let vals = self.lower_operands_in(&refs);
        for (arg, v) in args.args.iter_mut().zip(vals) {
            arg.expr = Expr::Verbatim(v);
        }
        if let Some(lit) = args.format.clone() {
            // Inline format arguments read bindings too.
            let renamed = self.with_fragment_env(|env| {
                let (renamed, usage) = fragment::process_format_literal(env, &lit);
                (usage, Vec::new(), renamed)
            });
            for (name, value) in renamed {
                args.push_named(name, value);
            }
        }
        args.invocation(args.to_tokens())
    }
}

/// The code that finishes the coroutine with `value`.
pub fn return_code(ret_ty: Option<&TokenStream>, value: TokenStream) -> TokenStream {
    let ret = Ident::new("__coro_ret", Span::mixed_site());
    let state = Ident::new("__coro_state", Span::mixed_site());
    let annotation = ret_ty.map(|t| quote!(: #t));
    quote!({
        let #ret #annotation = #value;
        *#state = __CoroState::Returned;
        return ::coro::__private::complete(#ret);
    })
}

/// Rewrites mentions of a pattern's bindings `n` to `(*n)`: in the arm
/// choice of `lower_match_awaiting_guards` they are references.
struct DerefBindings {
    names: Vec<String>,
}

impl syn::visit_mut::VisitMut for DerefBindings {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some(ident) = bare_ident(e)
            && self.names.iter().any(|n| ident == n)
        {
            let ident = ident.clone();
            *e = syn::parse_quote!((*#ident));
            return;
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
    fn visit_expr_closure_mut(&mut self, c: &mut syn::ExprClosure) {
        let saved = self.names.clone();
        for input in &c.inputs {
            crate::syntax::pattern::bindings(input, &mut |i, _| self.names.retain(|n| i != n));
        }
        syn::visit_mut::visit_expr_mut(self, &mut c.body);
        self.names = saved;
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Collects the names of temporaries (`__coro_tmpN`) in `tokens`.
fn find_temps(tokens: &TokenStream, out: &mut Vec<String>) {
    for tt in tokens.clone() {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                let s = i.to_string();
                if s.starts_with("__coro_tmp") {
                    out.push(s);
                }
            }
            proc_macro2::TokenTree::Group(g) => find_temps(&g.stream(), out),
            _ => {}
        }
    }
}

/// Bindings that `e` assigns as a whole on every path (`x = v`, and both
/// branches of an `if`/all arms of a `match` doing so).
fn definitely_assigned(e: &Expr, vars: &Vars) -> VarSet {
    match e {
        Expr::Assign(a) => bare_ident(&a.left)
            .and_then(|i| vars.resolve(&i.to_string()))
            .into_iter()
            .collect(),
        Expr::Paren(p) => definitely_assigned(&p.expr, vars),
        Expr::Block(b) if b.label.is_none() => b
            .block
            .stmts
            .iter()
            .filter_map(|s| match s {
                Stmt::Expr(e, _) => Some(definitely_assigned(e, vars)),
                _ => None,
            })
            .flatten()
            .collect(),
        Expr::If(i) => match &i.else_branch {
            Some((_, els)) => {
                let then = definitely_assigned(
                    &Expr::Block(syn::ExprBlock {
                        attrs: Vec::new(),
                        label: None,
                        block: i.then_branch.clone(),
                    }),
                    vars,
                );
                let els = definitely_assigned(els, vars);
                then.intersection(&els).copied().collect()
            }
            None => VarSet::new(),
        },
        Expr::Match(m) => {
            let mut sets = m.arms.iter().map(|a| definitely_assigned(&a.body, vars));
            let first = sets.next().unwrap_or_default();
            sets.fold(first, |acc, s| acc.intersection(&s).copied().collect())
        }
        _ => VarSet::new(),
    }
}

/// The kinds of flattened loop.
pub enum LoopKind<'a> {
    Loop,
    While(&'a Expr),
    For(&'a Pat, TokenStream),
}

/// The `&` expressions of a `let` initialiser whose temporaries Rust extends
/// to the end of the enclosing block: the initialiser itself, and recursively
/// the operands of `&`, struct/tuple/array literals, casts and the tail of a
/// plain block. (Missing one is safe: the temporary is dropped at the end of
/// the `let`, and a borrow of it that outlives that fails to compile.)
fn extending_borrows(e: &Expr, out: &mut BTreeSet<*const Expr>) {
    match e {
        Expr::Reference(r) => {
            out.insert(e as *const Expr);
            extending_borrows(&r.expr, out);
        }
        Expr::Struct(s) => s
            .fields
            .iter()
            .for_each(|f| extending_borrows(&f.expr, out)),
        Expr::Tuple(t) => t.elems.iter().for_each(|x| extending_borrows(x, out)),
        Expr::Array(a) => a.elems.iter().for_each(|x| extending_borrows(x, out)),
        Expr::Cast(c) => extending_borrows(&c.expr, out),
        Expr::Paren(p) => extending_borrows(&p.expr, out),
        Expr::Group(g) => extending_borrows(&g.expr, out),
        Expr::Block(b) if b.label.is_none() => {
            if let Some(Stmt::Expr(tail, None)) = b.block.stmts.last() {
                extending_borrows(tail, out);
            }
        }
        _ => {}
    }
}
