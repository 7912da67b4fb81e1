//! Await-free user code that the transform keeps verbatim ("fragments"):
//! one pass that both *reads* it (which bindings of the coroutine it
//! mentions, and how) and *rewrites* the few things whose meaning changes
//! inside the generated step closure:
//!
//! - `return v` and `v?` must finish the coroutine, not the closure;
//! - `break`/`continue` aimed at a loop the transform flattened become jumps;
//! - `self` is renamed (a closure cannot bind `self`), and so is a binding
//!   that shadows another one still alive (see `Lowerer::declare_pattern`).
//!
//! Closures, `async` blocks and nested items are not rewritten (their own
//! `return` and `?` are theirs), but mentions inside closures still count.

use crate::private_api::*;
mod forms;
mod macro_input;
mod mentions;

use crate::ir::{JumpId, Marker};
pub use crate::syntax::Ctx;
use crate::syntax::loops::{Leap, LoopScopes};
use crate::syntax::macros::{self, Operands, operands};
use crate::vars::{VarId, VarSet, Vars};
use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Pat};

/// What a piece of code does with the coroutine's bindings.
#[derive(Default, Clone, Debug)]
pub struct Usage {
    /// Read (any mention other than being assigned to).
    pub read: VarSet,
    /// Possibly moved out of (wholly or partly).
    pub moved: VarSet,
    /// Moved on every path through the code: not inside a branch, a loop,
    /// a labelled block, a `let .. else`'s `else` or the right side of
    /// `&&`/`||`.
    pub moved_surely: VarSet,
    /// Assigned with `=` as a whole binding.
    pub assigned: VarSet,
    /// Possibly moved after an assignment to it, in evaluation order (`{ x
    /// = v; take(x) }`; not `x = take(x)`).
    pub moved_after_assigned: VarSet,
    /// Where each binding is first mentioned (for diagnostics).
    pub first_mention: std::collections::BTreeMap<VarId, Span>,
    /// Where each binding is last used in a way that might have moved it but
    /// is assumed not to (`t.finish()`): a carry of the binding after it
    /// points there, so that a wrong guess's E0382 names the call.
    pub kept_at: std::collections::BTreeMap<VarId, Span>,
    /// Contains a closure or `async` block: code that must not be emitted
    /// twice (each copy would be a type of its own).
    pub has_closure: bool,
    /// The expression is a closure whose call moves it: a non-`move` one
    /// (it owns something with drop glue only if it uses a capture by
    /// value, which makes it `FnOnce`), or a `move` one whose body uses a
    /// capture by value (then `FnOnce` unless that capture is `Copy`).
    pub closure_called_moves: bool,
    /// For a `move` closure judged `FnOnce`: the bindings of the coroutine
    /// its body uses by value (`take(n)`, `let x = t;`, `let (a, b) = p;`,
    /// the receiver of a method on the by-value list) and does not assign
    /// again. Its call moves it only if one of them is moved, not copied
    /// (see `lower::closure_check`).
    pub closure_value_captures: Vec<VarId>,
    /// For such a closure: the bindings of the coroutine its body matches,
    /// as a whole, against patterns that bind (`let (a, _) = p;`, `match p
    /// { .. }`), with those patterns; such a use moves the binding only if
    /// a pattern binds a part that is not `Copy` (see
    /// `lower::closure_check`). Not in `closure_value_captures`.
    pub closure_pattern_captures: Vec<(VarId, Vec<Pat>)>,
    /// For a `move` closure: every binding of the coroutine it names, which
    /// it owns.
    pub closure_captures: Vec<VarId>,
    /// Calls `c(..)` of a binding judged `FnOnce` by syntax that are taken
    /// to move it (see `lower::closure_check`).
    pub closure_calls: Vec<ClosureCall>,
    /// The expression is a closure literal that is not `move` (see
    /// `Var::called_reads`).
    pub closure_not_move: bool,
    /// Constructs refused in the code, with their messages.
    pub errors: Vec<syn::Error>,
    /// Method calls that move a binding of the coroutine by the method's
    /// name alone (see [`ReceiverCheck`]).
    pub receiver_checks: Vec<ReceiverCheck>,
}

