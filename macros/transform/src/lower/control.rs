//! Branches that suspend: blocks, `if` (and `if let`), `match` (and guards that await).

use super::*;

impl Lowerer {
    /// A block used as a value (`let x = { ... };`), with a suspension inside:
    /// its value leaves its scope through a join.
    pub(super) fn lower_block_value(&mut self, block: &SynBlock) -> TokenStream {
        if !self.block_suspends(block) {
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
    pub(super) fn lower_block_discard(&mut self, block: &SynBlock) {
        self.open_scope();
        let v = self.lower_block_stmts(&block.stmts);
        self.emit_discarded(v);
        self.close_scope();
    }

    /// Lowers a branch body (a block) into the current segment and jumps to
    /// `join` with its value.
    pub(super) fn lower_branch(&mut self, body: &SynBlock, join: BlockId, with_value: bool) {
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

    /// An `if let`'s scrutinee: held when awaited; otherwise its
    /// temporaries live through a `then` that suspends (`temps::At`,
    /// dropped by the caller), and a homed binding that the pattern moves
    /// whole is read out of its home.
    fn lower_if_let_scrutinee(&mut self, l: &syn::ExprLet, branches_await: bool) -> TokenStream {
        if self.suspends(&l.expr) {
            let v = self.lower_held_operand(&l.expr);
            return self.temp_binding(v, false);
        }
        let binds = crate::syntax::pattern::has_bindings(&l.pat);
        let scrutinee = if branches_await {
            self.bind_statement_temps(&l.expr, if binds { At::Value } else { At::Place })
        } else {
            (*l.expr).clone()
        };
        let moves_whole = crate::syntax::pattern::let_moves_whole(&l.pat);
        let ctx = self.scrutinee_ctx(&l.expr, moves_whole, binds);
        self.fragment_expr(scrutinee, ctx)
    }

    /// How a scrutinee that is not awaited is read: a homed binding that
    /// the patterns move whole is read out of its home; one that a pattern
    /// binds from is a projection (a possible move); otherwise a place.
    fn scrutinee_ctx(&self, scrutinee: &Expr, moves_whole: bool, binds: bool) -> Ctx {
        if moves_whole && self.is_homed_binding(scrutinee) {
            Ctx::Value
        } else if binds {
            Ctx::Project
        } else {
            Ctx::Place
        }
    }

    pub(super) fn lower_if(&mut self, i: &syn::ExprIf) -> TokenStream {
        if is_let_chain(&i.cond) {
            return self.lower_if_let_chain(i);
        }
        let branches_await = self.block_suspends(&i.then_branch)
            || i.else_branch
                .as_ref()
                .is_some_and(|(_, e)| self.suspends(e));
        // The condition: `if let P = e` keeps its pattern; only `e` is lowered.
        let from = self.ref_temps.len();
        let (cond_tokens, let_pat) = match &*i.cond {
            Expr::Let(l) => (
                self.lower_if_let_scrutinee(l, branches_await),
                Some(&*l.pat),
            ),
            cond => {
                let c = self.lower_condition(cond);
                (self.settle_condition(from, c), None)
            }
        };
        // Temporaries of an `if let` scrutinee live through the `then`
        // branch; they are dropped at its end and when the `else` begins
        // (edition 2024 drops them before `else`; earlier ones only drop them
        // later, which cannot make a borrow of them fail).
        let scrutinee_temps: Vec<(VarId, ExprId)> = self.ref_temps.drain(from..).collect();
        if !branches_await && scrutinee_temps.is_empty() {
            return self.if_as_written(i, cond_tokens);
        }
        let unmatched_value = self.held_if_let_value(&i.cond, &cond_tokens);
        let line = line_of(i.if_token.span);
        let join = self.new_block(
            BlockKind::Join,
            "AfterIf",
            format!("After the `if` at line {line}."),
        );
        let result = self.join_result(join);
        let (then_seg, then_m) = self.inline_seg();
        let (else_seg, else_m) = self.inline_seg();
        // The condition moves its temporaries on both branches (the flow
        // is forked before `push_branching` notes them).
        self.note_temps(&cond_tokens);
        let (block, parent_seg, flow) = (self.cur_block, self.cur_seg, self.flow.clone());
        let after_then = self.after_then_block(&scrutinee_temps, line);
        // then: its scope holds the `if let` pattern's bindings (and what
        // the pattern leaves of an owned scrutinee, `keep_rest`).
        self.cur_seg = then_seg;
        let (branch, scopes) = match (let_pat, &*i.cond) {
            (Some(pat), Expr::Let(l)) => {
                let keep = self.keeps_rest(&l.expr, crate::syntax::pattern::has_bindings(pat));
                let against_ref = scrutinee_is_reference(&i.cond);
                let suspends = self.block_suspends(&i.then_branch);
                let branch = self.declare_branch_pattern(pat, keep, against_ref, true, suspends);
                self.enter_branch(&branch);
                let pat = &branch.pat;
                // `if let`, not `match`: the scrutinee's temporaries then end
                // where the user's edition ends them (2024: before `else`),
                // which is what the `async` copy was checked with.
                let tokens = quote!(if let #pat = #cond_tokens { #then_m } else { #else_m });
                (tokens, branch.scopes())
            }
            _ => {
                self.open_scope();
                (quote!(if #cond_tokens { #then_m } else { #else_m }), 1)
            }
        };
        self.push_branching(parent_seg, branch);
        let v = self.lower_block_stmts(&i.then_branch.stmts);
        self.end_then_branch(v, join, after_then, &scrutinee_temps, scopes);
        // else
        self.cur_block = block;
        self.cur_seg = else_seg;
        self.flow = flow;
        // An empty `else` makes the two points one.
        let else_runs_code = i
            .else_branch
            .as_ref()
            .is_some_and(|(_, e)| !matches!(&**e, Expr::Block(b) if b.block.stmts.is_empty()));
        // The scrutinee's value itself (`if let Ok(n) = f().await`, an
        // owned value held for the `then` branch) is such a temporary too.
        if (!scrutinee_temps.is_empty() || unmatched_value.is_some()) && else_runs_code {
            self.require_edition_2024(
                i.if_token.span,
                "edition 2024 drops the temporaries of an `if let` scrutinee before its \
                 `else`, earlier editions after it",
            );
        }
        if let Some(value) = unmatched_value {
            self.drop_temps(&[value]);
        }
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

    /// An arm's value, handed to the join; a panicking one (the catch-all
    /// arm of a `match` rewritten for a guard's `.await`) never reaches it:
    /// no edge, which would keep a binding the other arms assign
    /// uninitialised there.
    fn lower_arm_body(&mut self, body: &Expr, join: BlockId) {
        let v = self.lower_expr(body);
        if let Expr::Macro(m) = body
            && crate::syntax::expr::panics(&m.mac)
        {
            self.emit_discarded(v);
            self.terminate();
        } else {
            self.goto(join, vec![v]);
        }
    }

    pub(super) fn lower_match(&mut self, m: &syn::ExprMatch) -> TokenStream {
        if m.arms
            .iter()
            .any(|a| a.guard.as_ref().is_some_and(|(_, g)| self.suspends(g)))
        {
            return self.lower_match_awaiting_guards(m);
        }
        let arms_await = m.arms.iter().any(|a| {
            self.suspends(&a.body) || a.guard.as_ref().is_some_and(|(_, g)| self.suspends(g))
        });
        let binds = m
            .arms
            .iter()
            .any(|a| crate::syntax::pattern::has_bindings(&a.pat));
        let awaited = self.suspends(&m.expr);
        let keeps_rest = self.keeps_rest(&m.expr, binds);
        let leaves = if awaited {
            None
        } else {
            self.arms_leave_binding(m)
        };
        let put_back = leaves.as_ref().is_some_and(|l| l.put_back);
        let scrut = if awaited {
            let v = self.lower_held_operand(&m.expr);
            self.temp_binding(v, false)
        } else {
            // Arms that suspend: the scrutinee's temporaries live to the
            // end of the statement (`temps::At`).
            let scrutinee = if arms_await {
                self.bind_statement_temps(&m.expr, if binds { At::Value } else { At::Place })
            } else {
                (*m.expr).clone()
            };
            let pats: Vec<&syn::Pat> = m.arms.iter().map(|a| &a.pat).collect();
            let moves_whole = crate::syntax::pattern::arms_move_whole(&pats);
            let ctx = match &leaves {
                Some(l) if l.put_back => Ctx::Value,
                Some(_) => Ctx::Place,
                None => self.scrutinee_ctx(&m.expr, moves_whole, binds),
            };
            self.fragment_expr(scrutinee, ctx)
        };
        if !arms_await && !put_back {
            if let Some(l) = &leaves {
                // Moved on the paths of the arms that bind by value only.
                self.note_moved_by_some_arm(l);
            }
            let mut rest = m.clone();
            let ph = Ident::new("__coro_scrutinee_placeholder", Span::call_site());
            rest.expr = Box::new(Expr::Verbatim(ph.to_token_stream()));
            let tokens = self.fragment_expr(Expr::Match(rest), Ctx::Value);
            // An awaited scrutinee is a value: matched as one (the call's
            // result is the `match`'s temporary), what the patterns leave
            // of it drops at the end of the `match`'s statement, as Rust
            // drops the awaited value, not with the arm's other locals.
            let scrut = if awaited {
                quote!(::core::convert::identity(#scrut))
            } else {
                scrut
            };
            return substitute(tokens, &ph.to_string(), &scrut);
        }
        let line = line_of(m.match_token.span);
        let join = self.new_block(
            BlockKind::Join,
            "AfterMatch",
            format!("After the `match` at line {line}."),
        );
        let result = self.join_result(join);
        // The scrutinee moves its temporaries in every arm (the arms are
        // lowered before `push_branching` notes them).
        self.note_temps(&scrut);
        let (block, parent_seg, flow) = (self.cur_block, self.cur_seg, self.flow.clone());
        let mut arms = Vec::new();
        for arm in &m.arms {
            let (seg, marker) = self.inline_seg();
            self.cur_block = block;
            self.cur_seg = seg;
            self.flow = flow.clone();
            let against_ref = matches!(&*m.expr, Expr::Reference(_));
            // What the arm's pattern leaves of an owned scrutinee that
            // patterns move out of (`(a, _)`) is moved out too, into a
            // value held to the end of the arm (`keep_rest`); in an arm
            // with a guard too (Rust binds by value only once the guard
            // held, so a failed guard leaves the value whole).
            let suspends = self.suspends(&arm.body);
            let mut branch =
                self.declare_branch_pattern(&arm.pat, keeps_rest, against_ref, true, suspends);
            let put_back_arm = leaves
                .as_ref()
                .and_then(|l| self.arm_leaves_binding(l, &arm.pat, &mut branch));
            // The guard sees the bindings before the arm's code runs: under
            // the names the pattern binds them to (`__coro_bound_x` for one
            // with a home, moved into it when the arm is chosen).
            let guard = arm.guard.as_ref().map(|(if_token, g)| {
                let g = self.with_bound_names(|this| this.fragment_expr((**g).clone(), Ctx::Value));
                quote!(#if_token #g)
            });
            self.enter_branch(&branch);
            if let Some(put_back) = put_back_arm {
                let put_back = self.fragment_stmt(put_back);
                self.emit(put_back);
            }
            // An arm's attributes (`#[allow(unused_variables)]` on a guard's
            // binding, see `lower_match_awaiting_guards`) stay with it.
            let attrs = &arm.attrs;
            let pat = &branch.pat;
            arms.push(quote!(#(#attrs)* #pat #guard => { #marker }));
            self.lower_arm_body(&arm.body, join);
            self.close_branch(&branch);
        }
        // The `match` itself is code of the block it started in (the last
        // arm may have ended in another): its use of an awaited scrutinee's
        // temporary is that block's.
        self.cur_block = block;
        self.flow = flow;
        self.push_branching(parent_seg, quote!(match #scrut { #(#arms)* }));
        self.switch_to(join);
        if awaited && !binds {
            // An awaited scrutinee no pattern moves out of lives to the end
            // of the `match`, as Rust's scrutinee temporary does. One that
            // patterns bind from is moved into the `match` (a part moved
            // out could not be carried on), and what the arm's patterns
            // leave of it drops when the arm's code ends.
            self.emit(quote!(::core::mem::drop(#scrut);));
        }
        self.out.vars.all[result].ident.to_token_stream()
    }
}

impl Lowerer {
    /// An `if` whose condition alone suspends: the `if` itself stays as
    /// written around the lowered condition (`cond_tokens`).
    fn if_as_written(&mut self, i: &syn::ExprIf, cond_tokens: TokenStream) -> TokenStream {
        let let_pat = match &*i.cond {
            Expr::Let(l) => Some(&*l.pat),
            _ => None,
        };
        // Only the condition suspended: the `if` itself stays as written,
        // matching the awaited value as the value it is (a temporary of
        // the scrutinee, dropped before the `else` in edition 2024,
        // after it before), not as the binding that holds it.
        let cond_tokens = match (&*i.cond, let_pat) {
            (Expr::Let(l), Some(pat)) if self.suspends(&l.expr) => {
                awaited_scrutinee_as_value(cond_tokens, pat)
            }
            _ => cond_tokens,
        };
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
        substitute(tokens, &ph.to_string(), &cond_tokens)
    }

    /// An `if let` scrutinee's value that the state machine holds in a
    /// temporary (`held_scrutinee_value`), to be dropped before the `else`.
    /// A pattern that binds keeps what it leaves (`keeps_rest`); one that
    /// binds nothing leaves the value whole, which Rust keeps through the
    /// `then` branch as the scrutinee's temporary. Not done here: a drop at
    /// the branch's end is a use of what the value borrows (`if let None =
    /// find(&v).await { v.push(..) }` would not compile), where rustc's own
    /// drop of a value without drop glue is not; it drops at the branch's
    /// first suspension instead (limit 2).
    fn held_if_let_value(&self, cond: &Expr, held: &TokenStream) -> Option<(VarId, ExprId)> {
        let Expr::Let(l) = cond else { return None };
        let value = self.held_scrutinee_value(&l.expr, held)?;
        Some((value, ExprId::of(&l.expr)))
    }

    /// The temporary (`held`) in which the state machine holds the value of
    /// an `if let` / `let .. else` scrutinee that suspends, where the
    /// branches suspend too. Rust drops that value with the scrutinee's
    /// temporaries, first thing where the pattern did not match (before the
    /// `else`); not dropped there, it would live to the `else`'s first
    /// suspension. Only a value (`f().await`, `g(x.await)`): a place keeps
    /// its value.
    pub(super) fn held_scrutinee_value(
        &self,
        scrutinee: &Expr,
        held: &TokenStream,
    ) -> Option<VarId> {
        let value = matches!(
            crate::syntax::expr::strip_parens(scrutinee),
            Expr::Await(_) | Expr::Call(_) | Expr::MethodCall(_)
        );
        if !value || !self.suspends(scrutinee) {
            return None;
        }
        self.out.vars.temp_id(&held.to_string())
    }
}

/// The binding that holds an awaited scrutinee, matched as a value
/// (`identity(v)`): Rust drops an unmatched scrutinee's value with the
/// scrutinee's temporaries (before an `else`), a binding at its scope's
/// end. Not where the pattern binds by reference (the value would not live
/// through the branch).
pub(super) fn awaited_scrutinee_as_value(binding: TokenStream, pat: &syn::Pat) -> TokenStream {
    if crate::syntax::pattern::binds_by_ref(pat) || syn::parse2::<Ident>(binding.clone()).is_err() {
        return binding;
    }
    quote!(::core::convert::identity(#binding))
}
