//! What lowered code does with the bindings (from the fragment pass), and the fragment pass itself.

use super::*;

impl Lowerer {
    pub(super) fn note_usage(&mut self, usage: &Usage) {
        self.errors.extend(usage.errors.iter().cloned());
        let block = &mut self.out.blocks[self.cur_block];
        block.has_closure |= usage.has_closure;
        block.kept_spans.extend(&usage.kept_at);
        for (&v, &span) in &usage.first_mention {
            if !self.flow.declared.contains(&v) {
                block.mention_spans.entry(v).or_insert(span);
            }
        }
        block.reads.extend(&usage.read);
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
        self.flow.moved_surely.extend(&usage.moved_surely);
    }

    /// The receiver of a method known to take `self` by value (see
    /// `syntax::moves`): moved, unless it has a home (never moved).
    pub(super) fn note_consumed(&mut self, root: &syn::Ident) {
        if let Some(v) = self.out.vars.resolve(&root.to_string())
            && self.out.vars.all[v].slot.is_none()
        {
            self.flow.moved.insert(v);
            self.flow.moved_surely.insert(v);
        }
    }

    /// A whole binding got (re)initialised by a top-level `x = v`.
    pub(super) fn note_assigned(&mut self, v: VarId) {
        self.flow.assigned.insert(v);
        self.flow.uninit.remove(&v);
        self.flow.moved.remove(&v);
        self.flow.moved_surely.remove(&v);
    }

    /// Runs a fragment pass (see `fragment`) with this lowerer's
    /// surroundings, then records what the fragment used and where it jumps.
    /// `assigned`: what the fragment assigns as a whole (`fragment_assigned`).
    pub(super) fn with_fragment_env<T>(
        &mut self,
        assigned: &VarSet,
        pass: impl FnOnce(&mut FragmentEnv<'_>) -> (Usage, Vec<Jump>, T),
    ) -> T {
        let targets = self.loop_targets();
        // The fragment numbers its jumps after those made so far; their
        // edges are added below.
        let first_jump = self.out.jumps.len();
        let mut count = first_jump;
        let mut new_jump = || {
            count += 1;
            count - 1
        };
        let mut env = FragmentEnv {
            vars: &self.out.vars,
            loops: targets,
            ret_ty: self.ret_ty.as_ref(),
            new_jump: &mut new_jump,
            body_span: self.body_span,
        };
        let (usage, jumps, out) = pass(&mut env);
        self.out.jumps.resize(count, None);
        self.note_usage(&usage);
        for check in &usage.receiver_checks {
            self.receiver_check(check);
        }
        self.note_closure_calls(&usage.closure_calls);
        self.add_jumps(jumps, assigned);
        self.flow.maybe_assigned.extend(assigned.iter().copied());
        out
    }

    /// The bindings `e` assigns as a whole anywhere (outside closures), for
    /// the edges of its jumps (`Edge::assigned_in_fragment`).
    fn fragment_assigned(&self, e: &Expr) -> VarSet {
        let mut found = Vec::new();
        crate::analyse::borrows::assignments(e, &mut found);
        found
            .into_iter()
            .filter_map(|(left, _)| self.out.vars.resolve(&left.to_string()))
            .collect()
    }

    /// `r = &x;`, `v.push(&x)`, `h.f = Some(x.as_str())` (anywhere in `e`,
    /// outside closures) make `r`, `v`, `h` hold a borrow of `x`, as `let r
    /// = &x;` does: the same edges for the slot decision
    /// (`analyse::stores`).
    pub(super) fn note_assignments(&mut self, e: &Expr) {
        self.note_stores(crate::analyse::stores::stores(e));
    }

    /// The store a call or an assignment of a statement that suspends
    /// makes itself (`v.push((&s, f().await))`; its await-free operands
    /// are noted where they are lowered).
    pub(super) fn note_own_stores(&mut self, e: &Expr) {
        self.note_stores(crate::analyse::stores::own_stores(e));
    }

    /// Each store's edges: its root holds what the store borrows and
    /// carries, and so does what the root borrows (`let r = &mut v;
    /// r.push(&s)` stores into `v`; a closure binding called with a borrow
    /// may store it into what it captures).
    fn note_stores(&mut self, stores: Vec<crate::analyse::stores::Store>) {
        for store in stores {
            let Some(id) = self.out.vars.resolve(&store.root) else {
                continue;
            };
            let resolve = |names: &[String]| -> VarSet {
                names
                    .iter()
                    .filter_map(|name| self.out.vars.resolve(name))
                    .filter(|&v| v != id)
                    .collect()
            };
            let (borrows, values) = (resolve(&store.borrows), resolve(&store.values));
            let mut holders = if store.through_root {
                Vec::new()
            } else {
                vec![id]
            };
            for (h, borrowed) in &self.facts.borrow_edges {
                if h.contains(&id) {
                    holders.extend(borrowed.iter().copied().filter(|&b| b != id));
                }
            }
            for holder in holders {
                let own = |set: &VarSet| -> VarSet {
                    set.iter().copied().filter(|&v| v != holder).collect()
                };
                let (borrows, values) = (own(&borrows), own(&values));
                if !borrows.is_empty() {
                    self.facts.borrow_edges.push((vec![holder], borrows));
                }
                if !values.is_empty() {
                    self.facts.value_edges.push((vec![holder], values));
                }
            }
        }
    }

    /// Whether `e` is a bare mention of a homed binding (as
    /// `fragment::Rewriter::homed_outside_closure` judges): a use that
    /// syntax proves moves it reads it out of its home.
    pub(super) fn is_homed_binding(&self, e: &Expr) -> bool {
        crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(e))
            .and_then(|i| self.out.vars.resolve(&i.to_string()))
            .is_some_and(|id| self.out.vars.all[id].moves_out_of_home())
    }