/// `x.map(f)`: a method call the receiver rule takes to move binding `x`
/// of the coroutine by the method's name (`syntax::moves::by_name_check`);
/// the lowering emits a type check that the method takes `self` for `x`'s
/// type (`lower::receiver_check`).
#[derive(Clone, Debug)]
pub struct ReceiverCheck {
    pub var: VarId,
    pub method: Ident,
    /// The call's `::<..>`, and its arguments as the check stands in for
    /// them (`syntax::moves::Arg`).
    pub turbofish: TokenStream,
    pub args: Vec<crate::syntax::moves::Arg>,
    /// How the guess is checked.
    pub by_name: crate::syntax::moves::ByName,
    /// The user's receiver and argument list: the error spans them.
    pub receiver_span: Span,
    pub args_span: Span,
}

/// `c(..)`: a call of binding `var`, a `move` closure judged `FnOnce` by
/// syntax, which the receiver rule takes to move it.
#[derive(Clone, Debug)]
pub struct ClosureCall {
    pub var: VarId,
    /// The callee and the argument list: the error spans them.
    pub callee_span: Span,
    pub args_span: Span,
}

/// A `break`/`continue` in a fragment that leaves a flattened loop or block.
pub struct Jump {
    /// Index into the lowerer's stack of flattened loops.
    pub target: usize,
    /// `Some` for `break` (with its value, if any), `None` for `continue`.
    pub brk: Option<Option<TokenStream>>,
    /// Its id (the marker in the code stands for it until emission).
    pub id: JumpId,
}

/// What the rewrite needs to know about its surroundings.
pub struct FragmentEnv<'a> {
    pub vars: &'a Vars,
    /// The flattened loops and labelled blocks around the fragment (each
    /// frame's data: `true`, flattened).
    pub loops: LoopScopes<bool>,
    /// The declared return type, when it can annotate a `let`.
    pub ret_ty: Option<&'a TokenStream>,
    /// Numbers a new jump.
    pub new_jump: &'a mut dyn FnMut() -> JumpId,
    /// The span of the function's body, which encloses every closure in it
    /// (see `Rewriter::close_captures`).
    pub body_span: Span,
}

struct Rewriter<'a, 'e> {
    env: &'e mut FragmentEnv<'a>,
    usage: Usage,
    jumps: Vec<Jump>,
    ctx: Ctx,
    /// Names bound inside the fragment itself (they shadow the coroutine's).
    locals: Vec<Vec<(String, Option<Ident>)>>,
    /// Counter for renamed fragment-local bindings.
    renamed_locals: usize,
    /// The flattened loops around the fragment (data `true`), then its own
    /// (`false`); a closure starts with none.
    loops: LoopScopes<bool>,
    /// Depth of closures / async blocks: no return/?/break rewriting inside.
    in_closure: usize,
    /// Depth of `move` closures / `async move` blocks: what they name is moved.
    in_move_closure: usize,
    /// A `move` closure's body used a capture by value.
    capture_moved: bool,
    /// Which captures it used by value (see
    /// `Usage::closure_value_captures`).
    capture_values: Vec<VarId>,
    /// Which it matched against patterns (see
    /// `Usage::closure_pattern_captures`).
    capture_patterns: Vec<(VarId, Vec<Pat>)>,
    /// The patterns the scrutinee being visited is matched against, while
    /// it is a bare name in a `move` closure (see `visit_scrutinee`).
    scrutinee_pats: Option<Vec<Pat>>,
    /// Every binding of the coroutine it names (what it owns).
    capture_all: Vec<VarId>,
    /// The captures it assigns as a whole (`t = ..`).
    capture_assigned: Vec<VarId>,
    /// Depth of code that runs on some paths only (see `Usage::moved_surely`).
    conditional: usize,
    /// `conditional` where the outermost open closure is: what a closure
    /// captures by value moves when the closure is made.
    closure_conditional: usize,
    /// The open closures and `async` blocks that capture slotted bindings
    /// through locals bound just before them (see `mentions::Frame`).
    captures: Vec<mentions::Frame>,
    /// The mention being visited is the base of a field access (`x` of `x.f`).
    field_base: bool,
    /// The next closure is the value of a `let mut` of code kept verbatim
    /// (see `mentions::Frame::handles`).
    mut_let_closure: bool,
    /// The mention being visited is `x` of `let _ = x;` in a `move`
    /// closure, which does not capture `x` (a wildcard binds nothing).
    uncaptured: bool,
}

