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
pub use crate::syntax::Ctx;
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
    /// Assigned with `=` as a whole binding.
    pub assigned: VarSet,
    /// Where each binding is first mentioned (for diagnostics).
    pub first_mention: std::collections::BTreeMap<VarId, Span>,
    /// Contains a closure or `async` block: code that must not be emitted
    /// twice (each copy would be a type of its own).
    pub has_closure: bool,
    /// Constructs refused in the code, with their messages.
    pub errors: Vec<syn::Error>,
}

/// A `break`/`continue` in a fragment that leaves a flattened loop or block.
pub struct Jump {
    /// Index into the lowerer's stack of flattened loops.
    pub target: usize,
    /// `Some` for `break` (with its value, if any), `None` for `continue`.
    pub brk: Option<Option<TokenStream>>,
    /// The marker token that stands for the jump until emission.
    pub marker: Ident,
}

/// A flattened loop or labelled block, as fragments see it.
pub struct LoopTarget {
    pub label: Option<String>,
    /// Labelled blocks only take labelled `break`s.
    pub is_block: bool,
}

/// What the rewrite needs to know about its surroundings.
pub struct FragmentEnv<'a> {
    pub vars: &'a Vars,
    pub loops: &'a [LoopTarget],
    /// The declared return type, when it can annotate a `let`.
    pub ret_ty: Option<&'a TokenStream>,
    pub new_marker: &'a mut dyn FnMut() -> Ident,
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
    /// Loops of the fragment itself (labels), innermost last; reset in closures.
    own_loops: Vec<Option<String>>,
    /// Depth of closures / async blocks: no return/?/break rewriting inside.
    in_closure: usize,
    /// For each open `move` closure: the slotted bindings it captures, each
    /// moved out of its home into a local of this name before the closure.
    move_captures: Vec<Vec<(VarId, Ident)>>,
    /// The mention being visited is the base of a field access (`x` of `x.f`).
    field_base: bool,
}

