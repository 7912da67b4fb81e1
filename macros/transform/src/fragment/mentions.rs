//! Mentions of the coroutine's bindings: renamed, read out of or placed in their homes, captured by `move` closures; fragment-local bindings; jumps out of flattened loops.

use super::*;
use crate::rules::Rule;

/// How an open closure or `async` block captures the slotted bindings it
/// names. Each is bound to a local just before the closure is made (the
/// closure and those `let`s become one block), so the closure never names
/// a binding's `Local` guard, which moves between variants while the value
/// stays in its home.
///
/// A `move` closure takes each value itself, read out of its home (a move,
/// or a copy), as it would take the local. A closure that is not `move`
/// takes what rustc's capture analysis would take from the `async fn`:
/// - if every binding it captures has a home (and it names no other local
///   of the function and expands no opaque macro, which could name one),
///   it is made `move` over: the value, for a binding it uses only by value
///   (`|| take(t)`, `|| n + 1`: rustc moves it in, or, for a `Copy` value,
///   reads it through a shared borrow that the `async` copy forbids any
///   change under while the closure lives); else the home's address (a
///   `Copy` `HomeRef`, or the place `&'h mut Slot<T>` for the value of a
///   `let mut` kept verbatim: see `handles`), through which each use in the
///   closure is a fresh access, in the mode the use itself needs, as the
///   body's own mentions are;
/// - else it stays a closure that is not `move`, and names the home's place
///   as `(*cap).value`, so rustc captures exactly the path the body uses
///   (`(*cap).value.f` for `t.f`), in exactly the mode it uses it (shared,
///   unique; by value: E0507, a compile error, never a different run).
///
/// Either way the closure holds references into homes, which never move,
/// with the lifetime `'h`; the `async` copy checks the borrows the closure
/// holds in the `async fn`, which last at least as long as any access the
/// closure makes.
pub(super) struct Frame {
    moves: bool,
    captured: Vec<Capture>,
    /// The closure names a local that is not captured through this frame
    /// (one without a home, or bound by the surrounding fragment), or
    /// expands an opaque macro: it cannot be made `move`.
    foreign: bool,
    /// The fragment-local scopes open where the closure starts: a local
    /// found in one of them is bound outside the closure.
    outer_scopes: usize,
    /// Made `move`, it captures places as `HomeRef`s (`Copy`, so the closure
    /// is `Copy` where the `async fn`'s is; a use that changes the value
    /// then needs no `FnMut`), except when it is the value of a `let mut`
    /// kept verbatim, which only an `FnMut` closure needs: there it holds
    /// `&'h mut Slot<T>` places, so that it stays `FnMut` (else the `mut`
    /// would be `unused_mut`, which the `async fn` does not report).
    handles: bool,
}

/// A slotted binding an open closure names.
struct Capture {
    id: VarId,
    /// The name of the local it is captured through; every mention is
    /// written as this name (see `close_captures`).
    local: String,
    /// Every mention so far uses the whole value by value.
    by_value: bool,
}

impl Frame {
    /// A mention of `id` as `ctx` at `span`: the identifier that stands for
    /// it in the body (the capture's local).
    fn mention(&mut self, id: VarId, name: &str, span: Span, ctx: Ctx) -> Ident {
        let by_value = ctx == Ctx::Value;
        let local = match self.captured.iter_mut().find(|c| c.id == id) {
            Some(c) => {
                c.by_value &= by_value;
                c.local.clone()
            }
            None => {
                let prefix = if self.moves { "moved" } else { "cap" };
                let local = format!("__coro_{prefix}_{}", crate::syntax::names::unraw(name));
                self.captured.push(Capture {
                    id,
                    local: local.clone(),
                    by_value,
                });
                local
            }
        };
        Ident::new(&local, Span::mixed_site().located_at(span))
    }
}

