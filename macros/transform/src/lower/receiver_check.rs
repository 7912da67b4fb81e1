//! The receiver check. Where the receiver rule (`syntax::moves`) decides
//! by a method's NAME alone that a call moves its receiver (`x.map(f)`),
//! and that decides something (the binding is not carried to a later
//! variant, or is read out of its home), the lowering emits a type check
//! that the receiver's type is one of std's whose method of that name takes
//! `self` (`coro::__private::receiver_probes`). A user type whose method of
//! such a name borrows its receiver (`fn map(&self)`) is then a compile
//! error at the call, saying what to write, never a value dropped early.
//! The check is type checking only: it sits after `unreachable!()` in an
//! `if false` (never run, no code generated, not borrow-checked).
//!
//! A temporary receiver before a later suspension of its statement
//! (`make().sum() + f().await`) is not refused but split by the same
//! levels (`held_receiver`): taken by std's method, held to the `;` and
//! borrowed otherwise, as Rust does. One bound before its own call's
//! awaiting arguments (`make().and(f().await)`) is checked.

use super::*;
use crate::fragment::ReceiverCheck;
use crate::private_api::{
    AWAITED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER, HOME_RECEIVER_PROBE,
    METHOD_TAKEN_TO_MOVE_ITS_RECEIVER_BORROWS_IT, PLACE, RECEIVER_OF, RECEIVER_PROBE,
    RECEIVER_PROBES, RECEIVER_SPLIT, TAKES_SELF,
};
use crate::syntax::moves::{Arg, ByName, std_takers};
use proc_macro2::{Delimiter, Group};

/// A check emitted into the code: kept only if the by-name guess decides
/// something for `var` (see [`Lowerer::prune_receiver_checks`]).
pub(super) struct Emitted {
    seg: SegId,
    index: usize,
    var: VarId,
    block: BlockId,
    /// A temporary's: kept wherever it is emitted.
    always: bool,
}

/// Where the receiver comes from, for the probe.
pub(super) enum Receiver<'a> {
    /// A binding of the coroutine, named by its identifier in the machine
    /// (a call in await-free code, checked before that code).
    Binding,
    /// The receiver's tokens as the lowered call uses them.
    Lowered(&'a TokenStream),
}

/// A call `x.method(..)` taken to move binding `x` by the method's name.
pub(super) struct Call<'a> {
    pub(super) method: &'a Ident,
    pub(super) by_name: ByName,
    /// The user's receiver, and argument list: the error spans them.
    pub(super) span: Span,
    pub(super) args_span: Span,
    /// The call's `::<..>`, and what the by-value lookup passes for its
    /// arguments ([`Lowerer::arg_tokens`]).
    pub(super) turbofish: TokenStream,
    pub(super) args: Vec<TokenStream>,
}

impl Lowerer {
    /// A call of await-free code that moves a binding by the method's name.
    pub(super) fn receiver_check(&mut self, check: &ReceiverCheck) {
        let call = Call {
            method: &check.method,
            by_name: check.by_name,
            span: check.receiver_span,
            args_span: check.args_span,
            turbofish: check.turbofish.clone(),
            args: check.args.iter().map(|a| self.arg_tokens(a)).collect(),
        };
        self.binding_receiver_check(check.var, &call, Receiver::Binding);
    }

