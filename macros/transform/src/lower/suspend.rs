//! Suspensions: `.await`, `yield_!`, `yield_from!` and the head of `async_for!`.

use super::*;
use crate::private_api::*;

impl Lowerer {
    /// Declares the value binding of a join block.
    pub(super) fn join_result(&mut self, join: BlockId) -> VarId {
        let v = self.out.vars.temp(false);
        // Declared at the join's entry, not in the current block.
        self.out.vars.scopes.last_mut().unwrap().retain(|&x| x != v);
        self.out.blocks[join].extras.push(v);
        v
    }

    /// Ends the block at an `.await`; returns the awaited value.
    pub(super) fn suspend(
        &mut self,
        awaitable: TokenStream,
        base: &Expr,
        text: String,
        line: usize,
        delegate: bool,
    ) -> TokenStream {
        let awaited = self.out.vars.temp(false);
        self.out
            .vars
            .scopes
            .last_mut()
            .unwrap()
            .retain(|&x| x != awaited);

        let name = names::await_name(base);
        let block = self.new_block(
            BlockKind::Await {
                awaited,
                delegate,
                span: base.span(),
            },
            &name,
            format!("Suspended at `{text}` (line {line})."),
        );
        self.goto(block, vec![awaitable]);
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        self.temp_binding(ready.into_token_stream(), false)
    }

    /// `yield_!(value)`: ends the block, hands `value` out; the expression's
    /// value is the argument of the resume that continues.
    pub(super) fn lower_yield(&mut self, mac: &syn::Macro, value: Option<Expr>) -> TokenStream {
        let value = match value {
            Some(e) => {
                let v = self.lower_expr(&e);
                match self.yield_ty.clone() {
                    // Checked against the declared type where the user wrote it.
                    Some(ty) => {
                        let span = e.span();
                        let t = self.out.vars.temp(false);
                        let ident = self.out.vars.all[t].ident.clone();
                        self.mark_declared_since(t);
                        self.emit(quote_spanned!(span=> let #ident: #ty = #v;));
                        ident.into_token_stream()
                    }
                    None => v,
                }
            }
            None => quote!(()),
        };
        let line = line_of(mac.path.span());
        let text = source_text(&mac.to_token_stream());
        let block = self.new_block(
            BlockKind::Yield,
            "Yield",
            format!("Suspended at `{text}` (line {line})."),
        );
        self.goto(block, vec![value]);
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        match self.arg_ty.clone() {
            // The resume argument, with the declared type (method calls on
            // it need it).
            Some(ty) => self.temp_binding(quote!({ let #ready: #ty = #ready; #ready }), false),
            None => self.temp_binding(ready.into_token_stream(), false),
        }
    }

    /// `agen.next().await` on a local binding: Python's `await anext(agen)`.
    /// `next()` would borrow `agen` across the suspension, so the binding is
    /// polled where it lies in the state instead (any `AsyncIterator`).
    pub(super) fn async_next_source(&self, base: &Expr) -> Option<VarId> {
        let Expr::MethodCall(m) = base else {
            return None;
        };
        if m.method != "next" || !m.args.is_empty() || m.turbofish.is_some() {
            return None;
        }
        let ident = bare_ident(&m.receiver)?;
        self.out.vars.resolve(&ident.to_string())
    }

    /// Suspends until the async iterator held in binding `source` has its
    /// next value; returns it (an `Option`).
    pub(super) fn suspend_on_next(
        &mut self,
        source: VarId,
        span: Span,
        text: String,
        line: usize,
    ) -> TokenStream {
        let block = self.new_next_block(
            source,
            span,
            "Next",
            format!("Waiting for `{text}` (line {line})."),
        );
        self.goto(block, Vec::new());
        self.switch_to(block);
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        self.temp_binding(ready.into_token_stream(), false)
    }

    /// A block that waits for the next value of the async iterator held in
    /// `source`. It reads the source where it lies: the source is held there,
    /// and this use does not move it.
    pub(super) fn new_next_block(
        &mut self,
        source: VarId,
        span: Span,
        name: &str,
        doc: String,
    ) -> BlockId {
        let block = self.new_block(BlockKind::Next { source, span }, name, doc);
        self.out.blocks[block].uses.insert(source);
        self.out.blocks[block].mentions.insert(source);
        block
    }

    /// `async_for!(pat in source { body })`: a loop whose head waits for the
    /// source's next value (polling the source where it lies in the state).
    pub(super) fn lower_async_for(&mut self, mac: &syn::Macro, f: AsyncFor) -> TokenStream {
        let source_value = self.lower_expr(&f.expr);
        let span = f.expr.span();
        let source_tokens = self.temp_binding(
            {
                let async_iterator = ASYNC_ITERATOR.at(span);
                quote_spanned!(span=> #async_iterator(#source_value))
            },
            true,
        );
        let source = self
            .out
            .vars
            .temp_id(&source_tokens.to_string())
            .expect("just declared");
        let line = line_of(mac.path.span());
        let text = source_text(&f.expr.to_token_stream());
        let head = self.new_next_block(
            source,
            span,
            "AsyncForNext",
            format!("Waiting for the next value of `{text}` (`async_for!` at line {line})."),
        );
        let after = self.new_block(
            BlockKind::Join,
            "AfterAsyncFor",
            format!("After the `async_for!` at line {line}."),
        );
        self.goto(head, Vec::new());
        self.switch_to(head);
        self.loops.push(
            None,
            true,
            LoopFrame {
                head: Some(head),
                after,
                result: None,
            },
        );
        self.open_scope();
        let ready = Ident::new("__coro_ready", Span::mixed_site());
        let item = self.temp_binding(ready.into_token_stream(), false);
        let (else_seg, else_m) = self.inline_seg();
        let pat = self.declare_pattern(f.pat.clone());
        self.goto_from(else_seg, after);
        self.emit(quote!(let ::core::option::Option::Some(#pat) = #item else { #else_m };));
        self.flush_homes();
        let v = self.lower_block_stmts(&f.body.stmts);
        self.emit_discarded(v);
        self.goto(head, Vec::new());
        self.close_scope();
        self.loops.pop();
        self.switch_to(after);
        quote!(())
    }

    /// `yield_from!(generator)`: yields what it yields, forwards what is sent,
    /// and evaluates to its return value.
    pub(super) fn lower_yield_from(&mut self, mac: &syn::Macro, inner: Expr) -> TokenStream {
        // The inner generator is held across the yields: what it borrows
        // needs a home, as for an awaited operand.
        self.request_slots(&inner);
        let value = self.lower_expr(&inner);
        let value = match (&self.yield_ty, &self.arg_ty) {
            (Some(y), Some(a)) => {
                let delegate = DELEGATE.at(inner.span());
                quote_spanned!(inner.span()=> #delegate::<#a, #y, _>(#value))
            }
            _ => value,
        };
        let line = line_of(mac.path.span());
        let text = source_text(&mac.to_token_stream());
        self.suspend(value, &inner, text, line, true)
    }
}