/// Processes an expression in place; returns what it uses and the jumps it contains.
pub fn process_expr(env: &mut FragmentEnv<'_>, expr: &mut Expr, ctx: Ctx) -> (Usage, Vec<Jump>) {
    // Read before the rewrite (a `move` closure's may wrap it in a block).
    let closure = match crate::syntax::expr::strip_parens(expr) {
        Expr::Closure(c) => Some(c.capture.is_some()),
        _ => None,
    };
    let mut rw = Rewriter::new(env);
    rw.with_ctx(ctx, |rw| rw.visit_expr_mut(expr));
    if let Some(moves) = closure {
        rw.usage.closure_called_moves = !moves || rw.capture_moved;
        rw.usage.closure_not_move = !moves;
        if moves {
            // A capture moved and assigned again (`let x = t; t = ..;`)
            // need not leave the closure `FnOnce`: it proves nothing.
            let assigned = std::mem::take(&mut rw.capture_assigned);
            rw.usage.closure_value_captures = std::mem::take(&mut rw.capture_values)
                .into_iter()
                .filter(|v| !assigned.contains(v))
                .collect();
            rw.usage.closure_pattern_captures = std::mem::take(&mut rw.capture_patterns)
                .into_iter()
                .filter(|(v, _)| !assigned.contains(v))
                .collect();
            rw.usage.closure_captures = std::mem::take(&mut rw.capture_all);
        }
    }
    (rw.usage, rw.jumps)
}

/// Processes a statement in place.
pub fn process_stmt(env: &mut FragmentEnv<'_>, stmt: &mut syn::Stmt) -> (Usage, Vec<Jump>) {
    let mut rw = Rewriter::new(env);
    rw.locals.push(Vec::new());
    rw.visit_stmt_mut(stmt);
    (rw.usage, rw.jumps)
}

/// Records the inline arguments of a format string (see `Rewriter::format_literal`).
pub fn process_format_literal(
    env: &mut FragmentEnv<'_>,
    lit: &Literal,
) -> (Vec<(Ident, TokenStream)>, Usage) {
    let mut rw = Rewriter::new(env);
    let renamed = rw.format_literal(lit);
    (renamed, rw.usage)
}

impl<'a, 'e> Rewriter<'a, 'e> {
    fn new(env: &'e mut FragmentEnv<'a>) -> Self {
        let loops = std::mem::take(&mut env.loops);
        Rewriter {
            env,
            usage: Usage::default(),
            jumps: Vec::new(),
            ctx: Ctx::Value,
            locals: Vec::new(),
            renamed_locals: 0,
            loops,
            in_closure: 0,
            in_move_closure: 0,
            capture_moved: false,
            capture_values: Vec::new(),
            capture_patterns: Vec::new(),
            scrutinee_pats: None,
            capture_all: Vec::new(),
            capture_assigned: Vec::new(),
            conditional: 0,
            closure_conditional: 0,
            captures: Vec::new(),
            field_base: false,
            mut_let_closure: false,
            uncaptured: false,
        }
    }

    /// A move of `id` here: sure unless inside conditional code.
    fn note_moved(&mut self, id: VarId) {
        self.usage.moved.insert(id);
        if self.usage.assigned.contains(&id) {
            self.usage.moved_after_assigned.insert(id);
        }
        let depth = if self.in_closure > 0 {
            self.closure_conditional
        } else {
            self.conditional
        };
        if depth == 0 {
            self.usage.moved_surely.insert(id);
        }
    }

    fn enter_closure(&mut self) {
        if self.in_closure == 0 {
            self.closure_conditional = self.conditional;
        }
        self.in_closure += 1;
    }

