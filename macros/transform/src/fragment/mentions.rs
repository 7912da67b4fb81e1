//! Mentions of the coroutine's bindings: renamed, read out of or placed in their homes, captured by `move` closures; fragment-local bindings; jumps out of flattened loops.

use super::*;
use crate::rules::Rule;

impl Rewriter<'_, '_> {
    /// A mention of a slotted binding (see `Var::slot`), as the expression
    /// that replaces it: a read of the value when the mention consumes it
    /// whole, else the place it lives in.
    pub(super) fn slotted(&mut self, ident: &Ident, ctx: Ctx) -> Option<TokenStream> {
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
            let rule = Rule::MoveClosureFieldOfHomed { name: name.clone() };
            self.usage.errors.push(rule.at(ident.span()));
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
            self.note_capture_use(ctx);
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
                let read_local = READ_LOCAL.at(span);
                let block =
                    quote::quote_spanned!(span=> { let #read = #read_local(&#guard); #read });
                // In parentheses of the macro's own span: a block right
                // after `break 'label` trips `break_with_label_and_loop`, and
                // parentheses from the expansion never trip `unused_parens`.
                let mut parens =
                    proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, block);
                parens.set_span(Span::mixed_site());
                quote::quote!(#parens)
            }
            _ => {
                let place = PLACE.at(span);
                quote::quote_spanned!(span=> (#place(&#guard).value))
            }
        })
    }

    /// `root` is the receiver of a method known to take `self` by value:
    /// moved (a slotted binding is never moved, see `record`).
    pub(super) fn consumed(&mut self, root: &Ident) {
        let Some(id) = self.resolve(&root.to_string()) else {
            return;
        };
        self.note_capture_use(Ctx::Value);
        if self.env.vars.all[id].slot.is_none() {
            self.note_moved(id);
        }
    }

    /// Resolves a mention of `ident`; returns the identifier to emit.
    pub(super) fn mention(&mut self, ident: &Ident, ctx: Ctx) -> Option<Ident> {
        let name = ident.to_string();
        if let Some(renamed) = self.local(&name) {
            return renamed;
        }
        let id = self.resolve(&name)?;
        if self.record(id, ctx) {
            self.usage.kept_at.insert(id, ident.span());
        }
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
    pub(super) fn wrap_move_captures(&mut self, e: &mut Expr) {
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
    pub(super) fn bind_pattern(&mut self, pat: &mut Pat) {
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

    pub(super) fn jump(
        &mut self,
        label: Option<&syn::Lifetime>,
        brk: Option<Option<TokenStream>>,
    ) -> Option<TokenStream> {
        if self.in_closure > 0 {
            return None;
        }
        let leap = if brk.is_some() {
            Leap::Break
        } else {
            Leap::Continue
        };
        // A jump within the fragment stays as written, and so does one with
        // no target (rustc reports it).
        let target = self.loops.resolve(label, leap).ok()?;
        if !self.loops.frame(target).data {
            return None;
        }
        let id = (self.env.new_jump)();
        self.jumps.push(Jump { target, brk, id });
        Some(Marker::Jump(id).tokens())
    }
}
