//! A block's code: its scopes' braces, its segments with their jump markers resolved to transitions, and small join blocks inlined (computed once per block).

use super::*;

impl Emitter<'_> {
    /// A block's code: one brace per scope level, each re-declaring the
    /// bindings of that level that the variant held.
    pub(super) fn block_body(&self, b: usize, depth: usize) -> TokenStream {
        let block = &self.l.blocks[b];
        let carried = &self.plan.carried[b];
        let redeclared = &self.plan.redeclared[b];
        let mut frames: Vec<TokenStream> = Vec::new();
        let levels = block.scope.len();
        for (level, vars) in block.scope.iter().enumerate() {
            let mut frame = TokenStream::new();
            // In order of declaration: a panic unwinds them in reverse.
            let mut vars = vars.clone();
            if level + 1 == levels {
                vars.extend(&block.declared_first);
            }
            vars.sort_by_key(|&v| self.declared_at(v));
            for v in vars {
                let var = &self.l.vars.all[v];
                let ident = &var.ident;
                let m = var.mutable.then(|| quote!(mut));
                if block.declared_first.contains(&v) {
                    frame.extend(quote!(let #m #ident;));
                } else if carried.contains(&v) {
                    let binding = crate::syntax::names::respan(&var.ident, Span::mixed_site());
                    frame.extend(
                        quote!(#[allow(unused_mut, unused_variables)] let #m #ident = #binding;),
                    );
                } else if redeclared.contains(&v) {
                    frame.extend(quote!(#[allow(unused_mut, unused_variables)] let #m #ident;));
                }
            }
            if level + 1 == levels {
                for &v in &block.extras {
                    let var = &self.l.vars.all[v];
                    let ident = &var.ident;
                    let binding = crate::syntax::names::respan(&var.ident, Span::mixed_site());
                    frame.extend(quote!(let #ident = #binding;));
                }
            }
            frames.push(frame);
        }
        let code = self.segment(block.seg, frames, depth);
        self.with_inlined_joins(b, depth, code)
    }

    /// Join blocks that a jump from `b`'s code (at this inlining depth) runs
    /// in place instead of through the state: small ones, at most
    /// `MAX_INLINE_DEPTH` deep. Storing a join's variant and dispatching on
    /// it again costs a tight loop a factor of four (BENCHMARKS.md), because
    /// the hot arm then has two exits into the dispatch.
    pub(super) fn inlined_targets(&self, b: usize, depth: usize) -> BTreeSet<usize> {
        if let Some(known) = self.inlined.borrow().get(&(b, depth)) {
            return known.clone();
        }
        let out = self.find_inlined_targets(b, depth);
        self.inlined.borrow_mut().insert((b, depth), out.clone());
        out
    }

    fn find_inlined_targets(&self, b: usize, depth: usize) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        if depth >= MAX_INLINE_DEPTH {
            return out;
        }
        let mut segs = vec![self.l.blocks[b].seg];
        while let Some(seg) = segs.pop() {
            for code in &self.l.segs[seg].code {
                if let Code::Tokens(t) = code {
                    self.collect_targets(t.clone(), &mut out, &mut segs);
                }
            }
        }
        out.retain(|&t| {
            t != b
                && matches!(self.l.blocks[t].kind, BlockKind::Join)
                && !self.l.blocks[t].has_closure
                && self.plan.reachable[t]
                && self.size(t) <= MAX_INLINE_TOKENS
        });
        out
    }

    pub(super) fn collect_targets(
        &self,
        tokens: TokenStream,
        out: &mut BTreeSet<usize>,
        segs: &mut Vec<usize>,
    ) {
        for tt in tokens {
            match tt {
                TokenTree::Ident(i) => match Marker::of(&i) {
                    Some(Marker::Jump(jump)) => {
                        if let Some(edge) = self.l.jumps[jump] {
                            out.insert(self.l.edges[edge].to);
                            for v in &self.l.edges[edge].values {
                                self.collect_targets(v.clone(), out, segs);
                            }
                        }
                    }
                    Some(Marker::Segment(seg)) => segs.push(seg),
                    Some(Marker::Uninit(_)) | None => {}
                },
                TokenTree::Group(g) => self.collect_targets(g.stream(), out, segs),
                _ => {}
            }
        }
    }

    /// Token count of a block's own code (inlined segments included).
    pub(super) fn size(&self, b: usize) -> usize {
        if let Some(&known) = self.sizes.borrow().get(&b) {
            return known;
        }
        let size = self.count_size(b);
        self.sizes.borrow_mut().insert(b, size);
        size
    }

    fn count_size(&self, b: usize) -> usize {
        fn count(t: &TokenStream) -> usize {
            t.clone()
                .into_iter()
                .map(|tt| match tt {
                    TokenTree::Group(g) => 1 + count(&g.stream()),
                    _ => 1,
                })
                .sum()
        }
        let mut total = 0;
        let mut segs = vec![self.l.blocks[b].seg];
        while let Some(seg) = segs.pop() {
            for code in &self.l.segs[seg].code {
                if let Code::Tokens(t) = code {
                    total += count(t);
                    let mut ignored = BTreeSet::new();
                    self.collect_targets(t.clone(), &mut ignored, &mut segs);
                }
            }
        }
        total
    }

    /// Wraps a block's code so that jumps to inlined joins leave it first
    /// (its bindings drop, as at any jump) and then run the join's code.
    pub(super) fn with_inlined_joins(
        &self,
        b: usize,
        depth: usize,
        code: TokenStream,
    ) -> TokenStream {
        let targets = self.inlined_targets(b, depth);
        if targets.is_empty() {
            return code;
        }
        let label = arm_label(depth);
        let next = mixed("__coro_next_join");
        let arms = targets.iter().map(|&t| {
            let name = &self.l.blocks[t].name;
            let bind = self.fields_of(t).into_iter().filter_map(|f| match f {
                Field::Var(v) => {
                    let field = field_name(self.l, v);
                    let binding = crate::syntax::names::respan(&field, Span::mixed_site());
                    Some(quote!(#field: #binding))
                }
                Field::Awaitee(_) => None,
            });
            let body = self.block_body(t, depth + 1);
            quote! {
                __CoroState::#name { #(#bind,)* .. } => { #body }
            }
        });
        let state = mixed("__coro_state");
        quote! {
            let #next = #EXPECT_STATE(
                #STATE_TYPE(&*#state),
                #label: {
                    #code
                    ::core::unreachable!()
                },
            );
            match #next {
                #(#arms)*
                _ => ::core::unreachable!(),
            }
        }
    }

    pub(super) fn segment(
        &self,
        seg: usize,
        mut frames: Vec<TokenStream>,
        depth: usize,
    ) -> TokenStream {
        if frames.is_empty() {
            frames.push(TokenStream::new());
        }
        for code in &self.l.segs[seg].code {
            match code {
                Code::Tokens(t) => {
                    let t = self.expand_markers(t.clone(), depth);
                    frames.last_mut().expect("frame").extend(t);
                }
                Code::Open => frames.push(TokenStream::new()),
                Code::Close => {
                    let inner = frames.pop().expect("balanced scopes");
                    frames
                        .last_mut()
                        .expect("outer frame")
                        .extend(quote!({ #inner }));
                }
            }
        }
        while frames.len() > 1 {
            let inner = frames.pop().expect("frame");
            frames
                .last_mut()
                .expect("outer frame")
                .extend(quote!({ #inner }));
        }
        frames.pop().expect("frame")
    }

    pub(super) fn expand_markers(&self, tokens: TokenStream, depth: usize) -> TokenStream {
        let mut out = TokenStream::new();
        for tt in tokens {
            match tt {
                TokenTree::Ident(ref i) => match Marker::of(i) {
                    Some(Marker::Jump(jump)) => {
                        // A jump's values may hold jumps themselves (`continue` in a branch value).
                        if let Some(edge) = self.l.jumps[jump] {
                            out.extend(self.expand_markers(self.transition(edge, depth), depth));
                        }
                    }
                    Some(Marker::Uninit(decl)) => {
                        let decl = &self.l.uninit_decls[decl];
                        let used_here = decl
                            .vars
                            .iter()
                            .any(|v| self.l.blocks[decl.block].local_mentions.contains(v));
                        if used_here {
                            out.extend(decl.tokens.clone());
                        }
                    }
                    Some(Marker::Segment(seg)) => out.extend(self.segment(seg, Vec::new(), depth)),
                    None => out.extend(std::iter::once(tt)),
                },
                TokenTree::Group(g) => {
                    let mut ng = proc_macro2::Group::new(
                        g.delimiter(),
                        self.expand_markers(g.stream(), depth),
                    );
                    ng.set_span(g.span());
                    out.extend(std::iter::once(TokenTree::Group(ng)));
                }
                other => out.extend(std::iter::once(other)),
            }
        }
        out
    }

    /// `*state = Target { .. }; continue 'step;`
    pub(super) fn transition(&self, edge: usize, depth: usize) -> TokenStream {
        let e = &self.l.edges[edge];
        let target = &self.l.blocks[e.to];
        let name = &target.name;
        let state = mixed("__coro_state");
        let step = syn::Lifetime::new("'__coro_step", Span::mixed_site());
        // The values are evaluated first, in order, then moved in.
        let temps: Vec<Ident> = (0..e.values.len())
            .map(|i| mixed(&format!("__coro_next{i}")))
            .collect();
        let lets = e
            .values
            .iter()
            .zip(&temps)
            .map(|(v, t)| quote!(let #t = #v;));
        let dead = self.dead_values(edge);
        let offset = usize::from(matches!(target.kind, BlockKind::Await { .. }));
        let mut inits = Vec::new();
        for f in self.fields_of(e.to) {
            match f {
                Field::Awaitee(_) => {
                    let field = awaitee_field();
                    let v = &temps[0];
                    inits.push(quote!(#field: #v));
                }
                Field::Var(v) if target.extras.contains(&v) => {
                    let pos = target.extras.iter().position(|&x| x == v).expect("extra");
                    let field = field_name(self.l, v);
                    let value = match temps.get(offset + pos) {
                        Some(t) => quote!(#t),
                        None => quote!(()),
                    };
                    inits.push(quote!(#field: #value));
                }
                Field::Var(v) => {
                    let field = field_name(self.l, v);
                    let mut ident = self.l.vars.all[v].ident.clone();
                    // At its next mention, or else (a binding carried only
                    // to drop at its scope's end) at the use assumed not to
                    // move it: E0382 there if the guess was wrong.
                    let from = &self.l.blocks[e.from];
                    if let Some(&span) = target
                        .mention_spans
                        .get(&v)
                        .or_else(|| from.kept_spans.get(&v))
                    {
                        ident.set_span(ident.span().located_at(span));
                    }
                    inits.push(quote!(#field: #ident));
                }
            }
        }
        if matches!(target.kind, BlockKind::Yield) {
            let value = &temps[0];
            let out = if self.async_generator {
                quote!(::core::task::Poll::Ready(::core::option::Option::Some(#value)))
            } else {
                quote!(#GENERATOR_STATE::Yielded(#value))
            };
            return quote!({
                #dead
                #(#lets)*
                *#state = __CoroState::#name { #(#inits),* };
                return #out;
            });
        }
        if self.inlined_targets(e.from, depth).contains(&e.to) {
            let label = arm_label(depth);
            return quote!({
                #dead
                #(#lets)*
                break #label __CoroState::#name { #(#inits),* };
            });
        }
        quote!({
            #dead
            #(#lets)*
            *#state = __CoroState::#name { #(#inits),* };
            continue #step;
        })
    }
}
