//! The lowering's output, read by liveness and emission: blocks (one per
//! variant of the state enum), the jumps between them, and the code segments
//! they run. Plain data; no behaviour beyond lookups.

use crate::vars::{VarId, VarSet, Vars};
use proc_macro2::{Ident, Span, TokenStream};
use std::collections::BTreeMap;

pub type BlockId = usize;
pub type SegId = usize;
pub type EdgeId = usize;
/// A jump written in code (by lowering or by the fragment rewrite).
pub type JumpId = usize;
/// A declaration without a value (`let x;`).
pub type UninitId = usize;

/// A place in generated code that stands for something emission resolves:
/// a jump, an inlined segment, a declaration without a value. It travels
/// inside token streams as one identifier; [`Marker::tokens`] writes it and
/// [`Marker::of`] reads it back, the only two places that know its spelling.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    Jump(JumpId),
    Segment(SegId),
    Uninit(UninitId),
}

impl Marker {
    const JUMP: &str = "__coro_jump";
    const SEGMENT: &str = "__coro_seg";
    const UNINIT: &str = "__coro_uninit";

    pub fn tokens(self) -> TokenStream {
        let (prefix, n) = match self {
            Marker::Jump(n) => (Self::JUMP, n),
            Marker::Segment(n) => (Self::SEGMENT, n),
            Marker::Uninit(n) => (Self::UNINIT, n),
        };
        let ident = Ident::new(&format!("{prefix}{n}"), Span::call_site());
        quote::quote!(#ident)
    }

    pub fn of(ident: &Ident) -> Option<Marker> {
        let text = ident.to_string();
        let number = |prefix: &str| text.strip_prefix(prefix)?.parse().ok();
        number(Self::JUMP)
            .map(Marker::Jump)
            .or_else(|| number(Self::SEGMENT).map(Marker::Segment))
            .or_else(|| number(Self::UNINIT).map(Marker::Uninit))
    }
}

/// `let x;`: emitted only in a block that goes on to use one of `vars`.
pub struct UninitDecl {
    pub block: BlockId,
    pub vars: Vec<VarId>,
    pub tokens: TokenStream,
}

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
    /// Bindings read anywhere in this block's code (`fragment::Usage::read`;
    /// the jumps' moves into the next variant are not counted).
    pub reads: VarSet,
    /// Bindings declared in this block and mentioned after their declaration.
    pub local_mentions: VarSet,
    /// Where a held binding is first mentioned in this block: a jump that
    /// moves it into this block's variant uses that span, so an error about
    /// the move ("use of moved value") points at the user's use.
    pub mention_spans: BTreeMap<VarId, Span>,
    /// Where this block's code last used a binding in a way assumed not to
    /// move it (`fragment::Usage::kept_at`).
    pub kept_spans: BTreeMap<VarId, Span>,
    /// Its code has a closure or `async` block (so it is never emitted twice).
    pub has_closure: bool,
    /// When the lowering first went on in it (the `n`th block started):
    /// the source order of its code, for the arm order (`emit/arms.rs`). A
    /// join (a loop's exit, the code after an `if`) is made before the
    /// blocks of its body or branches but started after them.
    pub started: Option<usize>,
    /// Statement temporaries made in this block's code after it began in
    /// the middle of their statement: declared without a value among the
    /// bindings it re-declares, where their statement began
    /// (`lower::temp_scope`).
    pub declared_first: Vec<VarId>,
}

/// A jump from one block to another, with what was known at its source.
pub struct Edge {
    pub from: BlockId,
    pub to: BlockId,
    /// Values for the target's awaitable / extras.
    pub values: Vec<TokenStream>,
    /// Possibly moved since `from` was entered.
    pub moved: VarSet,
    /// Moved on every path since `from` was entered (not only inside a
    /// branch): a binding possibly but not surely moved needs a drop flag.
    pub moved_surely: VarSet,
    /// Assigned since `from` was entered (initialised again).
    pub assigned: VarSet,
    /// Declared without a value since `from` was entered.
    pub uninit: VarSet,
    /// Assigned as a whole somewhere in the await-free code that jumps (a
    /// `break` out of a fragment, `if c { x = v; break 'l; }`), not
    /// necessarily on the jump's path. Such a binding uninitialised before
    /// and read after the jump is assigned on its path (rustc requires it),
    /// so the liveness counts it initialised there (`analyse::liveness`).
    pub assigned_in_fragment: VarSet,
    /// Assigned as a whole somewhere in await-free code since `from` was
    /// entered (also `assigned_in_fragment`): possibly initialised, which a
    /// binding not read again needs a drop flag for (`analyse::liveness`).
    pub maybe_assigned: VarSet,
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

/// Everything lowering produced.
pub struct Lowered {
    pub vars: Vars,
    pub blocks: Vec<Block>,
    pub edges: Vec<Edge>,
    pub segs: Vec<Segment>,
    /// Items declared in flattened blocks, hoisted to the function body.
    pub items: Vec<TokenStream>,
    /// Each jump's edge (`None`: a jump with no target, already an error).
    pub jumps: Vec<Option<EdgeId>>,
    /// The declarations without a value.
    pub uninit_decls: Vec<UninitDecl>,
}

/// What lowering found out about borrows, for the home plan (see
/// `analyse::homes`).
#[derive(Default)]
pub struct BorrowFacts {
    /// Bindings borrowed by an awaited expression, by the source of a `for`
    /// loop or the scrutinee of a `match`/`if let`/`while let` that suspends:
    /// they need a fixed home.
    pub requests: VarSet,
    /// For each `let` (or assignment): the bindings it declares and those
    /// its value may borrow. If a declared one is held across a block
    /// boundary, the borrowed ones need a fixed home.
    pub borrow_edges: Vec<(Vec<VarId>, VarSet)>,
    /// For each `let`: the bindings it declares and those whose value it may
    /// take on by value (`let b = Wrapper(r);`): if a declared one is held,
    /// so are, in effect, these (what they borrow needs a home).
    pub value_edges: Vec<(Vec<VarId>, VarSet)>,
}

/// How the machine's first state is built from the function's arguments.
pub struct StartArgs {
    /// Binding id -> the expression (in the outer function) that gives it.
    pub values: BTreeMap<VarId, TokenStream>,
}

#[cfg(test)]
mod tests {
    use super::Marker;

    #[test]
    fn a_marker_reads_back_as_itself_and_nothing_else_is_one() {
        for marker in [Marker::Jump(0), Marker::Segment(12), Marker::Uninit(3)] {
            let tokens = marker.tokens();
            let ident: proc_macro2::Ident = syn::parse2(tokens).expect("one identifier");
            assert_eq!(Marker::of(&ident), Some(marker));
        }
        for text in [
            "__coro_jump",
            "__coro_jumpx",
            "__coro_tmp1",
            "jump1",
            "__coro_seg_1",
        ] {
            let ident = proc_macro2::Ident::new(text, proc_macro2::Span::call_site());
            assert_eq!(Marker::of(&ident), None, "{text}");
        }
    }
}