    /// `x.sum()` on a homed binding `x` of a statement that suspends: the
    /// receiver moved out of its home or borrowed there by its type, as
    /// in await-free code (`fragment::Rewriter::home_split`).
    pub(super) fn home_split(&self, m: &syn::ExprMethodCall) -> Option<TokenStream> {
        let family = crate::syntax::moves::split_in_home(&m.method)?;
        if !self.is_homed_binding(&m.receiver) {
            return None;
        }
        let ident = bare_ident(crate::syntax::expr::strip_parens(&m.receiver))?;
        let var = &self.out.vars.all[self.out.vars.resolve(&ident.to_string())?];
        let guard =
            crate::syntax::names::respan(&var.ident, var.ident.span().located_at(ident.span()));
        Some(crate::codegen::home_split(&guard, family, ident.span()))
    }

    /// Reads and rewrites an await-free expression (see `fragment`).
    pub(super) fn fragment_expr(&mut self, e: Expr, ctx: Ctx) -> TokenStream {
        self.fragment_expr_usage(e, ctx).0
    }

    /// `fragment_expr`, also handing back what the expression does.
    pub(super) fn fragment_expr_usage(&mut self, mut e: Expr, ctx: Ctx) -> (TokenStream, Usage) {
        self.note_assignments(&e);
        // An arm's value (`None => { x = v; }`) initialises `x` too.
        let assigned = definitely_assigned(&e, &self.out.vars);
        let anywhere = self.fragment_assigned(&e);
        let usage = self.with_fragment_env(&anywhere, |env| {
            let (usage, jumps) = fragment::process_expr(env, &mut e, ctx);
            (usage.clone(), jumps, usage)
        });
        self.note_definitely_assigned(assigned, &usage.moved_after_assigned);
        (e.into_token_stream(), usage)
    }

    /// An await-free expression that assigns `x = v` on every path through
    /// it that completes (a statement `x = v;`, a block or an arm's value
    /// that holds one; judged before the fragment pass rewrites its exits)
    /// initialises `x` on every path through here. (One that never
    /// completes may be part of a statement that does: `let .. else {
    /// return; }`; it assigns nothing.)
    ///
    /// One that the expression may move after an assignment to it (`{ x =
    /// v; take(x) }`, the split of a partly moved binding in an operand:
    /// `split/`; `Usage::moved_after_assigned`) is maybe moved (a drop
    /// flag, so a home): the fragment's order of events is not path by
    /// path, so it is never taken to be surely moved (not held: an early
    /// drop), nor surely not (held while moved: E0382).
    fn note_definitely_assigned(&mut self, assigned: Option<VarSet>, moved_after: &VarSet) {
        for v in assigned.unwrap_or_default() {
            if self.out.vars.all[v].slot.is_none() {
                self.note_assigned(v);
                if moved_after.contains(&v) {
                    self.flow.moved.insert(v);
                }
            }
        }
    }

