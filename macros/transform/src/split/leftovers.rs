//! What a pattern leaves of a binding it moves parts out of, when the
//! partial-move split does not apply (issue 11; ARCHITECTURE.md known limit
//! 7): `let (t, _) = p;` on a binding whose type the syntax does not show,
//! or an arm beside others, `match r { Ok((t, _)) => .., Err(_) => .. }`.
//!
//! Rust leaves the part under `_` in the binding and drops it at the end of
//! the binding's scope; a machine cannot carry a partly moved binding into
//! its next variant, so it would drop the part at the next suspension. So
//! each such `_` is bound (`__coro_part..`) and moved into a hidden binding
//! declared right after the binding's `let` (`__coro_left_..`, last part
//! first): an `Option`, `None` until the pattern runs, so it is initialised
//! on every path and held in every variant in its scope. It drops where
//! Rust drops the binding's remains, on every path, in the pattern's
//! order: a struct pattern leaving two fields that need drop is a compile
//! error (`crate::drop_order`, whose declaration order the macro cannot see).
//!
//! ```text
//! let r = make();                 let r = make();
//! let k = Tracked::new("k");      let mut __coro_left_r_0_0 = None;
//! match r {                =>     let k = Tracked::new("k");
//!     Ok((t, _)) => use_it(t),    match r {
//!     Err(_) => {}                    Ok((t, __coro_part0_0)) => {
//! }                                       __coro_left_r_0_0 = Some(__coro_part0_0);
//! tick().await;                           use_it(t)
//!                                     }
//!                                     Err(_) => {}
//!                                 }
//!                                 tick().await;
//! ```
//!
//! A parameter's remains drop after the body's locals: its hidden bindings
//! are declared first thing, each later parameter bound again after them
//! (`let k = k;`, as `async fn` binds its parameters).
//!
//! Only where a suspension is in the binding's scope (one before the
//! pattern may give the binding a home, out of which a pattern cannot move
//! a part) and the binding is not named after the last such pattern (a
//! field read there is the split's, anything else Rust's E0382). What
//! cannot be kept so is a compile error with the rewrite, where a
//! suspension follows the pattern: parts under `..` (the macro does not
//! know them), a part a `ref` binding borrows beside a moved one, a `_` in
//! an or-pattern or under `@`, a `while let` that leaves a part, and a
//! binding assigned again in its scope (Rust drops the part there).

use super::leftover_names::{Namer, errors};
use super::rest_probe::{self, Prober};
use super::scrutinee::{declares_a_box, is_name, is_scrutinee_of};
use crate::split::mentions::{Mentions, shadowing_init};
use crate::syntax::awaits::stmt_contains_await;
use crate::syntax::expr::strip_parens;
use crate::syntax::macros::{AsyncFor, Operands, operands, visit_operands_mut};
use crate::syntax::pattern;
use proc_macro2::Ident;
use quote::{ToTokens, format_ident};
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Pat, Stmt};

/// Keeps what patterns leave of the bindings of `body` (see the module's
/// docs); the errors of the patterns that cannot be kept.
pub(super) fn keep_left_parts(body: &mut Block, params: &[Param]) -> Result<(), syn::Error> {
    let mut keeper = Keeper {
        sites: 0,
        errors: Vec::new(),
    };
    keeper.visit_block_mut(body);
    keeper.params(body, params);
    let mut errors = keeper.errors.into_iter();
    match errors.next() {
        None => Ok(()),
        Some(mut first) => {
            errors.for_each(|e| first.combine(e));
            Err(first)
        }
    }
}

struct Keeper {
    /// Patterns rewritten so far: numbers their names.
    sites: usize,
    errors: Vec<syn::Error>,
}

