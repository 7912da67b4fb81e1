//! The closure check. A call `c()` of a `move` closure binding whose body
//! uses a capture by value (`move || take_i(n) + t.len()`) is taken to
//! consume `c`, as an `FnOnce` closure's call does (the receiver rule,
//! `fragment::Usage::closure_called_moves`): `c` is not carried past it,
//! and a homed `c` (a drop flag) is read out of its home. Rust infers a
//! closure's kind after type checking, so no type-level dispatch can tell
//! `FnOnce` from `FnMut` in the same body (a probe on `F: FnMut` takes
//! every closure for `FnMut`, then E0525); but the closure is `FnOnce`
//! only if one of those uses moves its capture, which a capture of a
//! `Copy` type (or a `&mut`, reborrowed) does not. Where the guess decides
//! something (`c` is homed, or a block after the call has it in scope and
//! liveness does not hold it there), the check before the closure's `let`
//! is filled in: a type check of the captures
//! (`coro::__private::closure_probes`) that fails when each capture used
//! by value is `Copy` or `&mut` (so `c` may be `FnMut`, kept by an `async
//! fn` to the end of its scope) and one the closure owns is neither (it
//! may have drop glue, so dropping it early could be seen). rustc then
//! reports the rule's text at the call, with the rewrites `(&c)()` (kept)
//! and `{ c }()` (consumed). Like the receiver check it sits after
//! `unreachable!()` in an `if false`: no code, no borrow check.

use super::*;
use crate::fragment::ClosureCall;
use crate::private_api::{CLOSURE_PROBES, PLACE, RECEIVER_PROBES};
use proc_macro2::{Delimiter, Group};

/// The checks' places and the calls of closures judged `FnOnce`, filled
/// in after liveness ([`ClosureChecks::fill`]).
#[derive(Default)]
pub struct ClosureChecks {
    probes: Vec<Probe>,
    calls: Vec<(ClosureCall, BlockId)>,
}

/// A place in the code, before a closure's `let`, for its check.
struct Probe {
    seg: SegId,
    index: usize,
    /// The closure's binding (known once its `let` is lowered).
    var: Option<VarId>,
    captures: Captures,
}

/// The captures a `move` closure's body uses by value (and does not
/// assign again), all it names (owns), and those it matches as a whole
/// against patterns that bind, with the patterns
/// (`fragment::Usage::closure_pattern_captures`).
type Captures = (Vec<VarId>, Vec<VarId>, Vec<(VarId, Vec<syn::Pat>)>);

impl Lowerer {
    /// Before `let c = move || ..;` of a closure judged `FnOnce` by its
    /// body's use of captures by value: a place for its check. Returns
    /// the probe's number, for [`Lowerer::closure_probe_binding`].
    pub(super) fn closure_probe_place(&mut self, captures: Captures) -> Option<usize> {
        if self.terminated() {
            return None;
        }
        let seg = self.cur_seg;
        let index = self.out.segs[seg].code.len();
        self.out.segs[seg]
            .code
            .push(Code::Tokens(TokenStream::new()));
        self.closure_checks.probes.push(Probe {
            seg,
            index,
            var: None,
            captures,
        });
        Some(self.closure_checks.probes.len() - 1)
    }

    /// The binding the closure of probe `probe` went to.
    pub(super) fn closure_probe_binding(&mut self, probe: usize, var: VarId) {
        self.closure_checks.probes[probe].var = Some(var);
    }

    /// Calls of such closures in fragments just lowered into the current block.
    pub(super) fn note_closure_calls(&mut self, calls: &[ClosureCall]) {
        let block = self.cur_block;
        self.closure_checks
            .calls
            .extend(calls.iter().map(|c| (c.clone(), block)));
    }

    /// `c(..)` lowered as an exploded call (its arguments suspend).
    pub(super) fn note_exploded_closure_call(&mut self, call: &syn::ExprCall) {
        let Some(ident) = bare_ident(strip_parens(&call.func)) else {
            return;
        };
        let Some(var) = self.out.vars.resolve(&ident.to_string()) else {
            return;
        };
        let v = &self.out.vars.all[var];
        if v.called_moves && !v.called_reads {
            let call = ClosureCall {
                var,
                callee_span: ident.span(),
                args_span: call.paren_token.span.join(),
            };
            self.note_closure_calls(&[call]);
        }
    }
}