    /// Runs `f` over code that runs on some paths only.
    fn conditionally(&mut self, f: impl FnOnce(&mut Self)) {
        self.conditional += 1;
        f(self);
        self.conditional -= 1;
    }

    fn with_ctx(&mut self, ctx: Ctx, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.ctx, ctx);
        f(self);
        self.ctx = saved;
    }

    /// The innermost fragment-local binding named `name`: `Some(renamed)`.
    fn local(&self, name: &str) -> Option<Option<Ident>> {
        self.local_at(name).map(|(_, renamed)| renamed)
    }

    /// The innermost fragment-local binding named `name`, with the index of
    /// its scope in `locals`.
    fn local_at(&self, name: &str) -> Option<(usize, Option<Ident>)> {
        self.locals.iter().enumerate().rev().find_map(|(depth, s)| {
            s.iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, renamed)| (depth, renamed.clone()))
        })
    }

    fn resolve(&self, name: &str) -> Option<VarId> {
        if self.local(name).is_some() {
            return None;
        }
        self.env.vars.resolve(name)
    }

    /// Whether `e` is a bare mention of a homed binding, outside any closure
    /// (`shadow::moves_homed` makes the same judgement): a use that syntax
    /// proves moves it reads it out of its home (`Ctx::Value`), and the
    /// shadow moves it there too, so a method that in fact borrows makes a
    /// later use E0382, never a use of the dropped value.
    fn homed_outside_closure(&self, e: &Expr) -> bool {
        self.in_closure == 0
            && crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(e))
                .and_then(|i| self.resolve(&i.to_string()))
                .is_some_and(|id| self.env.vars.all[id].moves_out_of_home())
    }

    /// Visits scrutinee `e`, matched in `ctx` against `pats`; a bare name
    /// in a `move` closure matched by patterns that bind (`Ctx::Project`)
    /// is noted with them (`Usage::closure_pattern_captures`).
    fn visit_scrutinee(&mut self, e: &mut Expr, ctx: Ctx, pats: impl FnOnce() -> Vec<Pat>) {
        let bare = crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(e)).is_some();
        if ctx == Ctx::Project && self.in_move_closure > 0 && bare {
            self.scrutinee_pats = Some(pats());
        }
        self.with_ctx(ctx, |rw| rw.visit_expr_mut(e));
        self.scrutinee_pats = None;
    }

    /// A mention of `id` inside a `move` closure that uses the capture by
    /// value (`Ctx::Value`: as a whole; `Ctx::Project`: in a pattern, which
    /// may only copy parts).
    fn note_capture_use(&mut self, id: VarId, ctx: Ctx) {
        if self.in_move_closure > 0 && !self.capture_all.contains(&id) {
            self.capture_all.push(id);
        }
        let pats = self.scrutinee_pats.take();
        if self.in_move_closure > 0
            && ctx == Ctx::Project
            && let Some(pats) = pats
        {
            // Matched by patterns: it moves only what they bind.
            self.capture_moved = true;
            self.capture_patterns.push((id, pats));
        } else if self.in_move_closure > 0 && matches!(ctx, Ctx::Value | Ctx::Project) {
            self.capture_moved = true;
            if !self.capture_values.contains(&id) {
                self.capture_values.push(id);
            }
        }
        if self.in_move_closure > 0 && ctx == Ctx::Assign {
            self.capture_assigned.push(id);
        }
    }

    /// Records a mention of `id` used as `ctx`; whether it is a use that
    /// might move but is assumed not to (the receiver rule).
    fn record(&mut self, id: VarId, ctx: Ctx) -> bool {
        if std::mem::take(&mut self.uncaptured) {
            self.usage.read.insert(id);
            return false;
        }
        self.note_capture_use(id, ctx);
        self.record_use(id, ctx)
    }

    /// [`Rewriter::record`], the capture use already noted.
    fn record_use(&mut self, id: VarId, ctx: Ctx) -> bool {
        if self.env.vars.all[id].slot.is_some() {
            // Every mention goes through the binding's `Local` guard, which
            // itself is never moved or reassigned.
            self.usage.read.insert(id);
            return false;
        }
        // A `move` closure captures what it names by value; a call of a
        // closure that is `FnOnce` moves it.
        let ctx = if self.in_move_closure > 0
            || (ctx == Ctx::Callee && self.env.vars.all[id].called_moves)
        {
            Ctx::Value
        } else {
            ctx
        };
        match ctx {
            Ctx::Assign => {
                self.usage.assigned.insert(id);
                false
            }
            Ctx::Place => {
                self.usage.read.insert(id);
                false
            }
            // The receiver rule (`syntax::moves`): a use that only might
            // move is assumed not to; a wrong guess is E0382 where the
            // binding is carried on.
            Ctx::Receiver | Ctx::Callee | Ctx::Field => {
                self.usage.read.insert(id);
                true
            }
            Ctx::Value | Ctx::Project => {
                self.usage.read.insert(id);
                self.note_moved(id);
                false
            }
        }
    }
}

