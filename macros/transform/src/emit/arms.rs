//! The step closure's arms: one per variant, each resuming what the variant waits on (an awaitable, a sub-generator, a yield, an async iterator) before running its block.

use super::*;

impl Emitter<'_> {
    /// One arm per reachable block, in [`Emitter::arm_order`].
    pub(super) fn arms(&self) -> Vec<TokenStream> {
        self.arm_order().into_iter().map(|b| self.arm(b)).collect()
    }

    /// The order rustc type-checks the arms in: source order, except that a
    /// block comes after one of the blocks that jump to it. A variant's
    /// field types are inferred from the jumps that build it, and its arm
    /// calls methods on those fields, which needs their types known where
    /// rustc meets the call (E0282 otherwise): a join (the code after an
    /// `if`, a loop's exit) is created before its branches' or body's
    /// suspensions, so its arm would come before the arms that build its
    /// variant, or that give a binding its type (`v.push(f().await)` in a
    /// loop, then `v.iter().filter(|x| x.is_ok())` after it). Source order
    /// is the order the lowering started the blocks in (`Block::started`).
    fn arm_order(&self) -> Vec<usize> {
        let n = self.l.blocks.len();
        if n == 0 {
            return Vec::new();
        }
        let mut successors = vec![Vec::new(); n];
        for edge in &self.l.edges {
            successors[edge.from].push(edge.to);
        }
        // Always the earliest started block that an emitted block jumps to.
        let key = |b: usize| (self.l.blocks[b].started.unwrap_or(usize::MAX), b);
        let mut ready = BTreeSet::from([key(0)]);
        let mut placed = vec![false; n];
        let mut order = Vec::with_capacity(n);
        while let Some((_, b)) = ready.pop_first() {
            if placed[b] {
                continue;
            }
            placed[b] = true;
            order.push(b);
            ready.extend(
                successors[b]
                    .iter()
                    .filter(|&&s| !placed[s])
                    .map(|&s| key(s)),
            );
        }
        // Reachable only through a jump the edges do not list: source order.
        order.extend((0..n).filter(|&b| !placed[b]));
        order.retain(|&b| self.plan.reachable[b]);
        order
    }

    /// `let __CoroState::Name { held.. } = replace(state, Poisoned)`: the
    /// block's bindings out of its variant (a panic from here on poisons).
    fn take_fields(&self, b: usize) -> TokenStream {
        let state = mixed("__coro_state");
        let name = &self.l.blocks[b].name;
        let fields: Vec<VarId> = self
            .fields_of(b)
            .into_iter()
            .filter_map(|f| match f {
                Field::Var(v) => Some(v),
                Field::Awaitee(_) => None,
            })
            .collect();
        let bind = fields.iter().map(|&v| {
            let field = field_name(self.l, v);
            let binding = crate::syntax::names::respan(&field, Span::mixed_site());
            quote!(#field: #binding)
        });
        quote! {
            let __CoroState::#name { #(#bind,)* .. } = ::core::mem::replace(#state, __CoroState::Poisoned) else {
                ::core::unreachable!()
            };
        }
    }

    /// The pattern of block `b`'s arm that binds what its variant waits on
    /// (`binding`), and `poll`, the expression resuming it. Where the
    /// variant holds a value that may need drop, the arm binds nothing and
    /// the poll matches the variant again inside `poisoning_on_unwind`: a
    /// panic out of the awaited value then drops the variant's values on
    /// its way out, as an `async fn`'s unwinding drops its locals, and
    /// poisons the coroutine (limit 11). Elsewhere nothing would show but a
    /// resume after the panic, and the landing pad would cost every await
    /// of a hot loop its fusion (BENCHMARKS.md).
    fn polled_in_variant(
        &self,
        b: usize,
        binding: TokenStream,
        poll: TokenStream,
    ) -> (TokenStream, TokenStream) {
        let name = &self.l.blocks[b].name;
        let holds_drop = self.fields_of(b).into_iter().any(|f| match f {
            Field::Var(v) => !self.l.vars.all[v].no_drop_glue,
            Field::Awaitee(_) => false,
        });
        if !holds_drop {
            return (quote!(__CoroState::#name { #binding, .. }), poll);
        }
        let state = mixed("__coro_state");
        let poll = quote! {
            #POISONING_ON_UNWIND(#state, || __CoroState::Poisoned, |#state| match #state {
                __CoroState::#name { #binding, .. } => #poll,
                _ => #UNEXPECTED_VARIANT(),
            })
        };
        (quote!(__CoroState::#name { .. }), poll)
    }

    /// The arm of a `yield_from!`: the sub-generator's yields go out as
    /// ours, the resume argument goes in (the default one when this
    /// resume's argument was already taken, as on entry).
    fn delegate_arm(
        &self,
        b: usize,
        span: Span,
        take: TokenStream,
        body: TokenStream,
    ) -> TokenStream {
        let ready = mixed("__coro_ready");
        let arg = mixed("__coro_arg");
        let awaitee = mixed("__coro_awaitee");
        let field = awaitee_field();
        // A yield type mismatch is reported at the operand.
        let yielded = Ident::new("value", Span::mixed_site().located_at(span));
        let arg_here = crate::syntax::names::respan(&arg, Span::mixed_site().located_at(span));
        let resume_arg = {
            let resume_arg = RESUME_ARG.at(span);
            quote_spanned!(span=> #resume_arg(#arg_here.take()))
        };
        let (pattern, resume) = self.polled_in_variant(
            b,
            quote!(#field: #awaitee),
            quote!(#RESUME(#awaitee, #resume_arg)),
        );
        quote! {
            #[allow(unreachable_code)]
            #pattern => {
                let #ready = match #resume {
                    #GENERATOR_STATE::Complete(value) => value,
                    #GENERATOR_STATE::Yielded(#yielded) => {
                        return #GENERATOR_STATE::Yielded(#yielded);
                    }
                };
                #take
                #body
            }
        }
    }

    /// The arm of block `b`: resume what its variant waits on into
    /// `__coro_ready`, take its bindings, run its code.
    fn arm(&self, b: usize) -> TokenStream {
        let block = &self.l.blocks[b];
        let name = &block.name;
        let cx = mixed("__coro_cx");
        let ready = mixed("__coro_ready");
        let take = self.take_fields(b);
        let body = self.block_body(b, 0);
        let arg = mixed("__coro_arg");
        match block.kind {
            BlockKind::Await {
                delegate: true,
                span,
                ..
            } => self.delegate_arm(b, span, take, body),
            BlockKind::Yield if self.async_generator => quote! {
                #[allow(unreachable_code)]
                __CoroState::#name { .. } => {
                    let #ready = ();
                    #take
                    #body
                }
            },
            BlockKind::Yield => quote! {
                #[allow(unreachable_code)]
                __CoroState::#name { .. } => {
                    let #ready = ::core::option::Option::expect(#arg.take(), "a yield is resumed with an argument");
                    #take
                    #body
                }
            },
            BlockKind::Next { source, span } => {
                let field = field_name(self.l, source);
                let binding =
                    crate::syntax::names::respan(&field, Span::mixed_site().located_at(span));
                let poll_next = POLL_NEXT.at(span);
                let (pattern, poll) = self.polled_in_variant(
                    b,
                    quote!(#field: #binding),
                    quote!(#poll_next(#binding, #cx)),
                );
                quote! {
                    #[allow(unreachable_code)]
                    #pattern => {
                        let #ready = match #poll {
                            ::core::task::Poll::Ready(value) => value,
                            ::core::task::Poll::Pending => return ::core::task::Poll::Pending,
                        };
                        #take
                        #body
                    }
                }
            }
            BlockKind::Await { span, .. } => {
                // Type errors about the awaited value point at the user's expression.
                // The whole call at the user's expression: the one error
                // for a value that is not awaitable is reported here.
                let awaitee = Ident::new("__coro_awaitee", span);
                let poll = {
                    let poll_in_place = POLL_IN_PLACE.at(span);
                    quote_spanned!(span=> #poll_in_place(#awaitee, #cx))
                };
                let field = awaitee_field();
                let (pattern, poll) = self.polled_in_variant(b, quote!(#field: #awaitee), poll);
                quote! {
                    #[allow(unreachable_code)]
                    #pattern => {
                        let #ready = match #poll {
                            ::core::task::Poll::Ready(value) => value,
                            ::core::task::Poll::Pending => return ::core::task::Poll::Pending,
                        };
                        #take
                        #body
                    }
                }
            }
            _ => quote! {
                #[allow(unreachable_code)]
                __CoroState::#name { .. } => {
                    #take
                    #body
                }
            },
        }
    }
}