    /// The by-value lookup's arguments for a call lowered with its
    /// operands `vals`: a value of the type of one bound to a temporary or
    /// a binding, else the stand-in of the user's argument.
    pub(super) fn lowered_arg_tokens(
        &self,
        m: &syn::ExprMethodCall,
        vals: &[TokenStream],
    ) -> Vec<TokenStream> {
        let probes = RECEIVER_PROBES;
        m.args
            .iter()
            .zip(vals)
            .map(|(arg, val)| match syn::parse2::<Ident>(val.clone()) {
                Ok(ident)
                    if !matches!(strip_parens(arg), syn::Expr::Closure(_))
                        && self
                            .out
                            .vars
                            .resolve(&ident.to_string())
                            .is_none_or(|v| self.out.vars.all[v].slot.is_none()) =>
                {
                    let like = Ident::new("argument_like", ident.span());
                    // A binding named as the user wrote it (arguments bound
                    // but not lowered yet) under the name it has here
                    // (`n0_shadowing1`): the user's may be another binding.
                    let ident = match self.out.vars.resolve(&ident.to_string()) {
                        Some(v) => self.out.vars.all[v].ident.clone(),
                        None => ident,
                    };
                    quote!(#probes::#like(&#ident))
                }
                _ => self.arg_tokens(&crate::syntax::moves::arg_stand_in(arg, &|_| false)),
            })
            .collect()
    }

    /// What the by-value lookup passes for an argument (see
    /// `syntax::moves::Arg`), in code that never runs before the call.
    pub(super) fn arg_tokens(&self, arg: &Arg) -> TokenStream {
        let probes = RECEIVER_PROBES;
        match arg {
            Arg::Verbatim(tokens) => tokens.clone(),
            Arg::Name(ident) => {
                let Some(var) = self.out.vars.resolve(&ident.to_string()) else {
                    return ident.to_token_stream();
                };
                let v = &self.out.vars.all[var];
                let span = ident.span();
                let name = crate::syntax::names::respan(&v.ident, v.ident.span().located_at(span));
                let place = if v.slot.is_some() {
                    let place = PLACE.at(span);
                    quote_spanned!(span=> #place(&#name).value)
                } else {
                    name.into_token_stream()
                };
                let like = Ident::new("argument_like", span);
                quote_spanned!(span=> #probes::#like(&#place))
            }
            Arg::Ref(and, inner) => {
                let inner = self.arg_tokens(inner);
                quote!(#and #inner)
            }
            Arg::Unknown(span) => {
                let unknown = Ident::new("unknown_argument__bind_it_to_a_variable_first", *span);
                quote_spanned!(*span=> #probes::#unknown())
            }
        }
    }

    /// `x.method(..)` moving binding `var` by the method's name.
    pub(super) fn binding_receiver_check(
        &mut self,
        var: VarId,
        call: &Call<'_>,
        receiver: Receiver<'_>,
    ) {
        let span = call.span;
        let v = &self.out.vars.all[var];
        let homed = v.slot.is_some();
        if v.no_drop_glue || v.user.is_none() || (homed && !v.moves_out_of_home()) {
            return;
        }
        let place = match receiver {
            Receiver::Lowered(tokens) => quote_spanned!(span=> (#tokens)),
            Receiver::Binding => {
                let ident = crate::syntax::names::respan(&v.ident, v.ident.span().located_at(span));
                if homed {
                    let place = PLACE.at(span);
                    quote_spanned!(span=> #place(&#ident).value)
                } else {
                    ident.into_token_stream()
                }
            }
        };
        let tokens = match call.by_name {
            ByName::StdTakers(family) => {
                let probe = if homed {
                    HOME_RECEIVER_PROBE.at(span)
                } else {
                    RECEIVER_PROBE.at(span)
                };
                let rule = Rule::ReceiverTakenToMove {
                    receiver: v.name.clone(),
                    method: method_name(call.method),
                };
                let probe = quote!(#probe(&#place));
                check_tokens(&rule, family, probe, span, call.args_span)
            }
            ByName::ByValueLookup => {
                by_value_lookup_tokens(&place, call, &METHOD_TAKEN_TO_MOVE_ITS_RECEIVER_BORROWS_IT)
            }
        };
        self.emit_receiver_check(var, tokens, false);
    }

    /// `make().method(f().await)`: temporary `temp` (the receiver, evaluated
    /// before a suspension of the arguments) taken to be moved by the
    /// method's name, not held to the statement's end. (A receiver
    /// evaluated before a later suspension of the statement is held, see
    /// [`Lowerer::held_receiver`]; this one is bound before the arguments
    /// are lowered, so it is checked instead.)
    pub(super) fn temporary_receiver_check(&mut self, temp: &TokenStream, m: &syn::ExprMethodCall) {
        let Some(family) = std_takers(&m.method) else {
            return;
        };
        let Some(var) = self.out.vars.temp_id(&temp.to_string()) else {
            return;
        };
        let span = m.method.span();
        let probe = RECEIVER_PROBE.at(span);
        let rule = Rule::TemporaryReceiverTakenToMove {
            method: method_name(&m.method),
        };
        let place = quote_spanned!(span=> #probe(&#temp));
        let tokens = check_tokens(&rule, family, place, span, m.paren_token.span.join());
        self.emit_receiver_check(var, tokens, true);
    }

    /// `make().fetch().await`: the temporary receiver of an awaited method
    /// call, bound to `temp`, which the call takes (`temps::lower_awaited`);
    /// the by-value lookup on it makes a method borrowing it E0793 at the
    /// call, where an `async fn` would hold it to the `;`, after the
    /// `.await` (the coroutine would drop it before the first poll, or, the
    /// awaitable borrowing it, refuse the body).
    pub(super) fn awaited_receiver_check(
        &mut self,
        temp: &TokenStream,
        m: &syn::ExprMethodCall,
        args: &[syn::Expr],
    ) {
        self.by_value_lookup_check(
            temp,
            m,
            args,
            &AWAITED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER,
        );
    }

    /// The by-value lookup of `m` on `temp`, in the macro `check` names
    /// (`args`: the call's operands, bound before it): a method borrowing
    /// `temp` is E0793 at the call (`make().into_text()` before a later
    /// suspension of its statement, `make().fetch().await`).
    pub(super) fn by_value_lookup_check(
        &mut self,
        temp: &TokenStream,
        m: &syn::ExprMethodCall,
        args: &[syn::Expr],
        check: &crate::private_api::Private,
    ) {
        let Some(var) = self.out.vars.temp_id(&temp.to_string()) else {
            return;
        };
        let vals: Vec<TokenStream> = args.iter().map(ToTokens::to_token_stream).collect();
        let call = Call {
            method: &m.method,
            by_name: ByName::ByValueLookup,
            span: m.method.span(),
            args_span: m.paren_token.span.join(),
            turbofish: m.turbofish.to_token_stream(),
            args: self.lowered_arg_tokens(m, &vals),
        };
        let tokens = by_value_lookup_tokens(temp, &call, check);
        self.emit_receiver_check(var, tokens, true);
    }

    /// Binds `value`, the temporary receiver of `m` (a method the receiver
    /// rule takes by its name to move it), split in two
    /// (`coro::__private::receiver_probes::ReceiverSplit`): the part the
    /// call takes, and the part held to the statement's end (a temporary of
    /// the statement). Where the receiver's type is one of std's whose
    /// method of that name takes `self` (or a reference, or `Copy`), the
    /// call takes it and nothing is held; else it is held and the call
    /// borrows it there, as Rust keeps such a temporary to the `;`. Returns
    /// the receiver for the call.
    pub(super) fn held_receiver(
        &mut self,
        value: TokenStream,
        m: &syn::ExprMethodCall,
    ) -> TokenStream {
        let family = Ident::new(
            std_takers(&m.method).expect("a method on the lists"),
            Span::call_site(),
        );
        let span = m.method.span();
        let split_fn = RECEIVER_SPLIT.at(span);
        let method = Ident::new("__coro_split", span);
        // The value is evaluated outside the block that imports the probe's
        // traits: a probe inside it (a homed binding's split, `o.take()` of
        // `o.take().map_or(..)`) would find this family's levels too, and
        // read a home out where its own family borrows it in place (a use
        // after free, found by adversarial programs).
        let value_binding = Ident::new("__coro_split_value", Span::mixed_site());
        let split = self.temp_binding(
            quote_spanned! {span=>
                {
                    let #value_binding = #value;
                    { use #RECEIVER_PROBES::#family::*; (&&&&&&&&#split_fn(#value_binding)).#method() }
                }
            },
            false,
        );
        let taken = self.operand_binding(quote!(#split.0), true);
        let held = self.temp_binding(quote!(#split.1), true);
        if let Some(v) = self.out.vars.temp_id(&held.to_string()) {
            self.push_statement_temp(v, &m.receiver);
        }
        let receiver_of = RECEIVER_OF.at(span);
        // In parentheses of the macro's own span (never `unused_parens`).
        let mut parens = Group::new(
            Delimiter::Parenthesis,
            quote_spanned!(span=> #receiver_of((&mut #taken, &mut #held))),
        );
        parens.set_span(Span::mixed_site());
        parens.into_token_stream()
    }

    /// Adds the check to the current code (not through `emit`: the probe's
    /// mention is no use of the binding, and the call right after it uses
    /// the binding in this block anyway).
    fn emit_receiver_check(&mut self, var: VarId, tokens: TokenStream, always: bool) {
        if self.terminated() {
            return;
        }
        let seg = self.cur_seg;
        let index = self.out.segs[seg].code.len();
        self.out.segs[seg].code.push(Code::Tokens(tokens));
        self.receiver_checks.push(Emitted {
            seg,
            index,
            var,
            block: self.cur_block,
            always,
        });
    }

    /// Keeps a check only where the guess decides something: the binding
    /// is read out of its home, or a block made after the call's (a later
    /// suspension or join) has it in scope, where it would be carried
    /// on. Elsewhere its whole remaining scope is the user's code, kept as
    /// it is, so the guess changes nothing.
    pub(super) fn prune_receiver_checks(&mut self) {
        for e in std::mem::take(&mut self.receiver_checks) {
            let homed = self.out.vars.all[e.var].slot.is_some();
            let later = self.out.blocks[e.block + 1..]
                .iter()
                .any(|b| b.scope.iter().any(|s| s.contains(&e.var)));
            if !e.always && !homed && !later {
                self.out.segs[e.seg].code[e.index] = Code::Tokens(TokenStream::new());
            }
        }
    }
}

fn method_name(method: &Ident) -> String {
    method.to_string().trim_start_matches("r#").to_string()
}

/// The check: `probe` (a `ReceiverProbe` of the receiver's type) must find
/// a level of `receiver_probes::family` that gives `TakesSelf`; else
/// rustc reports `rule`'s text (`#[diagnostic::on_unimplemented]`) at the
/// user's receiver and arguments.
fn check_tokens(
    rule: &Rule,
    family: &str,
    probe: TokenStream,
    span: Span,
    args_span: Span,
) -> TokenStream {
    // `on_unimplemented` reads `{..}` as a format parameter.
    let escape = |s: String| s.replace('{', "{{").replace('}', "}}");
    let message = escape(rule.message());
    let note = escape(rule.help().unwrap_or_default());
    let family = Ident::new(family, Span::call_site());
    let check = Ident::new("__CoroReceiverCheck", Span::mixed_site());
    let check_fn = Ident::new("__coro_receiver_check", Span::mixed_site());
    let method = Ident::new("__coro_takes_self", span);
    let mut args = Group::new(Delimiter::Parenthesis, TokenStream::new());
    args.set_span(args_span);
    let mut refs = Group::new(
        Delimiter::Parenthesis,
        quote_spanned!(span=> &&&&&&&&#probe),
    );
    refs.set_span(span);
    quote! {
        #[allow(unreachable_code)]
        if false {
            use #RECEIVER_PROBES::#family::*;
            #[diagnostic::on_unimplemented(
                message = #message,
                label = "the receiver is taken to be moved by the method's name",
                note = #note,
            )]
            trait #check {}
            impl #check for #TAKES_SELF {}
            fn #check_fn<T: #check>(_: T) {}
            ::core::unreachable!();
            #check_fn(#refs.#method #args);
        }
    }
}

/// The check of a prefix name (`x.into_text()`, `ByName::ByValueLookup`):
/// the same call made, in code that never runs, on a value of `x`'s type
/// that is a field of a packed struct, which can be moved out but not
/// borrowed. Where rustc's lookup picks a method taking `self` (an
/// inherent one, a trait's, `Option::unwrap`) it compiles; where it picks
/// one borrowing the receiver (`fn into_text(&self)`, through `Deref` too)
/// it is E0793 "reference to field of packed struct is unaligned" at the
/// user's call, in a macro whose name says what it means and what to write
/// (`coro::__private::method_taken_to_move_its_receiver_borrows_it__..`).
fn by_value_lookup_tokens(
    place: &TokenStream,
    call: &Call<'_>,
    check: &crate::private_api::Private,
) -> TokenStream {
    let span = call.span;
    let check = check.at(span);
    let method = call.method;
    let turbofish = &call.turbofish;
    let arg_list = &call.args;
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#(#arg_list),*));
    args.set_span(call.args_span);
    quote_spanned! {span=>
        #[allow(unreachable_code)]
        if false {
            ::core::unreachable!();
            #check!(&#place, #method #turbofish #args);
        }
    }
}