impl ClosureChecks {
    /// Fills in the check of each closure with a call after which a block
    /// has it in scope but does not hold it (the guess that the call
    /// consumed it decides that it is not carried there); the others stay
    /// empty. `carried` is liveness's (`analyse::liveness::Plan::carried`).
    pub fn fill(self, lowered: &mut Lowered, carried: &[Vec<VarId>]) {
        for probe in self.probes {
            let Some(var) = probe.var else {
                continue;
            };
            // A call reads a homed closure out of its home (the guard would
            // keep it to the end of its scope otherwise).
            let homed = lowered.vars.all[var].slot.is_some();
            let dropped_after = |block: BlockId| {
                lowered
                    .blocks
                    .iter()
                    .enumerate()
                    .skip(block + 1)
                    .any(|(b, blk)| {
                        blk.scope.iter().any(|s| s.contains(&var)) && !carried[b].contains(&var)
                    })
            };
            let deciding = self
                .calls
                .iter()
                .find(|(call, block)| call.var == var && (homed || dropped_after(*block)));
            if let Some((call, _)) = deciding {
                let tokens = check_tokens(&lowered.vars, var, &probe.captures, call);
                lowered.segs[probe.seg].code[probe.index] = Code::Tokens(tokens);
            }
        }
    }
}

/// The check of closure `var`, spanned at `call`: whether a capture of
/// `by_value` is moved by its use, or a part of one of `patterns` that a
/// pattern binds, or else no capture of `owned` may have drop glue (see
/// `coro::__private::closure_probes`).
fn check_tokens(
    vars: &Vars,
    var: VarId,
    (by_value, owned, patterns): &Captures,
    call: &ClosureCall,
) -> TokenStream {
    let span = call.callee_span;
    let mut parts: Vec<String> = Vec::new();
    for (c, _) in patterns {
        if !parts.contains(&vars.all[*c].name) {
            parts.push(vars.all[*c].name.clone());
        }
    }
    let rule = Rule::ClosureTakenToBeFnOnce {
        closure: vars.all[var].name.clone(),
        captures: by_value.iter().map(|&c| vars.all[c].name.clone()).collect(),
        parts,
    };
    // `on_unimplemented` reads `{..}` as a format parameter.
    let escape = |s: String| s.replace('{', "{{").replace('}', "}}");
    let message = escape(rule.message());
    let note = escape(rule.help().unwrap_or_default());
    let probes = CLOSURE_PROBES.at(span);
    let place = |c: VarId| {
        let v = &vars.all[c];
        let ident = crate::syntax::names::respan(&v.ident, v.ident.span().located_at(span));
        if v.slot.is_some() {
            let place = PLACE.at(span);
            quote_spanned!(span=> #place(&#ident).value)
        } else {
            ident.into_token_stream()
        }
    };
    let copied = Ident::new("__coro_copied", span);
    let verdict = |captures: &mut dyn Iterator<Item = TokenStream>| {
        let mut verdict = quote_spanned!(span=> #probes::Copied);
        for place in captures {
            verdict = quote_spanned!(span=>
                #probes::or(#verdict, (&&#probes::copy_probe(&#place)).#copied())
            );
        }
        verdict
    };
    let mut used = verdict(&mut by_value.iter().map(|&c| place(c)));
    for (c, pats) in patterns {
        let place = place(*c);
        for pat in pats {
            let pat = match pat {
                syn::Pat::Type(t) => &*t.pat,
                pat => pat,
            };
            let pat = crate::syntax::pattern::without_mut(pat);
            let mut names = Vec::new();
            crate::syntax::pattern::bindings(&pat, &mut |i, _| names.push(i.clone()));
            let binds = verdict(&mut names.iter().map(ToTokens::to_token_stream));
            let like = Ident::new("argument_like", span);
            used = quote_spanned!(span=> #probes::or(#used, match
                #RECEIVER_PROBES::#like(&#place) { #pat => #binds, _ => loop {} }));
        }
    }
    let kept = verdict(&mut owned.iter().map(|&c| place(c)));
    let mut operands = Group::new(
        Delimiter::Parenthesis,
        quote_spanned!(span=> (#used, #kept)),
    );
    operands.set_span(call.args_span);
    let uses = (!owned.is_empty()).then(|| quote!(use #CLOSURE_PROBES::*;));
    let check = Ident::new("__CoroClosureCheck", Span::mixed_site());
    let check_fn = Ident::new("__coro_closure_check", Span::mixed_site());
    let check_call = quote_spanned!(span=> #check_fn #operands);
    quote! {
        #[allow(unreachable_code, unreachable_patterns)]
        if false {
            #uses
            #[diagnostic::on_unimplemented(
                message = #message,
                label = "the closure is taken to be `FnOnce` by its body's syntax",
                note = #note,
            )]
            trait #check {}
            #[diagnostic::do_not_recommend]
            impl<T> #check for (#CLOSURE_PROBES::Moved, T) {}
            #[diagnostic::do_not_recommend]
            impl #check for (#CLOSURE_PROBES::Copied, #CLOSURE_PROBES::Copied) {}
            fn #check_fn<T: #check>(_: T) {}
            ::core::unreachable!();
            #check_call;
        }
    }
}