/// `tokens` with each identifier in `places` written as the value of the
/// home it stands for (spanned where the identifier is): `(*cap).value`
/// through a place (`&'h mut Slot<T>`), or `place_ref(cap).value` through
/// the runtime's `HomeRef` (`handles`).
fn deref_places(tokens: TokenStream, places: &[&str], handles: bool) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let inner = deref_places(g.stream(), places, handles);
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            TokenTree::Ident(i) if places.iter().any(|p| i == p) => {
                let span = i.span();
                let value = if handles {
                    let place_ref = PLACE_REF.at(span);
                    quote::quote_spanned!(span=> #place_ref(#i).value)
                } else {
                    quote::quote_spanned!(span=> (*#i).value)
                };
                TokenTree::Group(Group::new(proc_macro2::Delimiter::Parenthesis, value))
            }
            other => other,
        })
        .collect()
}

impl Rewriter<'_, '_> {
    /// A mention of a slotted binding (see `Var::slot`), as the expression
    /// that replaces it: a read of the value when the mention consumes it
    /// whole, else the place it lives in; inside a closure, the local the
    /// closure captures it through (see [`Frame`]).
    pub(super) fn slotted(&mut self, ident: &Ident, ctx: Ctx) -> Option<TokenStream> {
        let name = ident.to_string();
        if self.local(&name).is_some() {
            return None;
        }
        let id = self.resolve(&name)?;
        let var = &self.env.vars.all[id];
        var.slot?;
        if self.field_base && self.captures.iter().any(|f| f.moves) {
            // Edition 2021 closures capture `x.f` alone: reading all of `x`
            // out would drop the rest while `x` still owns it.
            let rule = Rule::MoveClosureFieldOfHomed { name: name.clone() };
            self.usage.errors.push(rule.at(ident.span()));
        }
        let span = ident.span();
        if std::mem::take(&mut self.uncaptured) {
            // `let _ = x;` in a `move` closure: no capture, no use.
            self.usage.read.insert(id);
            let guard = crate::syntax::names::respan(&var.ident, var.ident.span().located_at(span));
            return Some(quote::quote!(#guard));
        }
        if let Some(frame) = self.captures.last_mut() {
            let captured = frame.mention(id, &name, span, ctx);
            if frame.moves {
                // A `move` closure takes the value itself (moved, or
                // copied), as it would take the local.
                self.note_capture_use(id, ctx);
                self.record_use(id, Ctx::Value);
                return Some(quote::quote!(#captured));
            }
            self.record(id, ctx);
            self.usage.first_mention.entry(id).or_insert(span);
            return Some(quote::quote!(#captured));
        }
        let guard =
            crate::syntax::names::respan(&var.ident, var.ident.span().located_at(ident.span()));
        // A call of a closure literal that is not `move` reads it out of its
        // home (see `Var::called_reads`): an `FnOnce` one is consumed, as the
        // call consumes it (a home kept for a drop flag, when it is called
        // on some paths only, then owes no drop); another is copied. So
        // does a call of a `move` one judged `FnOnce` (`Var::called_moves`),
        // outside closures: that guess is checked (`lower::closure_check`).
        let ctx = if ctx == Ctx::Callee
            && (var.called_reads || (var.called_moves && self.in_closure == 0))
        {
            Ctx::Value
        } else {
            ctx
        };
        self.record(id, ctx);
        self.usage.first_mention.entry(id).or_insert(span);
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

    /// Opens the capture frame of a closure or `async` block (`moves`: a
    /// `move` one). A non-`move` one inside another closure needs none: it
    /// captures from the locals of the outer one, as rustc sees them.
    pub(super) fn open_captures(&mut self, moves: bool) -> bool {
        let opens = moves || self.captures.is_empty();
        if opens {
            self.captures.push(Frame {
                moves,
                captured: Vec::new(),
                foreign: false,
                outer_scopes: self.locals.len(),
                handles: !self.mut_let_closure,
            });
        }
        self.mut_let_closure = false;
        opens
    }

    /// The closures open here name a local they do not capture through
    /// their frame (a fragment-local at scope `depth`, or `None`: a binding
    /// of the coroutine without a home, or what an opaque macro may name).
    pub(super) fn note_foreign(&mut self, depth: Option<usize>) {
        for frame in &mut self.captures {
            if depth.is_none_or(|d| d < frame.outer_scopes) {
                frame.foreign = true;
            }
        }
    }

    /// Closes the innermost capture frame: the slotted bindings the closure
    /// named are bound just before it is made (see [`Frame`]), through the
    /// frame around it if any (a closure inside another closure takes them
    /// from what that one captured).
    pub(super) fn close_captures(&mut self, e: &mut Expr) {
        let frame = self.captures.pop().expect("an open capture frame");
        if frame.captured.is_empty() {
            return;
        }
        // Not `move`, but every capture is through this frame: made `move`.
        let made_move = !frame.moves && !frame.foreign;
        if made_move {
            match e {
                Expr::Closure(c) => c.capture = Some(Default::default()),
                Expr::Async(a) => a.capture = Some(Default::default()),
                _ => {}
            }
        }
        // Captured as a value (else through the home's place).
        let takes_value = |c: &Capture| frame.moves || (made_move && c.by_value);
        let mut binds = Vec::new();
        for c in &frame.captured {
            let local = Ident::new(&c.local, Span::mixed_site());
            let by_value = takes_value(c);
            let var = &self.env.vars.all[c.id];
            let guard = var.ident.clone();
            let name = var.name.clone();
            let source = match self.captures.last_mut() {
                // Read out of (or placed at) what the outer closure captured.
                Some(outer) => {
                    let ctx = if by_value { Ctx::Value } else { Ctx::Place };
                    let c = outer.mention(c.id, &name, Span::mixed_site(), ctx);
                    quote::quote!(#c)
                }
                None if by_value => quote::quote!(#READ_LOCAL(&#guard)),
                None if made_move && frame.handles => quote::quote!(#HOME_REF(&#guard)),
                None => quote::quote!(#PLACE(&#guard)),
            };
            binds.push(if frame.moves {
                // Mutable: the closure's own copy may be assigned or
                // mutated, as a captured `mut` local may.
                quote::quote!(#[allow(unused_mut)] let mut #local = #source;)
            } else {
                quote::quote!(let #local = #source;)
            });
        }
        let places: Vec<&str> = frame
            .captured
            .iter()
            .filter(|c| !takes_value(c))
            .map(|c| c.local.as_str())
            .collect();
        let closure = deref_places(e.to_token_stream(), &places, made_move && frame.handles);
        // The block's braces get the span of the function's body, which
        // encloses the closure: rustc then sees `let c = { ..; closure }` as
        // initialising `c` with the closure, and an unused `c` is reported
        // as the `async fn`'s `unused_variables`, not as an assignment that
        // is never read.
        let mut block = Group::new(
            proc_macro2::Delimiter::Brace,
            quote::quote!(#(#binds)* #closure),
        );
        block.set_span(self.env.body_span);
        *e = Expr::Verbatim(quote::quote!(#block));
    }

    /// `root` is the receiver of a method known to take `self` by value:
    /// moved (a slotted binding is never moved, see `record`).
    pub(super) fn consumed(&mut self, root: &Ident) {
        let Some(id) = self.resolve(&root.to_string()) else {
            return;
        };
        self.note_capture_use(id, Ctx::Value);
        if self.env.vars.all[id].slot.is_none() {
            self.note_moved(id);
        }
    }

    /// `callee(..)`: a call of a `move` closure binding judged `FnOnce` by
    /// syntax, outside any closure, is taken to move it (see `record`);
    /// noted for the check of that guess (`lower::closure_check`).
    pub(super) fn note_closure_call(&mut self, callee: &Ident, args_span: Span) {
        let name = callee.to_string();
        if self.in_closure > 0 || self.local(&name).is_some() {
            return;
        }
        let Some(var) = self.resolve(&name) else {
            return;
        };
        let v = &self.env.vars.all[var];
        if v.called_moves && !v.called_reads {
            self.usage.closure_calls.push(super::ClosureCall {
                var,
                callee_span: callee.span(),
                args_span,
            });
        }
    }

    /// Resolves a mention of `ident`; returns the identifier to emit.
    pub(super) fn mention(&mut self, ident: &Ident, ctx: Ctx) -> Option<Ident> {
        let name = ident.to_string();
        if let Some((depth, renamed)) = self.local_at(&name) {
            self.note_foreign(Some(depth));
            return renamed;
        }
        let id = self.resolve(&name)?;
        self.note_foreign(None);
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
                    &format!(
                        "{}_local{}",
                        crate::syntax::names::unraw(&name),
                        self.renamed_locals
                    ),
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