/// Processes an expression in place; returns what it uses and the jumps it contains.
pub fn process_expr(env: &mut FragmentEnv<'_>, expr: &mut Expr, ctx: Ctx) -> (Usage, Vec<Jump>) {
    let mut rw = Rewriter::new(env);
    rw.with_ctx(ctx, |rw| rw.visit_expr_mut(expr));
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
        Rewriter {
            env,
            usage: Usage::default(),
            jumps: Vec::new(),
            ctx: Ctx::Value,
            locals: Vec::new(),
            renamed_locals: 0,
            own_loops: Vec::new(),
            in_closure: 0,
            move_captures: Vec::new(),
            field_base: false,
        }
    }

    fn with_ctx(&mut self, ctx: Ctx, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.ctx, ctx);
        f(self);
        self.ctx = saved;
    }

    /// The innermost fragment-local binding named `name`: `Some(renamed)`.
    fn local(&self, name: &str) -> Option<Option<Ident>> {
        self.locals
            .iter()
            .rev()
            .flat_map(|s| s.iter().rev())
            .find(|(n, _)| n == name)
            .map(|(_, renamed)| renamed.clone())
    }

    fn resolve(&self, name: &str) -> Option<VarId> {
        if self.local(name).is_some() {
            return None;
        }
        self.env.vars.resolve(name)
    }

    fn record(&mut self, id: VarId, ctx: Ctx) {
        if self.env.vars.all[id].slot.is_some() {
            // Every mention goes through the binding's `Local` guard, which
            // itself is never moved or reassigned.
            self.usage.read.insert(id);
            return;
        }
        let ctx = if self.in_closure > 0 { Ctx::Value } else { ctx };
        match ctx {
            Ctx::Assign => {
                self.usage.assigned.insert(id);
            }
            Ctx::Place => {
                self.usage.read.insert(id);
            }
            Ctx::Value | Ctx::Receiver | Ctx::Project | Ctx::Callee => {
                self.usage.read.insert(id);
                self.usage.moved.insert(id);
            }
        }
    }

    /// A mention of a slotted binding (see `Var::slot`), as the expression
    /// that replaces it: a read of the value when the mention consumes it
    /// whole, else the place it lives in.
    fn slotted(&mut self, ident: &Ident, ctx: Ctx) -> Option<TokenStream> {
        let name = ident.to_string();
        if self.local(&name).is_some() {
            return None;
        }
        let id = self.resolve(&name)?;
        let var = &self.env.vars.all[id];
        var.slot?;
        if self.field_base && !self.move_captures.is_empty() {
            // Edition 2021 closures capture `x.f` alone: reading all of `x`
            // out would drop the rest while `x` still owns it.
            self.usage.errors.push(syn::Error::new(
                ident.span(),
                format!(
                    "a `move` closure that uses a field of `{name}`, which is borrowed across an await, is not supported yet\n= help: bind what the closure needs first (`let value = {name}.field;`) and use that in the closure"
                ),
            ));
        }
        if let Some(frame) = self.move_captures.last_mut() {
            // A `move` closure takes the value itself (moved, or copied),
            // as it would take the local.
            let captured = match frame.iter().find(|(v, _)| *v == id) {
                Some((_, c)) => c.clone(),
                None => {
                    let c = Ident::new(&format!("__coro_moved_{name}"), Span::mixed_site());
                    frame.push((id, c.clone()));
                    c
                }
            };
            self.record(id, Ctx::Value);
            return Some(quote::quote_spanned!(ident.span()=> #captured));
        }
        let guard = Ident::new(
            &var.ident.to_string(),
            var.ident.span().located_at(ident.span()),
        );
        self.record(id, ctx);
        self.usage.first_mention.entry(id).or_insert(ident.span());
        let span = ident.span();
        Some(match ctx {
            // Bound first: a generic call would take its type from the
            // expected type and refuse the coercion (`&mut [u8; N]` to `&[u8]`).
            Ctx::Value => {
                let read = Ident::new("__coro_read", Span::mixed_site());
                {
                    let read_local = READ_LOCAL.at(span);
                    quote::quote_spanned!(span=> { let #read = #read_local(&#guard); #read })
                }
            }
            _ => {
                let place = PLACE.at(span);
                quote::quote_spanned!(span=> (#place(&#guard).value))
            }
        })
    }

    /// Resolves a mention of `ident`; returns the identifier to emit.
    fn mention(&mut self, ident: &Ident, ctx: Ctx) -> Option<Ident> {
        let name = ident.to_string();
        if let Some(renamed) = self.local(&name) {
            return renamed;
        }
        let id = self.resolve(&name)?;
        self.record(id, ctx);
        self.usage.first_mention.entry(id).or_insert(ident.span());
        let var = &self.env.vars.all[id];
        if var.ident == name {
            None
        } else {
            // Renamed bindings are hygienic (mixed-site): keep their span.
            Some(var.ident.clone())
        }
    }

    /// Closes a `move` closure's capture frame: the slotted bindings it
    /// named are read out of their homes just before it is made.
    fn wrap_move_captures(&mut self, e: &mut Expr) {
        let frame = self.move_captures.pop().unwrap_or_default();
        if frame.is_empty() {
            return;
        }
        let reads = frame.iter().map(|(id, captured)| {
            let guard = &self.env.vars.all[*id].ident;
            quote::quote!(let #captured = #READ_LOCAL(&#guard);)
        });
        let closure = e.to_token_stream();
        *e = Expr::Verbatim(quote::quote!({ #(#reads)* #closure }));
    }

    /// Declares a pattern's bindings as fragment-local. One that shadows a
    /// binding of the coroutine is renamed (hygienically): a jump out of the
    /// fragment must still be able to name the coroutine's binding.
    fn bind_pattern(&mut self, pat: &mut Pat) {
        let mut names = Vec::new();
        crate::syntax::pattern::bindings(pat, &mut |ident, _| names.push(ident.to_string()));
        let mut bound = Vec::new();
        for name in names {
            if bound
                .iter()
                .any(|(n, _): &(String, Option<Ident>)| *n == name)
            {
                continue;
            }
            let renamed = self.env.vars.resolve(&name).is_some().then(|| {
                self.renamed_locals += 1;
                Ident::new(
                    &format!("{name}_local{}", self.renamed_locals),
                    Span::mixed_site(),
                )
            });
            bound.push((name, renamed));
        }
        crate::syntax::pattern::rename(pat, &mut |ident| {
            bound
                .iter()
                .find(|(n, _)| ident == n)
                .and_then(|(_, r)| r.clone())
        });
        self.locals.last_mut().expect("local scope").extend(bound);
    }

    fn jump(
        &mut self,
        label: Option<&syn::Lifetime>,
        brk: Option<Option<TokenStream>>,
    ) -> Option<TokenStream> {
        if self.in_closure > 0 {
            return None;
        }
        let loops = self.env.loops;
        let target = match label {
            None => {
                if !self.own_loops.is_empty() {
                    return None;
                }
                loops.iter().rposition(|l| !l.is_block)?
            }
            Some(l) => {
                let name = l.ident.to_string();
                if self.own_loops.iter().any(|o| o.as_deref() == Some(&name)) {
                    return None;
                }
                loops
                    .iter()
                    .rposition(|t| t.label.as_deref() == Some(&name))?
            }
        };
        let marker = (self.env.new_marker)();
        self.jumps.push(Jump {
            target,
            brk,
            marker: marker.clone(),
        });
        Some(marker.into_token_stream())
    }

    /// Rewrites a macro's input tokens: renamed bindings and `self`, and
    /// inline format arguments (`{name}`) in string literals.
    fn tokens(
        &mut self,
        tokens: TokenStream,
        ctx: Ctx,
        prev_dot: &mut Option<bool>,
    ) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        // An opaque macro may hold a closure: assume it does if it has `|`.
        self.usage.has_closure |= trees.iter().any(|t| {
            matches!(t, TokenTree::Punct(p) if p.as_char() == '|')
                || matches!(t, TokenTree::Ident(i) if i == "async")
        });
        let mut out = Vec::with_capacity(trees.len());
        for (i, tt) in trees.iter().enumerate() {
            let after_dot = prev_dot.unwrap_or(false);
            *prev_dot = Some(matches!(tt, TokenTree::Punct(p) if p.as_char() == '.'));
            match tt {
                TokenTree::Group(g) => {
                    let inner = self.tokens(g.stream(), ctx, &mut None);
                    let mut ng = Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                }
                TokenTree::Ident(ident) if !after_dot => {
                    let next_is_path = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '!');
                    if next_is_path {
                        out.push(tt.clone());
                        continue;
                    }
                    // Opaque macros may only borrow: the place, never a read.
                    let place_ctx = if ctx == Ctx::Value { Ctx::Project } else { ctx };
                    if let Some(slotted) = self.slotted(ident, place_ctx) {
                        out.push(TokenTree::Group(Group::new(
                            proc_macro2::Delimiter::Parenthesis,
                            slotted,
                        )));
                        continue;
                    }
                    match self.mention(ident, ctx) {
                        Some(renamed) => out.push(TokenTree::Ident(renamed)),
                        None => out.push(tt.clone()),
                    }
                }
                TokenTree::Literal(lit) => {
                    // Inline format arguments of opaque macros are read; a
                    // renamed or homed binding there cannot be re-pointed (the
                    // literal would name another binding, or the guard): refused.
                    for (name, _) in self.format_literal(lit) {
                        self.usage.errors.push(syn::Error::new(
                            lit.span(),
                            format!(
                                "this macro's format string names `{name}`, which in this #[coro::coroutine] is renamed (it shadows a binding that is still alive) or borrowed across an await; the transform cannot re-point a name inside another macro's string\n= help: pass it as an argument: `\"{{}}\", {name}` instead of `\"{{{name}}}\"`"
                            ),
                        ));
                    }
                    out.push(tt.clone());
                }
                _ => out.push(tt.clone()),
            }
        }
        out.into_iter().collect()
    }

    /// Records the inline arguments of a format string (`{name}`); returns
    /// those that name a renamed binding, to be passed as `name = renamed`.
    fn format_literal(&mut self, lit: &Literal) -> Vec<(Ident, TokenStream)> {
        let text = lit.to_string();
        let mut renamed: Vec<(Ident, TokenStream)> = Vec::new();
        if !text.starts_with('"') || !text.contains('{') {
            return renamed;
        }
        // Every `{arg:spec}` placeholder: `arg`, and the `name$` widths and
        // precisions of `spec`, may name bindings.
        let mut names = Vec::new();
        let mut rest = text.as_str();
        while let Some(pos) = rest.find('{') {
            rest = &rest[pos + 1..];
            if let Some(stripped) = rest.strip_prefix('{') {
                rest = stripped;
                continue;
            }
            let end = rest.find('}').unwrap_or(rest.len());
            let placeholder = &rest[..end];
            rest = &rest[end..];
            let (arg, spec) = placeholder.split_once(':').unwrap_or((placeholder, ""));
            names.push(arg.trim().to_string());
            let mut spec_rest = spec;
            while let Some(dollar) = spec_rest.find('$') {
                let before = &spec_rest[..dollar];
                let start = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .map_or(0, |p| p + 1);
                names.push(before[start..].to_string());
                spec_rest = &spec_rest[dollar + 1..];
            }
        }
        for name in names {
            let is_ident = name
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !is_ident {
                continue;
            }
            let ident = Ident::new(&name, lit.span());
            if renamed.iter().any(|(n, _)| *n == name) {
                continue;
            }
            if let Some(place) = self.slotted(&ident, Ctx::Place) {
                renamed.push((ident, place));
            } else if let Some(new) = self.mention(&ident, Ctx::Place) {
                renamed.push((ident, new.into_token_stream()));
            }
        }
        renamed
    }

    fn visit_macro_tokens(&mut self, mac: &mut syn::Macro) {
        let name = macros::name(mac);
        match operands(mac) {
            Operands::Exprs(mut args) => {
                for (expr, ctx) in args.exprs_mut() {
                    self.with_ctx(ctx, |rw| rw.visit_expr_mut(expr));
                }
                if let Some(lit) = args.format.clone() {
                    for (name, renamed) in self.format_literal(&lit) {
                        args.push_named(name, renamed);
                    }
                }
                mac.tokens = args.to_tokens();
                return;
            }
            // They read their input as text: nothing to rename or use.
            Operands::Textual => return,
            // Suspensions never reach a fragment (it is await-free) but in
            // a closure, where `check` refuses them: their tokens are read
            // like an opaque macro's.
            Operands::Yield(_)
            | Operands::YieldFrom(_)
            | Operands::AsyncFor(_)
            | Operands::Opaque
            | Operands::Malformed(_) => {}
        }
        let ctx = if macros::is_format_like(&name) {
            Ctx::Place
        } else {
            Ctx::Value
        };
        let tokens = std::mem::take(&mut mac.tokens);
        mac.tokens = self.tokens(tokens, ctx, &mut None);
    }
}

impl VisitMut for Rewriter<'_, '_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let ctx = std::mem::replace(&mut self.ctx, Ctx::Value);
        match e {
            Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some() => {
                let ident = p.path.get_ident().expect("checked").clone();
                if let Some(slotted) = self.slotted(&ident, ctx) {
                    *e = Expr::Verbatim(slotted);
                } else if let Some(renamed) = self.mention(&ident, ctx) {
                    p.path.segments[0].ident = renamed;
                }
            }
            Expr::Reference(r) => self.with_ctx(Ctx::Place, |rw| rw.visit_expr_mut(&mut r.expr)),
            Expr::RawAddr(r) => self.with_ctx(Ctx::Place, |rw| rw.visit_expr_mut(&mut r.expr)),
            Expr::Field(f) => {
                let inner = match ctx {
                    Ctx::Assign => Ctx::Place,
                    Ctx::Value | Ctx::Callee => Ctx::Project,
                    other => other,
                };
                let bare = matches!(&*f.base, Expr::Path(_));
                let saved = std::mem::replace(&mut self.field_base, bare);
                self.with_ctx(inner, |rw| rw.visit_expr_mut(&mut f.base));
                self.field_base = saved;
            }
            Expr::Call(c) => {
                self.with_ctx(Ctx::Callee, |rw| rw.visit_expr_mut(&mut c.func));
                for arg in c.args.iter_mut() {
                    self.visit_expr_mut(arg);
                }
            }
            Expr::Index(i) => {
                self.with_ctx(Ctx::Place, |rw| rw.visit_expr_mut(&mut i.expr));
                self.visit_expr_mut(&mut i.index);
            }
            Expr::MethodCall(m) => {
                // Never a read of a slotted binding, even for `into_*`: if the
                // method in fact borrowed, the moved-out copy would be dropped
                // while the binding still owns it. A slotted binding consumed
                // by a method fails to compile instead (E0507).
                self.with_ctx(Ctx::Receiver, |rw| rw.visit_expr_mut(&mut m.receiver));
                for arg in m.args.iter_mut() {
                    self.visit_expr_mut(arg);
                }
            }
            Expr::Assign(a)
                if crate::syntax::expr::bare_ident(&a.left).is_some_and(|i| {
                    self.local(&i.to_string()).is_none()
                        && self
                            .resolve(&i.to_string())
                            .is_some_and(|id| self.env.vars.all[id].slot.is_some())
                }) =>
            {
                self.visit_expr_mut(&mut a.right);
                let ident = crate::syntax::expr::bare_ident(&a.left)
                    .expect("checked")
                    .clone();
                let id = self.resolve(&ident.to_string()).expect("checked");
                self.record(id, Ctx::Assign);
                let var = &self.env.vars.all[id];
                let guard = Ident::new(
                    &var.ident.to_string(),
                    var.ident.span().located_at(ident.span()),
                );
                let right = &a.right;
                *e = Expr::Verbatim({
                    let assign_local = ASSIGN_LOCAL.at(ident.span());
                    quote::quote_spanned!(ident.span()=> #assign_local(&#guard, #right))
                });
            }
            Expr::Assign(a) => {
                let left_ctx = if crate::syntax::expr::bare_ident(&a.left).is_some() {
                    Ctx::Assign
                } else {
                    Ctx::Place
                };
                self.visit_expr_mut(&mut a.right);
                self.with_ctx(left_ctx, |rw| rw.visit_expr_mut(&mut a.left));
            }
            Expr::Binary(b) => {
                use syn::BinOp::*;
                let (l, r) = match b.op {
                    AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
                    | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_)
                    | ShrAssign(_) => (Ctx::Place, Ctx::Value),
                    Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_) => (Ctx::Place, Ctx::Place),
                    _ => (Ctx::Value, Ctx::Value),
                };
                self.with_ctx(l, |rw| rw.visit_expr_mut(&mut b.left));
                self.with_ctx(r, |rw| rw.visit_expr_mut(&mut b.right));
            }
            Expr::Paren(p) => self.with_ctx(ctx, |rw| rw.visit_expr_mut(&mut p.expr)),
            Expr::Group(g) => self.with_ctx(ctx, |rw| rw.visit_expr_mut(&mut g.expr)),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                let inner = if matches!(ctx, Ctx::Value | Ctx::Project) {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                self.with_ctx(inner, |rw| rw.visit_expr_mut(&mut u.expr));
            }
            Expr::Closure(c) => {
                self.usage.has_closure = true;
                self.locals.push(Vec::new());
                for input in c.inputs.iter_mut() {
                    self.bind_pattern(input);
                }
                let saved_loops = std::mem::take(&mut self.own_loops);
                let moves = c.capture.is_some();
                if moves {
                    self.move_captures.push(Vec::new());
                }
                self.in_closure += 1;
                self.visit_expr_mut(&mut c.body);
                self.in_closure -= 1;
                if moves {
                    self.wrap_move_captures(e);
                }
                self.own_loops = saved_loops;
                self.locals.pop();
            }
            Expr::Async(a) => {
                self.usage.has_closure = true;
                let saved_loops = std::mem::take(&mut self.own_loops);
                let moves = a.capture.is_some();
                if moves {
                    self.move_captures.push(Vec::new());
                }
                self.in_closure += 1;
                self.visit_block_mut(&mut a.block);
                self.in_closure -= 1;
                if moves {
                    self.wrap_move_captures(e);
                }
                self.own_loops = saved_loops;
            }
            Expr::Const(_) => {}
            Expr::Match(m) => {
                let scrut_ctx = if m
                    .arms
                    .iter()
                    .any(|a| crate::syntax::pattern::has_bindings(&a.pat))
                {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                self.with_ctx(scrut_ctx, |rw| rw.visit_expr_mut(&mut m.expr));
                for arm in m.arms.iter_mut() {
                    self.locals.push(Vec::new());
                    self.bind_pattern(&mut arm.pat);
                    if let Some((_, guard)) = &mut arm.guard {
                        self.visit_expr_mut(guard);
                    }
                    self.visit_expr_mut(&mut arm.body);
                    self.locals.pop();
                }
            }
            Expr::If(i) => {
                self.locals.push(Vec::new());
                self.visit_expr_mut(&mut i.cond);
                self.visit_block_mut(&mut i.then_branch);
                self.locals.pop();
                if let Some((_, else_branch)) = &mut i.else_branch {
                    self.visit_expr_mut(else_branch);
                }
            }
            Expr::Let(l) => {
                let scrut_ctx = if crate::syntax::pattern::has_bindings(&l.pat) {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                self.with_ctx(scrut_ctx, |rw| rw.visit_expr_mut(&mut l.expr));
                // The bindings are visible in the rest of the condition and the body:
                // the enclosing `if`/`while` pushed the scope they go into.
                if self.locals.is_empty() {
                    self.locals.push(Vec::new());
                }
                self.bind_pattern(&mut l.pat);
            }
            Expr::While(w) => {
                self.own_loops
                    .push(w.label.as_ref().map(|l| l.name.ident.to_string()));
                self.locals.push(Vec::new());
                self.visit_expr_mut(&mut w.cond);
                self.visit_block_mut(&mut w.body);
                self.locals.pop();
                self.own_loops.pop();
            }
            Expr::Loop(l) => {
                self.own_loops
                    .push(l.label.as_ref().map(|l| l.name.ident.to_string()));
                self.visit_block_mut(&mut l.body);
                self.own_loops.pop();
            }
            Expr::ForLoop(f) => {
                self.visit_expr_mut(&mut f.expr);
                self.own_loops
                    .push(f.label.as_ref().map(|l| l.name.ident.to_string()));
                self.locals.push(Vec::new());
                self.bind_pattern(&mut f.pat);
                self.visit_block_mut(&mut f.body);
                self.locals.pop();
                self.own_loops.pop();
            }
            Expr::Block(b) => {
                let labelled = b.label.is_some();
                if labelled {
                    // A labelled block is a `break` target of its own.
                    self.own_loops
                        .push(b.label.as_ref().map(|l| l.name.ident.to_string()));
                }
                self.visit_block_mut(&mut b.block);
                if labelled {
                    self.own_loops.pop();
                }
            }
            Expr::Return(r) if self.in_closure == 0 => {
                if let Some(v) = &mut r.expr {
                    self.visit_expr_mut(v);
                }
                let value = match &r.expr {
                    Some(v) => v.to_token_stream(),
                    None => quote!(()),
                };
                *e = Expr::Verbatim(crate::codegen::return_code(self.env.ret_ty, value));
            }
            Expr::Try(t) if self.in_closure == 0 => {
                self.visit_expr_mut(&mut t.expr);
                let value = t.expr.to_token_stream();
                *e = Expr::Verbatim(crate::codegen::try_code(value, self.env.ret_ty));
            }
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.visit_expr_mut(v);
                }
                let value = b.expr.as_ref().map(|v| v.to_token_stream());
                if let Some(marker) = self.jump(b.label.as_ref(), Some(value)) {
                    *e = Expr::Verbatim(marker);
                }
            }
            Expr::Continue(c) => {
                if let Some(marker) = self.jump(c.label.as_ref(), None) {
                    *e = Expr::Verbatim(marker);
                }
            }
            Expr::Macro(m) => self.visit_macro_tokens(&mut m.mac),
            Expr::Struct(st) => {
                for field in st.fields.iter_mut() {
                    self.visit_expr_mut(&mut field.expr);
                    // `S { x }` whose `x` was renamed or rewritten: spell it out.
                    if field.colon_token.is_none()
                        && let syn::Member::Named(name) = &field.member
                        && *name != field.expr.to_token_stream().to_string()
                    {
                        field.colon_token = Some(Default::default());
                    }
                }
                if let Some(rest) = &mut st.rest {
                    // `..base` moves only the fields not listed.
                    self.with_ctx(Ctx::Project, |rw| rw.visit_expr_mut(rest));
                }
            }
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
                if let Some(init) = &mut local.init {
                    let ctx = if crate::syntax::pattern::is_single_binding(&local.pat) {
                        Ctx::Value
                    } else if crate::syntax::pattern::has_bindings(&local.pat) {
                        Ctx::Project
                    } else {
                        Ctx::Place
                    };
                    self.with_ctx(ctx, |rw| rw.visit_expr_mut(&mut init.expr));
                    if let Some((_, diverge)) = &mut init.diverge {
                        self.visit_expr_mut(diverge);
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