impl VisitMut for Rewriter<'_, '_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let ctx = std::mem::replace(&mut self.ctx, Ctx::Value);
        match e {
            Expr::Path(_)
            | Expr::Reference(_)
            | Expr::RawAddr(_)
            | Expr::Field(_)
            | Expr::Index(_)
            | Expr::Paren(_)
            | Expr::Group(_)
            | Expr::Unary(_) => self.visit_place(e, ctx),
            Expr::Call(_)
            | Expr::MethodCall(_)
            | Expr::Assign(_)
            | Expr::Binary(_)
            | Expr::Struct(_) => self.visit_operation(e),
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => self.visit_closure(e),
            Expr::Match(_)
            | Expr::If(_)
            | Expr::Let(_)
            | Expr::While(_)
            | Expr::Loop(_)
            | Expr::ForLoop(_)
            | Expr::Block(_) => self.visit_control(e),
            Expr::Return(_) | Expr::Try(_) | Expr::Break(_) | Expr::Continue(_) => {
                self.visit_exit(e)
            }
            Expr::Macro(m) => self.visit_macro_tokens(&mut m.mac),
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        self.locals.push(Vec::new());
        for stmt in block.stmts.iter_mut() {
            self.visit_stmt_mut(stmt);
        }
        self.locals.pop();
    }

    fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
        match stmt {
            syn::Stmt::Local(local) => {
                let moves_whole = crate::syntax::pattern::local_moves_whole(local);
                if let Some(init) = &mut local.init {
                    self.mut_let_closure = is_mut_binding(&local.pat)
                        && matches!(
                            crate::syntax::expr::strip_parens(&init.expr),
                            Expr::Closure(_)
                        );
                    let ctx = if crate::syntax::pattern::is_single_binding(&local.pat)
                        || (moves_whole && self.homed_outside_closure(&init.expr))
                    {
                        Ctx::Value
                    } else if crate::syntax::pattern::has_bindings(&local.pat) {
                        Ctx::Project
                    } else {
                        Ctx::Place
                    };
                    // `let _ = x;` in a `move` closure captures nothing
                    // (edition 2021): `x` stays where it is.
                    let bare = crate::syntax::expr::bare_ident(&init.expr).is_some();
                    self.uncaptured =
                        self.in_move_closure > 0 && bare && matches!(local.pat, Pat::Wild(_));
                    self.visit_scrutinee(&mut init.expr, ctx, || vec![local.pat.clone()]);
                    self.uncaptured = false;
                    if let Some((_, diverge)) = &mut init.diverge {
                        self.conditionally(|rw| rw.visit_expr_mut(diverge));
                    }
                }
                if self.locals.is_empty() {
                    self.locals.push(Vec::new());
                }
                self.bind_pattern(&mut local.pat);
            }
            syn::Stmt::Item(_) => {}
            syn::Stmt::Expr(e, _) => self.visit_expr_mut(e),
            syn::Stmt::Macro(m) => self.visit_macro_tokens(&mut m.mac),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    fn visit_pat_mut(&mut self, _: &mut Pat) {}
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        self.visit_macro_tokens(mac);
    }
}

/// `mut x` (or `mut x: T`).
fn is_mut_binding(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(i) => i.mutability.is_some(),
        Pat::Type(t) => is_mut_binding(&t.pat),
        _ => false,
    }
}