impl VisitMut for Keeper {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let mut i = 0;
        while i < block.stmts.len() {
            i += self.keep(&mut block.stmts, i) + 1;
        }
        visit_mut::visit_block_mut(self, block);
    }
    // A known macro's operands are code (`vec![{ let p = ..; .. }]`); an
    // `async_for!`'s binding is bound anew each iteration, like a
    // parameter: its remains drop at the end of the body.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        let Operands::AsyncFor(f) = operands(mac) else {
            return visit_operands_mut(mac, self);
        };
        let AsyncFor {
            pat,
            mut expr,
            mut body,
        } = *f;
        self.visit_expr_mut(&mut expr);
        self.branch_bindings(&pat, &mut body);
        self.visit_block_mut(&mut body);
        mac.tokens = quote::quote!(#pat in #expr #body);
    }
    // A branch's bindings (`if let`, `while let`, `for`, a `match` arm)
    // are kept like an `async_for!`'s.
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::If(i) => {
                if let Expr::Let(l) = &*i.cond {
                    self.branch_bindings(&l.pat.clone(), &mut i.then_branch);
                }
            }
            Expr::While(w) => {
                if let Expr::Let(l) = &*w.cond {
                    self.branch_bindings(&l.pat.clone(), &mut w.body);
                }
            }
            Expr::ForLoop(f) => self.branch_bindings(&f.pat.clone(), &mut f.body),
            Expr::Match(m) => {
                for arm in &mut m.arms {
                    if let Expr::Block(b) = &mut *arm.body {
                        self.branch_bindings(&arm.pat, &mut b.block);
                        continue;
                    }
                    // A body that is not a block becomes one where a part
                    // is kept (`Some(p) => match p { .. }`).
                    let body = &arm.body;
                    let mut block: Block = syn::parse_quote!({ #body });
                    self.branch_bindings(&arm.pat, &mut block);
                    if block.stmts.len() > 1 {
                        *arm.body = syn::parse_quote!(#block);
                    }
                }
            }
            _ => {}
        }
        visit_mut::visit_expr_mut(self, e);
    }
    // Closures and items cannot suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// A parameter that is one plain binding (`a: T`, `mut a: T`).
pub struct Param {
    pub name: Ident,
    pub mutable: bool,
    /// Its type is a reference: matched through, it leaves nothing.
    pub reference: bool,
}

impl Keeper {
    /// The parameters (`params`, in order, each a plain binding: an
    /// `async fn` moves them into locals, `let a = a; let b = b;`, before
    /// its body, and `expand.rs` `move_parameters_into_body` moves a
    /// pattern parameter's value so too): what a pattern in the body leaves
    /// of one drops after the body's locals, before the parameters declared
    /// before it. Its hidden bindings are declared first thing, each
    /// parameter after it bound again (`let b = b;`), from the last
    /// parameter to the first.
    fn params(&mut self, body: &mut Block, params: &[Param]) {
        for (k, p) in params.iter().enumerate().rev() {
            if p.reference {
                continue;
            }
            let name = &p.name;
            body.stmts.insert(0, syn::parse_quote!(let #name = #name;));
            let inserted = self.keep(&mut body.stmts, 0);
            body.stmts.remove(0);
            if inserted > 0 {
                let later = params[k + 1..].iter().map(|p| -> Stmt {
                    let (name, m) = (&p.name, p.mutable.then(|| quote::quote!(mut)));
                    syn::parse_quote!(let #m #name = #name;)
                });
                body.stmts.splice(inserted..inserted, later);
            }
        }
    }
}

impl Keeper {
    /// Keeps what the patterns in `body` leave of the by-value bindings of
    /// `pat`, a branch's pattern (bound anew each time the branch runs, so
    /// their remains drop at the end of `body`): each is bound again first
    /// thing (`let p = p;`) to find them, the last binding first, so that
    /// its hidden bindings drop first.
    fn branch_bindings(&mut self, pat: &Pat, body: &mut Block) {
        struct Names(Vec<Ident>);
        impl<'ast> Visit<'ast> for Names {
            fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
                if pattern::is_single_binding(&Pat::Ident(p.clone())) {
                    self.0.push(p.ident.clone());
                }
                visit::visit_pat_ident(self, p);
            }
        }
        let mut names = Names(Vec::new());
        names.visit_pat(pat);
        for name in names.0.iter().rev() {
            body.stmts.insert(0, syn::parse_quote!(let #name = #name;));
            self.keep(&mut body.stmts, 0);
            body.stmts.remove(0);
        }
    }
}

/// What a pattern on the binding does with what it leaves.
pub(super) enum Leaves {
    /// Nothing left that could own something, or nothing moved.
    Nothing,
    /// Parts under `_` beside a moved one: named and kept.
    Parts,
    /// Parts it leaves that cannot be named so: the error's message.
    Unnamed(String),
}

pub(super) fn leaves(pat: &Pat, name: &Ident) -> Leaves {
    if !pattern::binds_by_value(pat) || pattern::moves_whole(pat) || pattern::is_single_binding(pat)
    {
        return Leaves::Nothing;
    }
    // A `..` that can be probed is taken to be matched through a reference
    // (`rest_probe.rs`): it leaves nothing.
    if rest_probe::unprobed_rest(pat) {
        return Leaves::Unnamed(format!(
            "coro: this pattern moves a part out of `{name}` and leaves the parts under `..` in \
             it, which Rust drops at the end of `{name}`'s scope; across a suspension the \
             coroutine keeps only parts it can name. Write a `_` for each part instead of `..` \
             (`(t, _, _)`, `Pair {{ a, b: _ }}`): those are kept to the end of `{name}`'s scope"
        ));
    }
    if pattern::binds_by_ref(pat) {
        return Leaves::Unnamed(format!(
            "coro: this pattern moves a part out of `{name}` and borrows another with `ref`, \
             which stays in `{name}` to the end of its scope; across a suspension the coroutine \
             cannot keep a part borrowed in a partly moved binding. Bind that part by value \
             (it then drops at the end of the arm) and borrow it from there, or move the \
             parts out first (`let (t, u) = {name};`)"
        ));
    }
    match pattern::name_wildcards(pat, &mut |k| format_ident!("__coro_unused{}", k)) {
        Some((_, 0)) => Leaves::Nothing,
        Some(_) => Leaves::Parts,
        None => Leaves::Unnamed(format!(
            "coro: this pattern leaves a part of `{name}` under a `_` in an or-pattern or a `@` \
             binding, which Rust drops at the end of `{name}`'s scope; across a suspension the \
             coroutine cannot keep it. Name the part (`_u`: it then drops at the end of the arm)"
        )),
    }
}

/// The patterns on the binding in a statement: how many leave parts to
/// keep, the errors of those that cannot be kept, and whether the binding
/// is assigned.
struct Finder<'a> {
    name: &'a Ident,
    /// The binding is a `Box`: patterns on `*name` count (`is_scrutinee_of`).
    boxed: bool,
    parts: usize,
    /// The first pattern that leaves parts to keep.
    first: Option<Pat>,
    /// Patterns with a `..` taken to be matched through a reference.
    probes: usize,
    errors: Vec<syn::Error>,
    assigned: bool,
}

impl Finder<'_> {
    fn pattern(&mut self, pat: &Pat) {
        self.probes += usize::from(rest_probe::needs_probe(pat));
        match leaves(pat, self.name) {
            Leaves::Nothing => {}
            Leaves::Parts => {
                self.parts += 1;
                self.first.get_or_insert_with(|| pat.clone());
            }
            Leaves::Unnamed(msg) => self.errors.push(syn::Error::new_spanned(pat, msg)),
        }
    }
    fn refuse(&mut self, pat: &Pat, what: &str) {
        self.probes += usize::from(rest_probe::needs_probe(pat));
        if !matches!(leaves(pat, self.name), Leaves::Nothing) {
            let name = self.name;
            self.errors.push(syn::Error::new_spanned(
                pat,
                format!(
                    "coro: this `{what}` moves a part out of `{name}` and leaves another in it, \
                     which Rust drops when `{name}` is assigned or at the end of its scope; \
                     across a suspension the coroutine cannot keep it there. Name the part \
                     (`Some((t, _u))`: it then drops at the end of the body), or move all of \
                     `{name}` out first"
                ),
            ));
        }
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    // A nested block that shadows the binding ends its scope there: the
    // patterns after it are the new binding's (program seed
    // 7614402589379226122, `let p = ..;` in a `let .. else`'s `else`).
    fn visit_block(&mut self, block: &'ast Block) {
        for stmt in &block.stmts {
            if let Stmt::Local(l) = stmt
                && pattern::binds_name(&l.pat, self.name)
            {
                if let Some(init) = &l.init {
                    self.visit_expr(&init.expr);
                    if let Some((_, diverge)) = &init.diverge {
                        self.visit_expr(diverge);
                    }
                }
                return;
            }
            self.visit_stmt(stmt);
        }
    }
    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init
            && is_scrutinee_of(&init.expr, self.name, self.boxed)
        {
            self.pattern(&l.pat);
        }
        visit::visit_local(self, l);
    }
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Match(m) if is_scrutinee_of(&m.expr, self.name, self.boxed) => {
                m.arms.iter().for_each(|a| self.pattern(&a.pat));
                let pats: Vec<&Pat> = m.arms.iter().map(|a| &a.pat).collect();
                if !is_name(&m.expr, self.name)
                    && pats.iter().any(|p| pattern::binds_by_value(p))
                    && pattern::arms_leave_whole(&pats)
                {
                    self.errors
                        .push(errors::box_moved_on_some_paths(self.name, &m.expr));
                }
            }
            Expr::While(w) => {
                if let Expr::Let(l) = &*w.cond
                    && is_scrutinee_of(&l.expr, self.name, self.boxed)
                {
                    self.refuse(&l.pat, "while let");
                }
            }
            Expr::If(i) => {
                if let Expr::Let(l) = &*i.cond
                    && is_scrutinee_of(&l.expr, self.name, self.boxed)
                {
                    self.refuse(&l.pat, "if let");
                }
            }
            Expr::Assign(a) if is_name(&a.left, self.name) => self.assigned = true,
            _ => {}
        }
        visit::visit_expr(self, e);
    }
    // A known macro's operands are code (`vec![match p { .. }]`).
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        match operands(mac) {
            Operands::Exprs(args) => args.args.iter().for_each(|a| self.visit_expr(&a.expr)),
            Operands::Yield(Some(e)) | Operands::YieldFrom(e) => self.visit_expr(&e),
            Operands::AsyncFor(f) if !pattern::binds_name(&f.pat, self.name) => {
                self.visit_expr(&f.expr);
                self.visit_block(&f.body);
            }
            Operands::AsyncFor(f) => self.visit_expr(&f.expr),
            _ => {}
        }
    }
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

impl Keeper {
    /// Keeps what the patterns on the binding of the `let` at `i` leave;
    /// how many statements it inserted after the `let`.
    fn keep(&mut self, stmts: &mut Vec<Stmt>, i: usize) -> usize {
        let Some(name) = let_binding(&stmts[i]) else {
            return 0;
        };
        let rest = &stmts[i + 1..];
        if !rest.iter().any(stmt_contains_await) {
            return 0;
        }
        // A `let` that shadows the binding (with a value or without) ends
        // its scope.
        let shadow = rest
            .iter()
            .position(|s| matches!(s, Stmt::Local(l) if pattern::binds_name(&l.pat, &name)));
        // A destructuring `let` that shadows the binding (`let (t, p) = p;`)
        // is its last pattern: what it leaves stays in the shadowed one.
        let shadow_pat = shadow.filter(|&k| is_pattern_on(&rest[k], &name));
        let end = shadow.map_or(rest.len(), |k| k + usize::from(shadow_pat.is_some()));
        let scope = &rest[..end];
        let boxed = declares_a_box(&stmts[i]);
        let mut finder = Finder {
            name: &name,
            boxed,
            parts: 0,
            first: None,
            probes: 0,
            errors: Vec::new(),
            assigned: false,
        };
        let (mut first, mut last) = (None, 0);
        for (k, stmt) in scope.iter().enumerate() {
            let before = finder.parts + finder.probes + finder.errors.len();
            finder.visit_stmt(stmt);
            if finder.parts + finder.probes + finder.errors.len() > before {
                first.get_or_insert(k);
                last = k;
            }
        }
        let Some(first) = first else {
            return 0;
        };
        // A suspension in the binding's scope (to its block's end: a
        // shadowed binding still lives; checked first thing): one before
        // the patterns may give the binding a home, out of which a part
        // cannot be moved (E0507). The errors only where one follows the
        // first pattern.
        let suspends_after = rest[first..].iter().any(stmt_contains_await);
        let mut during = Mentions::new(&name);
        scope[first..=last]
            .iter()
            .enumerate()
            .filter(|(k, _)| shadow_pat != Some(first + k))
            .for_each(|(_, s)| during.visit_stmt(s));
        let mut after = Mentions::new(&name);
        scope[last + 1..].iter().for_each(|s| after.visit_stmt(s));
        if let Some(init) = shadow.and_then(|k| shadowing_init(&rest[k], &name))
            && shadow_pat.is_none()
        {
            after.visit_local_init(init);
        }
        if during.shadowed || during.opaque || after.shadowed || after.opaque {
            if suspends_after {
                let at = finder.first.as_ref().map(ToTokens::to_token_stream);
                let at = at.unwrap_or_else(|| scope[first].to_token_stream());
                self.errors.push(errors::unseen(&name, at));
            }
            return 0;
        }
        // Assigned at or after the first pattern (an assignment before it
        // drops the whole old value; a binding declared without a value is
        // assigned its first one so).
        let assigned = scope[first..].iter().any(|s| assigns(s, &name));
        // Named after the patterns (a field read: the split's; anything
        // else is Rust's E0382 after a move, or the pattern moved nothing).
        if !assigned && (after.whole || !after.fields.is_empty()) {
            return 0;
        }
        if !finder.errors.is_empty() {
            if suspends_after {
                self.errors.extend(finder.errors);
            }
            return 0;
        }
        let region = i + 1 + first..=i + 1 + last;
        if finder.parts == 0 {
            // Only `..`s to probe: the checks go in, nothing is kept (so an
            // assignment drops nothing left).
            return if suspends_after {
                self.rewrite(stmts, i, region, &name, boxed)
            } else {
                0
            };
        }
        if assigned && !suspends_after {
            return 0;
        }
        if assigned {
            let at = finder.first.as_ref().map(ToTokens::to_token_stream);
            let at = at.unwrap_or_else(|| stmts[i + 1 + first].to_token_stream());
            self.errors.push(errors::reassigned(&name, at));
            return 0;
        }
        self.rewrite(stmts, i, region, &name, boxed)
    }

    /// Names the parts the patterns in `region` leave of the binding
    /// `name` of the `let` at `i`, declares their hidden bindings after
    /// it and puts in the checks of their `..`s; how many statements it
    /// inserted after the `let`.
    fn rewrite(
        &mut self,
        stmts: &mut Vec<Stmt>,
        i: usize,
        region: std::ops::RangeInclusive<usize>,
        name: &Ident,
        boxed: bool,
    ) -> usize {
        let mut namer = Namer {
            name,
            boxed,
            sites: &mut self.sites,
            hidden: Vec::new(),
        };
        let mut named: Vec<Stmt> = stmts[region.clone()].to_vec();
        namer.stmts(&mut named);
        Prober::new(name, boxed).stmts(&mut named);
        let decls: Vec<Stmt> = namer
            .hidden
            .iter()
            .map(|h| {
                syn::parse_quote! {
                    #[allow(unused_variables, unused_assignments)]
                    let mut #h = ::core::option::Option::None;
                }
            })
            .collect();
        let inserted = decls.len();
        stmts.splice(region, named);
        stmts.splice(i + 1..i + 1, decls);
        inserted
    }
}

/// The binding a `let` declares with a value, if it is one plain binding
/// (`let p = ..;`, `let mut p: T = ..;`).
fn let_binding(stmt: &Stmt) -> Option<Ident> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    // A reference matched through (`let r = &x;`) leaves nothing of its
    // own. A binding declared without a value (`let p;`) is assigned later.
    if let Some(init) = &local.init
        && matches!(strip_parens(&init.expr), Expr::Reference(_))
    {
        return None;
    }
    let ident = match &local.pat {
        Pat::Ident(p) => p,
        Pat::Type(t) => match &*t.pat {
            Pat::Ident(p) if !matches!(&*t.ty, syn::Type::Reference(_)) => p,
            _ => return None,
        },
        _ => return None,
    };
    (ident.by_ref.is_none() && ident.subpat.is_none()).then(|| ident.ident.clone())
}

/// Whether `stmt` is a `let` whose pattern destructures the binding `name`
/// (`let (t, _) = p;`).
fn is_pattern_on(stmt: &Stmt, name: &Ident) -> bool {
    matches!(stmt, Stmt::Local(l) if !pattern::is_single_binding(&l.pat)
        && l.init.as_ref().is_some_and(|i| is_name(&i.expr, name)))
}

/// Whether `stmt` assigns the binding `name` (`name = ..`).
fn assigns(stmt: &Stmt, name: &Ident) -> bool {
    let mut f = Finder {
        name,
        boxed: false,
        parts: 0,
        first: None,
        probes: 0,
        errors: Vec::new(),
        assigned: false,
    };
    f.visit_stmt(stmt);
    f.assigned
}

#[cfg(test)]
mod tests;
