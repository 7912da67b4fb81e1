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

mod awaited;
mod bindings;
mod builder;
mod chains;
pub mod closure_check;
mod control;
mod entry;
mod exprs;
mod extended;
mod fields;
mod guards;
mod loops;
mod macro_args;
mod operands;
mod receiver_check;
mod rest;
mod stmts;
mod struct_update;
mod suspend;
mod temp_scope;
mod temp_syntax;
mod temps;
mod usage;

pub use entry::{Lowering, lower};

use crate::fragment::{self, FragmentEnv, Jump, Usage};
use crate::ir::*;
use crate::rules::Rule;
use crate::syntax::Ctx;
use crate::syntax::awaits::Suspensions;
use crate::syntax::expr::*;
use crate::syntax::loops::{Leap, LeapError, LoopScopes};
use crate::syntax::macros::{self, AsyncFor, MacroArgs, Operands, operands};
use crate::syntax::names;
use crate::syntax::tokens::*;
use crate::syntax::types::*;
use crate::vars::{VarId, VarKind, VarSet, Vars};
use fields::FieldUse;
use loops::{LoopFrame, LoopKind};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use std::collections::{BTreeMap, BTreeSet};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Block as SynBlock, Expr, Pat, Stmt};
use temp_syntax::{binds_temps, made_from_temporary};
use temps::{At, ExprId, extending_borrows};

/// The running facts about the current block since its entry.
#[derive(Default, Clone)]
struct Flow {
    moved: VarSet,
    /// Moved on every path (see `Edge::moved_surely`).
    moved_surely: VarSet,
    assigned: VarSet,
    /// Assigned as a whole somewhere in await-free code, on some path
    /// (see `Edge::maybe_assigned`).
    maybe_assigned: VarSet,
    uninit: VarSet,
    declared: VarSet,
}

pub struct Lowerer {
    out: Lowered,
    cur_block: BlockId,
    cur_seg: SegId,
    flow: Flow,
    /// Which expressions of the body suspend (computed once).
    suspensions: Suspensions,
    /// The flattened loops and labelled blocks (see `syntax::loops`).
    loops: LoopScopes<LoopFrame>,
    errors: Vec<syn::Error>,
    /// Declared return type, for `let __coro_ret: R` (None when it cannot be written in a `let`).
    ret_ty: Option<TokenStream>,
    names: names::Names,
    shadow_count: usize,
    /// Counter for the holders of what match arms leave of a scrutinee
    /// (`control::keep_rest`): its own, so that the names are the same in
    /// both lowering passes (the second one renames more shadowing
    /// bindings).
    rest_count: usize,
    /// Borrow facts for the home plan.
    facts: BorrowFacts,
    /// The bindings of the last pattern that has one with a home, bound
    /// under temporary names: the code that moves each into its home (or
    /// its binding) comes right after the pattern.
    pending_homes: Vec<(VarId, Ident)>,
    /// Counter for the bindings made of extended temporaries.
    extended_count: usize,
    /// Temporaries holding a value that is then used by reference (`&v`
    /// operands, `&x.await`): dropped at the end of their statement, as
    /// Rust drops a statement's temporaries (see `drop_statement_temps`).
    ref_temps: Vec<(VarId, ExprId)>,
    /// The statement temporaries that hold a value a field was moved out
    /// of (`fields.rs`): nothing borrows them.
    moved_field_holders: VarSet,
    /// The bindings moved into something held across a suspension (an
    /// awaited operand, a `for`'s iterator: `request_slots`), for the
    /// borrows of a branch's pattern, known after its body (`note_pattern_edge`).
    moved_across: VarSet,
    /// The block tails after which nothing of their statement is evaluated
    /// and no local drops (`temp_syntax::note_final_tails`): editions 2021
    /// and 2024 drop their temporaries at the same point.
    final_tails: std::collections::HashSet<temp_syntax::SpanKey>,
    /// Inside an operand evaluated before a later suspension of its
    /// statement (or an awaited expression): its await-free operands bind
    /// their statement temporaries (`temps::At`).
    hoisting: usize,
    /// The temporary scope being lowered (a statement, a condition).
    temp_scope: temp_scope::TempScope,
    /// The method call being awaited (`temps::lower_awaited`).
    awaited_call: Option<ExprId>,
    /// The receiver of the method call whose operands are being lowered,
    /// where the call borrows it: a temporary of the statement as soon as
    /// it is evaluated (`exprs::lower_method_call`).
    borrowed_receiver: Option<ExprId>,
    /// The declared type of the values yielded (when it can annotate a `let`).
    yield_ty: Option<TokenStream>,
    /// Names of the items hoisted so far.
    item_names: std::collections::BTreeSet<String>,
    /// The function returns `()` (so a body without a tail returns).
    returns_unit: bool,
    /// A generator's resume argument type (when it can be written).
    arg_ty: Option<TokenStream>,
    /// The span of the function's body (see `FragmentEnv::body_span`).
    body_span: proc_macro2::Span,
    /// The receiver checks emitted so far (`receiver_check`), kept only
    /// where the by-name guess decides something.
    receiver_checks: Vec<receiver_check::Emitted>,
    /// The closure checks' places and the calls that may keep them
    /// (`closure_check`).
    closure_checks: closure_check::ClosureChecks,
}

impl Lowerer {
    fn new(ret_ty: Option<TokenStream>) -> Self {
        Lowerer {
            out: Lowered {
                vars: Vars::default(),
                blocks: Vec::new(),
                edges: Vec::new(),
                segs: Vec::new(),
                items: Vec::new(),
                jumps: Vec::new(),
                uninit_decls: Vec::new(),
            },
            cur_block: 0,
            cur_seg: 0,
            flow: Flow::default(),
            loops: LoopScopes::default(),
            suspensions: Suspensions::of_block(&syn::parse_quote!({})),
            errors: Vec::new(),
            ret_ty,
            names: names::Names::reserving(&["Returned", "Poisoned"]),
            shadow_count: 0,
            rest_count: 0,
            facts: BorrowFacts::default(),
            pending_homes: Vec::new(),
            extended_count: 0,
            ref_temps: Vec::new(),
            final_tails: Default::default(),
            hoisting: 0,
            temp_scope: Default::default(),
            moved_field_holders: VarSet::new(),
            moved_across: VarSet::new(),
            awaited_call: None,
            borrowed_receiver: None,

            yield_ty: None,
            item_names: Default::default(),
            returns_unit: true,
            arg_ty: None,
            body_span: proc_macro2::Span::call_site(),
            receiver_checks: Vec::new(),
            closure_checks: closure_check::ClosureChecks::default(),
        }
    }

    /// Whether `e` suspends (an `.await` or a suspension macro of this
    /// coroutine in it).
    pub(super) fn suspends(&self, e: &Expr) -> bool {
        self.suspensions.contains(e)
    }

    /// Whether a block's statements suspend.
    pub(super) fn block_suspends(&self, b: &SynBlock) -> bool {
        self.suspensions.block(b)
    }

    pub(super) fn return_tokens(&self, value: TokenStream) -> TokenStream {
        crate::codegen::return_code(self.ret_ty.as_ref(), value)
    }
}
