//! The one loop and label resolver (regenerator's leap manager): the stack of flattened loops and labelled blocks, what `break`/`continue` target, and the loop forms.

use super::*;

impl Lowerer {
    /// The flattened loops as a fragment sees them: a jump to one of them
    /// leaves the fragment.
    pub(super) fn loop_targets(&self) -> LoopScopes<bool> {
        let mut targets = LoopScopes::default();
        for frame in self.loops.iter() {
            targets.push_named(frame.label.clone(), frame.is_loop, true);
        }
        targets
    }

    /// The edges of the jumps a fragment made out of flattened loops.
    /// `assigned`: what the fragment making them assigns as a whole
    /// (`Edge::assigned_in_fragment`).
    pub(super) fn add_jumps(&mut self, jumps: Vec<Jump>, assigned: &VarSet) {
        for jump in jumps {
            if let Some((to, values)) = self.leap(jump.target, jump.brk) {
                self.add_edge(to, values, jump.id);
                if let Some(edge) = self.out.edges.last_mut() {
                    edge.assigned_in_fragment = assigned.clone();
                    edge.maybe_assigned.extend(assigned.iter().copied());
                }
            }
        }
    }

    /// Where a `break` (`brk: Some(value)`) or `continue` (`None`) out of
    /// flattened frame `target` goes, with the values it carries.
    fn leap(
        &mut self,
        target: usize,
        brk: Option<Option<TokenStream>>,
    ) -> Option<(BlockId, Vec<TokenStream>)> {
        let frame = &self.loops.frame(target).data;
        match brk {
            // `check` and `LoopScopes::resolve` refuse a `continue` to a block.
            None => frame.head.map(|head| (head, Vec::new())),
            Some(value) => {
                let after = frame.after;
                let values = match value {
                    Some(v) => {
                        self.loop_result(target);
                        vec![v]
                    }
                    None if frame.result.is_some() => vec![quote!(())],
                    None => Vec::new(),
                };
                Some((after, values))
            }
        }
    }

    /// The value binding of a flattened loop's `break value`.
    pub(super) fn loop_result(&mut self, index: usize) -> VarId {
        if let Some(v) = self.loops.frame(index).data.result {
            return v;
        }
        let after = self.loops.frame(index).data.after;
        let v = self.join_result(after);
        self.loops.frame_mut(index).data.result = Some(v);
        v
    }

    /// A `break`/`continue` that is lowered itself (its value suspends).
    pub(super) fn lower_jump(
        &mut self,
        label: Option<&syn::Lifetime>,
        brk: Option<Option<TokenStream>>,
        span: Span,
    ) {
        let leap = if brk.is_some() {
            Leap::Break
        } else {
            Leap::Continue
        };
        match self.loops.resolve(label, leap) {
            Ok(target) => {
                if let Some((to, values)) = self.leap(target, brk) {
                    self.goto(to, values);
                }
            }
            Err(LeapError::NoTarget) => self.errors.push(Rule::BreakOutsideLoop.at(span)),
            Err(LeapError::ContinueToBlock(_)) => {
                self.errors.push(Rule::ContinueTargetsBlock.at(span));
            }
        }
    }

    pub(super) fn lower_labelled_block(&mut self, b: &syn::ExprBlock) -> TokenStream {
        let line = line_of(b.block.brace_token.span.open());
        let after = self.new_block(
            BlockKind::Join,
            "AfterBlock",
            format!("After the labelled block at line {line}."),
        );
        let index = self.loops.push(
            b.label.as_ref(),
            false,
            LoopFrame {
                head: None,
                after,
                result: None,
            },
        );
        let result = self.loop_result(index);
        self.lower_branch(&b.block, after, true);
        self.loops.pop();
        self.switch_to(after);
        self.out.vars.all[result].ident.to_token_stream()
    }

