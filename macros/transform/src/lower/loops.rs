//! The one loop and label resolver (regenerator's leap manager): the stack of flattened loops and labelled blocks, what `break`/`continue` target, and the loop forms.

use super::*;

impl Lowerer {
    pub(super) fn loop_targets(&self) -> Vec<LoopTarget> {
        self.loops
            .iter()
            .map(|l| LoopTarget {
                label: l.label.clone(),
                is_block: l.head.is_none(),
            })
            .collect()
    }

    pub(super) fn add_jumps(&mut self, jumps: Vec<Jump>) {
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
    pub(super) fn loop_result(&mut self, index: usize) -> VarId {
        if let Some(v) = self.loops[index].result {
            return v;
        }
        let after = self.loops[index].after;
        let v = self.join_result(after);
        self.loops[index].result = Some(v);
        v
    }

    pub(super) fn lower_jump(
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

    pub(super) fn lower_labelled_block(&mut self, b: &syn::ExprBlock) -> TokenStream {
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
}

/// A flattened loop or labelled block.
pub(super) struct LoopFrame {
    pub(super) label: Option<String>,
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
