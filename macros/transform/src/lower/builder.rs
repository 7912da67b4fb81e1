//! Building the block graph: blocks, segments, jumps and scope braces.

use super::*;

impl Lowerer {
    pub(super) fn new_seg(&mut self, open: Vec<usize>) -> SegId {
        self.out.segs.push(Segment {
            code: Vec::new(),
            open,
            terminated: false,
        });
        self.out.segs.len() - 1
    }

    pub(super) fn new_block(&mut self, kind: BlockKind, name: &str, doc: String) -> BlockId {
        let levels = self.out.vars.scopes.len();
        let seg = self.new_seg((0..levels).collect());
        let name = self.names.variant(name);
        self.out.blocks.push(Block {
            kind,
            name,
            doc,
            scope: self.out.vars.scopes.clone(),
            extras: Vec::new(),
            seg,
            uses: VarSet::new(),
            mentions: VarSet::new(),
            reads: VarSet::new(),
            local_mentions: VarSet::new(),
            mention_spans: BTreeMap::new(),
            kept_spans: BTreeMap::new(),
            has_closure: false,
            started: None,
            declared_first: Vec::new(),
        });
        self.out.blocks.len() - 1
    }

    pub(super) fn switch_to(&mut self, block: BlockId) {
        if self.out.blocks[block].started.is_none() {
            let n = self
                .out
                .blocks
                .iter()
                .filter(|b| b.started.is_some())
                .count();
            self.out.blocks[block].started = Some(n);
        }
        self.cur_block = block;
        self.cur_seg = self.out.blocks[block].seg;
        self.flow = Flow::default();
        for v in self.out.blocks[block].extras.clone() {
            self.note_assigned(v);
            self.flow.declared.insert(v);
        }
    }

    pub(super) fn terminated(&self) -> bool {
        self.out.segs[self.cur_seg].terminated
    }

    pub(super) fn emit(&mut self, tokens: TokenStream) {
        if !self.terminated() {
            self.note_temps(&tokens);
            self.out.segs[self.cur_seg].code.push(Code::Tokens(tokens));
        }
    }

    /// Temporaries are only ever mentioned by generated tokens: record
    /// those mentions as reads that may move.
    pub(super) fn note_temps(&mut self, tokens: &TokenStream) {
        let found = self.out.vars.temps_in(tokens);
        if found.is_empty() {
            return;
        }
        // A statement's temporary is moved only by its drop (`drop_temps`).
        let moved = found
            .iter()
            .copied()
            .filter(|&v| !self.out.vars.all[v].statement_temp)
            .collect();
        let usage = Usage {
            read: found,
            moved,
            ..Usage::default()
        };
        self.note_usage(&usage);
    }

    pub(super) fn terminate(&mut self) {
        self.out.segs[self.cur_seg].terminated = true;
    }

    /// A new jump (its edge is added by `add_edge`).
    pub(super) fn new_jump(&mut self) -> JumpId {
        self.out.jumps.push(None);
        self.out.jumps.len() - 1
    }

    pub(super) fn add_edge(&mut self, to: BlockId, values: Vec<TokenStream>, jump: JumpId) {
        let id = self.out.edges.len();
        self.out.jumps[jump] = Some(id);
        self.out.edges.push(Edge {
            from: self.cur_block,
            to,
            values,
            moved: self.flow.moved.clone(),
            moved_surely: self.flow.moved_surely.clone(),
            assigned: self.flow.assigned.clone(),
            uninit: self.flow.uninit.clone(),
            assigned_in_fragment: VarSet::new(),
            maybe_assigned: self.flow.maybe_assigned.clone(),
        });
    }

    /// Ends `seg` (of the current block) with the statement that branches
    /// into its inlined segments.
    pub(super) fn push_branching(&mut self, seg: SegId, tokens: TokenStream) {
        if self.out.segs[seg].terminated {
            return;
        }
        self.note_temps(&tokens);
        self.out.segs[seg].code.push(Code::Tokens(tokens));
        self.out.segs[seg].terminated = true;
    }

    /// Evaluates a value nobody uses (an expression statement).
    pub(super) fn emit_discarded(&mut self, v: TokenStream) {
        if v.to_string() != "()" {
            let v = statement_safe(v);
            self.emit(quote!(#v;));
        }
    }

    /// [`Self::emit_discarded`] for the value of the user's expression
    /// statement `e`: located at `e` (keeping its names' hygiene), so that
    /// a lint on the discarded value (`unused_must_use` for an awaited
    /// `Result`) points at the user's statement, not the attribute (a bare
    /// `__coro_tmp;` did: its span is the expansion's; the call's is the
    /// user's, its operand keeping its hygiene).
    pub(super) fn emit_discarded_at(&mut self, v: TokenStream, e: &Expr) {
        // Only a bound value (the awaited one): an expression the user
        // wrote (`total += x`) is in place with its own spans already.
        let mut tokens = v.clone().into_iter();
        let bound_value = matches!(
            (tokens.next(), tokens.next()),
            (Some(proc_macro2::TokenTree::Ident(_)), None)
        );
        if !bound_value {
            return self.emit_discarded(v);
        }
        let span = e.span();
        self.emit(quote_spanned!(span=>
            #[allow(clippy::unit_arg)]
            ::core::convert::identity(#v);
        ));
    }

    /// Marks bindings declared from `first` on as fresh in this block:
    /// initialised, not moved, and not live at the block's entry.
    pub(super) fn mark_declared_since(&mut self, first: VarId) {
        for v in first..self.out.vars.all.len() {
            self.note_assigned(v);
            self.flow.declared.insert(v);
        }
    }

    /// Ends the current segment with a jump to `to`.
    pub(super) fn goto(&mut self, to: BlockId, values: Vec<TokenStream>) {
        if self.terminated() {
            return;
        }
        for v in &values {
            self.note_temps(v);
        }
        let values = values
            .into_iter()
            .map(super::temps::without_parens)
            .collect();
        let jump = self.new_jump();
        self.add_edge(to, values, jump);
        self.emit(Marker::Jump(jump).tokens());
        self.terminate();
    }

    /// Ends the inlined segment `seg` (of the current block) with a jump to
    /// `to`, then carries on where lowering was.
    pub(super) fn goto_from(&mut self, seg: SegId, to: BlockId) {
        let (cur, flow) = (self.cur_seg, self.flow.clone());
        self.cur_seg = seg;
        self.goto(to, Vec::new());
        self.cur_seg = cur;
        self.flow = flow;
    }

    /// Inlines a fresh segment here (a branch); returns it.
    pub(super) fn inline_seg(&mut self) -> (SegId, TokenStream) {
        let seg = self.new_seg(Vec::new());
        (seg, Marker::Segment(seg).tokens())
    }

    pub(super) fn open_scope(&mut self) {
        self.out.vars.scopes.push(Vec::new());
        let level = self.out.vars.level();
        let seg = &mut self.out.segs[self.cur_seg];
        seg.code.push(Code::Open);
        seg.open.push(level);
    }

    pub(super) fn close_scope(&mut self) {
        let level = self.out.vars.level();
        self.out.vars.scopes.pop();
        let seg = &mut self.out.segs[self.cur_seg];
        if seg.open.last() == Some(&level) {
            seg.open.pop();
            seg.code.push(Code::Close);
        }
    }
}