    pub(super) fn fragment_stmt(&mut self, mut s: Stmt) -> TokenStream {
        let mut assigned = Some(VarSet::new());
        let mut anywhere = VarSet::new();
        if let Stmt::Expr(e, _) = &s {
            self.note_assignments(e);
            assigned = definitely_assigned(e, &self.out.vars);
            anywhere = self.fragment_assigned(e);
        }
        if let Stmt::Macro(m) = &s {
            assigned = macro_assigned(&m.mac, &self.out.vars);
        }
        let moved = self.with_fragment_env(&anywhere, |env| {
            let (usage, jumps) = fragment::process_stmt(env, &mut s);
            let moved = usage.moved_after_assigned.clone();
            (usage, jumps, moved)
        });
        self.note_definitely_assigned(assigned, &moved);
        match s {
            Stmt::Expr(e, Some(semi)) => {
                let e = statement_safe(e.into_token_stream());
                quote!(#e #semi)
            }
            s => s.into_token_stream(),
        }
    }
}

/// Bindings that `e` assigns as a whole on every path (`x = v`, and both
/// branches of an `if`/all arms of a `match` doing so); `None` if no path
/// completes it.
pub(super) fn definitely_assigned(e: &Expr, vars: &Vars) -> Option<VarSet> {
    assigned_unless_exits(e, vars)
}

/// What `e` assigns on every path that completes it; `None` if no path
/// does (`return`, `break`, `continue`, or branches that all do): such a
/// branch does not keep a binding that the others assign uninitialised.
fn assigned_unless_exits(e: &Expr, vars: &Vars) -> Option<VarSet> {
    // Both branches' facts: a branch that never completes adds nothing.
    let meet = |a: Option<VarSet>, b: Option<VarSet>| match (a, b) {
        (Some(a), Some(b)) => Some(a.intersection(&b).copied().collect()),
        (a, None) => a,
        (None, b) => b,
    };
    match e {
        Expr::Assign(a) => Some(assigned_places(&a.left, vars)),
        Expr::Paren(p) => assigned_unless_exits(&p.expr, vars),
        _ if crate::syntax::expr::diverges(e) => None,
        Expr::Macro(m) if crate::syntax::expr::panics(&m.mac) => None,
        Expr::Block(b) if b.label.is_none() => block_assigned(&b.block, vars),
        Expr::If(i) => match &i.else_branch {
            Some((_, els)) => meet(
                block_assigned(&i.then_branch, vars),
                assigned_unless_exits(els, vars),
            ),
            None => Some(VarSet::new()),
        },
        Expr::Match(m) => {
            let scrutinee = assigned_unless_exits(&m.expr, vars)?;
            let arms = m
                .arms
                .iter()
                .map(|a| assigned_unless_exits(&a.body, vars))
                .fold(None, meet)?;
            Some(scrutinee.union(&arms).copied().collect())
        }
        _ => operands_assigned(e, vars),
    }
}

/// What the operands that `e` always evaluates assign (`ready("r", { ..;
/// x = v; y })`: a block in an argument runs whenever the call does); `None`
/// if one of them never completes. Closures and async blocks run later, a
/// lazy operand (`a && { x = v; b }`) maybe not: they assign nothing here.
fn operands_assigned(e: &Expr, vars: &Vars) -> Option<VarSet> {
    let always: Vec<&Expr> = match e {
        Expr::Macro(m) => return macro_assigned(&m.mac, vars),
        Expr::Call(c) => std::iter::once(&*c.func).chain(&c.args).collect(),
        Expr::MethodCall(m) => std::iter::once(&*m.receiver).chain(&m.args).collect(),
        Expr::Tuple(t) => t.elems.iter().collect(),
        Expr::Array(a) => a.elems.iter().collect(),
        Expr::Struct(s) => s.fields.iter().map(|f| &f.expr).collect(),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) => {
            vec![&*b.left]
        }
        Expr::Binary(b) => vec![&*b.left, &*b.right],
        Expr::Unary(u) => vec![&*u.expr],
        Expr::Reference(r) => vec![&*r.expr],
        Expr::Field(f) => vec![&*f.base],
        Expr::Index(i) => vec![&*i.expr, &*i.index],
        Expr::Cast(c) => vec![&*c.expr],
        _ => Vec::new(),
    };
    let mut out = VarSet::new();
    for operand in always {
        out.extend(assigned_unless_exits(operand, vars)?);
    }
    Some(out)
}

/// What the operands of a known macro that evaluates them all assign
/// (`vec![t, { ..; x = v; y }]`).
fn macro_assigned(mac: &syn::Macro, vars: &Vars) -> Option<VarSet> {
    let mut out = VarSet::new();
    if let Operands::Exprs(args) = operands(mac)
        && crate::syntax::macros::evaluates_every_operand(mac, &args)
    {
        for a in &args.args {
            out.extend(assigned_unless_exits(&a.expr, vars)?);
        }
    }
    Some(out)
}

fn block_assigned(block: &syn::Block, vars: &Vars) -> Option<VarSet> {
    let mut out = VarSet::new();
    for s in &block.stmts {
        match s {
            Stmt::Expr(e, _) => out.extend(assigned_unless_exits(e, vars)?),
            Stmt::Local(syn::Local {
                init: Some(init), ..
            }) => out.extend(assigned_unless_exits(&init.expr, vars)?),
            Stmt::Macro(m) if crate::syntax::expr::panics(&m.mac) => return None,
            Stmt::Macro(m) => out.extend(macro_assigned(&m.mac, vars)?),
            _ => {}
        }
    }
    Some(out)
}

/// The bindings the left side of an assignment assigns as a whole: `x`, and
/// the bare names of a destructuring assignment (`(a, b) = ..`,
/// `Pair { a, b: y } = ..`).
fn assigned_places(left: &Expr, vars: &Vars) -> VarSet {
    assignee_places(left)
        .into_iter()
        .filter_map(|e| bare_ident(e).and_then(|i| vars.resolve(&i.to_string())))
        .collect()
}
