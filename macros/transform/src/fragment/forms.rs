//! The fragment rewrite, one method per family of expression forms.

use super::*;

impl Rewriter<'_, '_> {
    /// Places: a binding (renamed or read out of its home), borrows, fields, indexing, derefs.
    pub(super) fn visit_place(&mut self, e: &mut Expr, ctx: Ctx) {
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
                    Ctx::Value | Ctx::Callee => Ctx::Field,
                    other => other,
                };
                let bare = matches!(&*f.base, Expr::Path(_));
                let saved = std::mem::replace(&mut self.field_base, bare);
                self.with_ctx(inner, |rw| rw.visit_expr_mut(&mut f.base));
                self.field_base = saved;
            }
            Expr::Index(i) => {
                self.with_ctx(Ctx::Place, |rw| rw.visit_expr_mut(&mut i.expr));
                self.visit_expr_mut(&mut i.index);
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
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    /// `root.method(args)`, taken by the method's name to move binding
    /// `root` of the coroutine: noted for its check (`lower::receiver_check`).
    fn note_receiver_check(&mut self, root: &Ident, m: &syn::ExprMethodCall) {
        let (Some(var), Some(by_name)) = (
            self.resolve(&root.to_string()),
            crate::syntax::moves::by_name_check(m),
        ) else {
            return;
        };
        let local = |i: &Ident| self.local(&i.to_string()).is_some();
        let args = m
            .args
            .iter()
            .map(|a| crate::syntax::moves::arg_stand_in(a, &local))
            .collect();
        self.usage.receiver_checks.push(super::ReceiverCheck {
            var,
            method: m.method.clone(),
            turbofish: m.turbofish.to_token_stream(),
            args,
            by_name,
            receiver_span: root.span(),
            args_span: m.paren_token.span.join(),
        });
    }

    /// `x.sum()`, `x.or(y)` on a homed binding `x` (outside closures): a
    /// method the receiver rule takes to consume a temporary but not a
    /// binding moves it out of its home or borrows it there by its type
    /// (`codegen::home_split`); the shadow moves it where it is moved.
    fn home_split(&self, m: &syn::ExprMethodCall) -> Option<proc_macro2::TokenStream> {
        let family = crate::syntax::moves::split_in_home(&m.method)?;
        if !self.homed_outside_closure(&m.receiver) || !self.captures.is_empty() {
            return None;
        }
        let ident =
            crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(&m.receiver))?;
        let var = &self.env.vars.all[self.resolve(&ident.to_string())?];
        let guard =
            crate::syntax::names::respan(&var.ident, var.ident.span().located_at(ident.span()));
        Some(crate::codegen::home_split(&guard, family, ident.span()))
    }

    /// `f(args)`: the callee in its own context; a call of a closure
    /// binding judged `FnOnce` is noted for its check.
    fn visit_call(&mut self, c: &mut syn::ExprCall) {
        let callee =
            crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(&c.func)).cloned();
        self.with_ctx(Ctx::Callee, |rw| rw.visit_expr_mut(&mut c.func));
        if let Some(callee) = callee {
            self.note_closure_call(&callee, c.paren_token.span.join());
        }
        for arg in c.args.iter_mut() {
            self.visit_expr_mut(arg);
        }
    }

    /// Operations: calls, method calls, assignments (to a homed binding through its guard), operators, struct literals.
    pub(super) fn visit_operation(&mut self, e: &mut Expr) {
        match e {
            Expr::Call(c) => self.visit_call(c),
            Expr::MethodCall(m) => {
                // A homed receiver of a method syntax proves takes `self`
                // (`into_*`, `unwrap`, ...) is read out of its home, as a
                // by-value argument is; the shadow moves it too.
                let consumed = crate::syntax::moves::consumed_receiver(m).cloned();
                let ctx = if consumed.is_some() && self.homed_outside_closure(&m.receiver) {
                    Ctx::Value
                } else {
                    Ctx::Receiver
                };
                let split = self.home_split(m);
                self.with_ctx(ctx, |rw| rw.visit_expr_mut(&mut m.receiver));
                if let Some(split) = split {
                    *m.receiver = Expr::Verbatim(split);
                }
                if let Some(root) = &consumed {
                    self.consumed(root);
                    self.note_receiver_check(root, m);
                }
                for arg in m.args.iter_mut() {
                    self.visit_expr_mut(arg);
                }
            }
            // Inside a closure the binding is assigned through what the
            // closure captures (`slotted`), below.
            Expr::Assign(a)
                if self.captures.is_empty()
                    && crate::syntax::expr::bare_ident(&a.left).is_some_and(|i| {
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
                let guard = crate::syntax::names::respan(
                    &var.ident,
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
                if matches!(b.op, And(_) | Or(_)) {
                    self.conditionally(|rw| rw.with_ctx(r, |rw| rw.visit_expr_mut(&mut b.right)));
                } else {
                    self.with_ctx(r, |rw| rw.visit_expr_mut(&mut b.right));
                }
            }
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
                    // `..base` moves only the fields not listed: the listed
                    // ones stay in `base` and drop at its scope's end. The
                    // receiver rule: assumed to move nothing, so `base` is
                    // held; if it was in fact partly moved, carrying it on
                    // is E0382 at `..base`, never an early drop of the rest.
                    self.with_ctx(Ctx::Field, |rw| rw.visit_expr_mut(rest));
                }
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    /// Closures and `async` blocks: their own `return`/`?`/loops; a `move` one takes homed values out first.
    pub(super) fn visit_closure(&mut self, e: &mut Expr) {
        match e {
            Expr::Closure(c) => {
                self.usage.has_closure = true;
                let moves = c.capture.is_some();
                let frame = self.open_captures(moves);
                self.locals.push(Vec::new());
                for input in c.inputs.iter_mut() {
                    self.bind_pattern(input);
                }
                let saved_loops = std::mem::take(&mut self.loops);
                self.enter_closure();
                self.in_move_closure += usize::from(moves);
                self.visit_expr_mut(&mut c.body);
                self.in_move_closure -= usize::from(moves);
                self.in_closure -= 1;
                if frame {
                    self.close_captures(e);
                }
                self.loops = saved_loops;
                self.locals.pop();
            }
            Expr::Async(a) => {
                self.usage.has_closure = true;
                let saved_loops = std::mem::take(&mut self.loops);
                let moves = a.capture.is_some();
                let frame = self.open_captures(moves);
                self.enter_closure();
                self.in_move_closure += usize::from(moves);
                self.visit_block_mut(&mut a.block);
                self.in_move_closure -= usize::from(moves);
                self.in_closure -= 1;
                if frame {
                    self.close_captures(e);
                }
                self.loops = saved_loops;
            }
            Expr::Const(_) => {}
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    /// The scrutinee of a `match` (outside closures) if it is a binding of
    /// the coroutine that some arms leave whole and others may move
    /// (`syntax::pattern::arms_leave_whole`), with whether it is read out of
    /// its home and put back by the arms that bind nothing
    /// (`arms_read_whole`; `lower::rest::LeftBinding` for a `match` that
    /// suspends).
    fn left_binding(&self, scrutinee: &Expr, pats: &[&syn::Pat]) -> Option<(VarId, bool, Ident)> {
        if self.in_closure > 0 || !crate::syntax::pattern::arms_leave_whole(pats) {
            return None;
        }
        let name = crate::syntax::expr::bare_ident(crate::syntax::expr::strip_parens(scrutinee))?;
        let id = self.resolve(&name.to_string())?;
        let put_back =
            self.homed_outside_closure(scrutinee) && crate::syntax::pattern::arms_read_whole(pats);
        Some((id, put_back, name.clone()))
    }

    /// An arm of a `match` on such a binding: one that binds by value may
    /// move it (on this path only: the arms are conditional); with
    /// `put_back`, one that binds nothing binds the value read out as a
    /// whole and puts it back first thing (`__coro_left @ (pat) => { x =
    /// __coro_left; body }`, the assignment then rewritten for the home).
    fn arm_leaves_binding(
        &mut self,
        (id, put_back, name): (VarId, bool, &Ident),
        arm: &mut syn::Arm,
    ) {
        if crate::syntax::pattern::binds_by_value(&arm.pat) {
            self.record(id, Ctx::Value);
        } else if put_back {
            let left = Ident::new("__coro_left", proc_macro2::Span::mixed_site());
            let pat = &arm.pat;
            arm.pat = syn::parse_quote!(#left @ (#pat));
            let body = &arm.body;
            *arm.body = syn::parse_quote!({ #name = #left; #body });
        }
    }

    /// How a `match` uses its scrutinee, given the patterns of the arms
    /// that may be entered and the binding they may leave (`left_binding`).
    fn match_scrutinee_ctx(
        &self,
        scrutinee: &Expr,
        pats: &[&syn::Pat],
        left: Option<&(VarId, bool, Ident)>,
    ) -> Ctx {
        if let Some((_, put_back, _)) = left {
            if *put_back { Ctx::Value } else { Ctx::Place }
        } else if crate::syntax::pattern::arms_move_whole(pats)
            && self.homed_outside_closure(scrutinee)
        {
            Ctx::Value
        } else if pats
            .iter()
            .any(|p| crate::syntax::pattern::binds_by_value(p))
        {
            // Only a binding by value moves (or copies) a part:
            // `match *boxed { Some(ref t) => .. }` leaves the box whole.
            Ctx::Project
        } else {
            Ctx::Place
        }
    }

    /// Control flow: `match`, `if`, `let` conditions and loops (their bindings are fragment-local).
    pub(super) fn visit_control(&mut self, e: &mut Expr) {
        match e {
            Expr::Match(m) => {
                // An arm whose guard never holds binds nothing: it moves
                // nothing out of the scrutinee.
                let pats: Vec<&syn::Pat> = m
                    .arms
                    .iter()
                    .filter(|a| !never_entered(a))
                    .map(|a| &a.pat)
                    .collect();
                let left = self.left_binding(&m.expr, &pats);
                let scrut_ctx = self.match_scrutinee_ctx(&m.expr, &pats, left.as_ref());
                self.visit_scrutinee(&mut m.expr, scrut_ctx, || {
                    m.arms.iter().map(|a| a.pat.clone()).collect()
                });
                self.conditional += 1;
                for arm in m.arms.iter_mut() {
                    self.locals.push(Vec::new());
                    if let Some((id, put_back, name)) = &left
                        && !never_entered(arm)
                    {
                        self.arm_leaves_binding((*id, *put_back, name), arm);
                    }
                    self.bind_pattern(&mut arm.pat);
                    if let Some((_, guard)) = &mut arm.guard {
                        self.visit_expr_mut(guard);
                    }
                    self.visit_expr_mut(&mut arm.body);
                    self.locals.pop();
                }
                self.conditional -= 1;
            }
            Expr::If(i) => {
                self.locals.push(Vec::new());
                self.visit_expr_mut(&mut i.cond);
                self.conditionally(|rw| rw.visit_block_mut(&mut i.then_branch));
                self.locals.pop();
                if let Some((_, else_branch)) = &mut i.else_branch {
                    self.conditionally(|rw| rw.visit_expr_mut(else_branch));
                }
            }
            Expr::Let(l) => {
                let scrut_ctx = if crate::syntax::pattern::let_moves_whole(&l.pat)
                    && self.homed_outside_closure(&l.expr)
                {
                    Ctx::Value
                } else if crate::syntax::pattern::binds_by_value(&l.pat) {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                self.visit_scrutinee(&mut l.expr, scrut_ctx, || vec![(*l.pat).clone()]);
                // The bindings are visible in the rest of the condition and the body:
                // the enclosing `if`/`while` pushed the scope they go into.
                if self.locals.is_empty() {
                    self.locals.push(Vec::new());
                }
                self.bind_pattern(&mut l.pat);
            }
            Expr::While(w) => {
                self.loops.push(w.label.as_ref(), true, false);
                self.locals.push(Vec::new());
                self.visit_expr_mut(&mut w.cond);
                self.conditionally(|rw| rw.visit_block_mut(&mut w.body));
                self.locals.pop();
                self.loops.pop();
            }
            Expr::Loop(l) => {
                self.loops.push(l.label.as_ref(), true, false);
                self.conditionally(|rw| rw.visit_block_mut(&mut l.body));
                self.loops.pop();
            }
            Expr::ForLoop(f) => {
                self.visit_expr_mut(&mut f.expr);
                self.loops.push(f.label.as_ref(), true, false);
                self.locals.push(Vec::new());
                self.bind_pattern(&mut f.pat);
                self.conditionally(|rw| rw.visit_block_mut(&mut f.body));
                self.locals.pop();
                self.loops.pop();
            }
            Expr::Block(b) => {
                let labelled = b.label.is_some();
                if labelled {
                    // A labelled block is a `break` target of its own.
                    self.loops.push(b.label.as_ref(), false, false);
                    self.conditional += 1;
                }
                self.visit_block_mut(&mut b.block);
                if labelled {
                    self.conditional -= 1;
                }
                if labelled {
                    self.loops.pop();
                }
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    /// Exits: `return` and `?` finish the machine; `break`/`continue` out of a flattened loop become jumps.
    pub(super) fn visit_exit(&mut self, e: &mut Expr) {
        match e {
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
                let code = crate::codegen::try_code(value, self.env.ret_ty);
                // Parenthesised: the `match` it becomes is block-like, so as
                // an operator's left operand in an arm or statement position
                // (`3 => f()? + 1,`) it would end the arm or statement there.
                *e = Expr::Verbatim(quote::quote_spanned!(Span::mixed_site()=> (#code)));
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
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }
}

/// Whether `arm`'s guard never holds: a block that always leaves (its last
/// statement a `break`, `continue` or `return`), as the views of the
/// bindings a guard that awaits reads are taken (`lower::guards`). Its
/// bindings are never bound, so its pattern moves nothing.
fn never_entered(arm: &syn::Arm) -> bool {
    let Some((_, guard)) = &arm.guard else {
        return false;
    };
    let Expr::Block(b) = &**guard else {
        return false;
    };
    b.label.is_none()
        && matches!(
            b.block.stmts.last(),
            Some(syn::Stmt::Expr(
                Expr::Break(_) | Expr::Return(_) | Expr::Continue(_),
                _
            ))
        )
}