    pub(super) fn lower_loop(
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
        let index = self.loops.push(
            label,
            true,
            LoopFrame {
                head: Some(head),
                after,
                result: None,
            },
        );
        self.open_scope();
        // Temporaries of a `while let` scrutinee live through the body
        // (edition 2024; `temps::At`): dropped at its end, and when a jump
        // leaves the loop's scope.
        let mut scrutinee_temps: Vec<(VarId, ExprId)> = Vec::new();
        // A `while let`'s pattern (its scopes close with the body's).
        let mut pattern = None;
        // Where the scrutinee's temporaries drop, after the pattern's
        // bindings (made before the pattern's scopes open).
        let mut after_body = None;
        match kind {
            LoopKind::Loop => {}
            LoopKind::While(cond) => {
                let (else_seg, else_m) = self.inline_seg();
                match cond {
                    Expr::Let(l) => {
                        let scrut = if self.suspends(&l.expr) {
                            let (v, temps) = self.lower_suspending_while_scrutinee(&l.expr);
                            scrutinee_temps = temps;
                            v
                        } else {
                            let binds = crate::syntax::pattern::has_bindings(&l.pat);
                            let ctx = if binds { Ctx::Project } else { Ctx::Place };
                            let scrutinee = if self.block_suspends(body) {
                                let from = self.ref_temps.len();
                                let at = if binds { At::Value } else { At::Place };
                                let e = self.bind_statement_temps(&l.expr, at);
                                scrutinee_temps = self.ref_temps.drain(from..).collect();
                                e
                            } else {
                                (*l.expr).clone()
                            };
                            self.fragment_expr(scrutinee, ctx)
                        };
                        if !scrutinee_temps.is_empty() {
                            after_body = Some(self.new_block(
                                BlockKind::Join,
                                "AfterBody",
                                format!("After the body of the `while let` at line {line}."),
                            ));
                        }
                        let binds = crate::syntax::pattern::has_bindings(&l.pat);
                        let keep = self.keeps_rest(&l.expr, binds);
                        let suspends = self.block_suspends(body);
                        let branch =
                            self.declare_branch_pattern(&l.pat, keep, false, false, suspends);
                        self.goto_from(else_seg, after);
                        let scrut = let_else_init(scrut);
                        let pat = &branch.pat;
                        self.emit(quote!(let #pat = #scrut else { #else_m };));
                        self.enter_branch(&branch);
                        pattern = Some(branch);
                    }
                    cond => {
                        let from = self.ref_temps.len();
                        let c = self.lower_condition(cond);
                        let c = self.settle_condition(from, c);
                        self.goto_from(else_seg, after);
                        // `if c {} else ..` rather than `if !c ..`: `c` may be a join's
                        // value whose type is only known to be `bool` here.
                        self.emit(quote!(if #c {} else { #else_m }));
                    }
                }
            }
            LoopKind::For(pat, iter) => {
                pattern = Some(self.for_item_pattern(pat, &iter, body, after))
            }
        }
        let v = self.lower_block_stmts(&body.stmts);
        self.emit_discarded(v);
        self.end_loop_body(head, after_body, pattern.as_ref(), &scrutinee_temps);
        self.close_scope();
        let result = self.loops.frame(index).data.result;
        self.loops.pop();
        self.switch_to(after);
        match result {
            Some(v) => self.out.vars.all[v].ident.to_token_stream(),
            None => quote!(()),
        }
    }
}

impl Lowerer {
    /// A `while let`'s scrutinee that suspends, bound, and the temporaries
    /// it holds to the body's end (evaluated before the body's suspensions).
    fn lower_suspending_while_scrutinee(
        &mut self,
        scrutinee: &Expr,
    ) -> (TokenStream, Vec<(VarId, ExprId)>) {
        let from = self.ref_temps.len();
        self.hoisting += 1;
        let v = self.lower_expr(scrutinee);
        self.hoisting -= 1;
        let borrowed = self.ref_temps[from..]
            .iter()
            .any(|(t, _)| !self.moved_field_holders.contains(t));
        if borrowed && !self.out.vars.home_plan.is_empty() {
            let rule = Rule::WhileLetBorrowsTemporary;
            self.errors.push(rule.at(scrutinee.span()));
        }
        let temps = self.ref_temps.drain(from..).collect();
        (self.temp_binding(v, false), temps)
    }

    /// The end of a loop's body: back to `head`, closing the scopes of a
    /// `while let`'s pattern and dropping its scrutinee's temporaries.
    /// With `after_body`, leaving the body's scopes first drops the
    /// pattern's bindings, then the temporaries drop there, as in Rust.
    fn end_loop_body(
        &mut self,
        head: BlockId,
        after_body: Option<BlockId>,
        pattern: Option<&rest::BranchPattern>,
        scrutinee_temps: &[(VarId, ExprId)],
    ) {
        match (after_body, pattern) {
            (Some(after_body), Some(branch)) if !self.terminated() => {
                self.goto(after_body, Vec::new());
                self.close_branch(branch);
                self.switch_to(after_body);
                self.drop_temps(scrutinee_temps);
                self.goto(head, Vec::new());
            }
            _ => {
                self.drop_temps(scrutinee_temps);
                self.goto(head, Vec::new());
                if let Some(branch) = pattern {
                    self.close_branch(branch);
                }
            }
        }
    }
}

/// A flattened loop or labelled block.
pub(super) struct LoopFrame {
    /// `None` for a labelled block (no `continue`).
    pub(super) head: Option<BlockId>,
    pub(super) after: BlockId,
    /// The value of `break value`, declared lazily.
    pub(super) result: Option<VarId>,
}

/// The kinds of flattened loop.
pub enum LoopKind<'a> {
    Loop,
    While(&'a Expr),
    For(&'a Pat, TokenStream),
}

impl Lowerer {
    /// A `for` loop's pattern, matched against the next item at the top of
    /// its body. Rust matches `Some(pat)` against the item, a temporary of
    /// the iteration (`match next(&mut iter) { Some(pat) => body, .. }`):
    /// what the pattern leaves of it is kept to the body's end, as a `while
    /// let`'s is.
    fn for_item_pattern(
        &mut self,
        pat: &Pat,
        iter: &TokenStream,
        body: &SynBlock,
        after: BlockId,
    ) -> super::rest::BranchPattern {
        let (else_seg, else_m) = self.inline_seg();
        let suspends = self.block_suspends(body);
        // `for _ in items`: the item is not moved out, and drops when the
        // iteration ends; a hidden binding keeps it there (`let Some(_) =
        // ..` dropped it at the body's top, before its first suspension).
        let item: Pat;
        let pat = if matches!(pat, Pat::Wild(_)) && suspends {
            let hidden = Ident::new("__coro_item", Span::mixed_site());
            item = syn::parse_quote!(#hidden);
            &item
        } else {
            pat
        };
        let binds = crate::syntax::pattern::has_bindings(pat);
        if crate::split::leaves_unnamed_parts(pat) && suspends {
            // What it cannot name (under a tuple's `..`) would drop at the
            // body's first suspension: an item that owns nothing (a
            // reference, plain data) is checked.
            let check = crate::drop_order::items_need_no_drop(iter, FOR_LEAVES_UNNAMED, pat.span());
            self.emit(quote!(#check;));
        }
        let branch = self.declare_branch_pattern(pat, binds, false, false, suspends);
        self.goto_from(else_seg, after);
        let p = &branch.pat;
        self.emit(quote!(let ::core::option::Option::Some(#p) = ::core::iter::Iterator::next(&mut #iter) else { #else_m };));
        self.enter_branch(&branch);
        branch
    }
}

/// The message of the check of a `for` pattern that leaves parts of each
/// item the coroutine cannot name (`drop_order::items_need_no_drop`).
const FOR_LEAVES_UNNAMED: &str = "coro: this `for` pattern moves a part out of each item and \
     leaves other parts in it (under `..`, or a `_` in an or-pattern or under `@`), which Rust \
     drops at the end of the iteration; the items need drop, and across a suspension the \
     coroutine keeps only parts it can name. Name the parts (`(t, _u, _v)`, `Pair { a, b: _b }`: \
     they then drop at the end of the iteration), or iterate over references";

impl Lowerer {
    /// A range whose bounds are plain values or bindings known to have no
    /// drop glue (`0..n` with `n: u64`): a `Range` of plain data.
    fn is_plain_range(&self, e: &Expr) -> bool {
        let plain = |b: &Option<Box<Expr>>| {
            b.as_deref().is_none_or(|b| {
                crate::syntax::expr::plain_value(b)
                    || bare_ident(strip_parens(b))
                        .and_then(|i| self.out.vars.resolve(&i.to_string()))
                        .is_some_and(|v| self.out.vars.all[v].no_drop_glue)
            })
        };
        matches!(strip_parens(e), Expr::Range(r) if plain(&r.start) && plain(&r.end))
    }

    /// `for pat in head { body }`: the head's temporaries live through the
    /// loop; the iterator is bound, and held to the loop's end.
    pub(super) fn lower_for(&mut self, f: &syn::ExprForLoop) -> TokenStream {
        // `for` matches on its iterator: the head's temporaries
        // live through the loop (`temps::At`).
        let iter = self.lower_held_operand(&f.expr);
        let iter = self.temp_binding(quote!(::core::iter::IntoIterator::into_iter(#iter)), true);
        // The iterator lives to the loop's end, also on a path that
        // leaves it after a suspension (`return`, `break`), where
        // its last `next` is behind it: held as a temporary of the
        // `for` while the loop is lowered, dropped where it ends
        // (a binding of the `for`'s `match`, in every edition: not
        // one of the statement's temporaries).
        self.note_statement_temp(&iter, &f.expr);
        let held = self.out.vars.temp_id(&iter.to_string());
        if let Some(v) = held
            && self.is_plain_range(&f.expr)
        {
            // `0..n` of integers: nothing to drop (no landing pad needed
            // at its body's awaits, `emit::arms::polled_in_variant`).
            self.out.vars.all[v].no_drop_glue = true;
        }
        let value = self.lower_loop(
            f.label.as_ref(),
            LoopKind::For(&f.pat, iter),
            &f.body,
            f.for_token.span,
        );
        if let Some(i) = self.ref_temps.iter().position(|&(t, _)| Some(t) == held) {
            let (v, _) = self.ref_temps.remove(i);
            if !self.terminated() {
                // Moved into a binding of a block (`mem::drop` of a
                // `Range` is clippy's `drop_non_drop`).
                let ident = &self.out.vars.all[v].ident;
                let end = Ident::new("_iterator", Span::mixed_site());
                self.emit(quote!({ let #end = #ident; }));
                self.flow.moved.insert(v);
            }
        }
        value
    }
}
