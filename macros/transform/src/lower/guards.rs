//! A `match` whose guard awaits: the arm is chosen first, each guard
//! evaluated on views of the bindings it reads (`guard_binding`), then the
//! chosen arm runs in a plain `match`.

use super::*;

impl Lowerer {
    /// A `match` with `.await` in a guard. Rust evaluates a guard with the
    /// arm's bindings borrowed, and falls through to the next arm when it is
    /// false; so the arm is chosen first, and the chosen arm then runs in a
    /// plain `match` on the scrutinee itself. An arm is tested on the
    /// scrutinee itself, as Rust tests it (a constant pattern, default
    /// binding modes), with the bindings its guard does not read made `_`;
    /// the bindings it reads are viewed in a guard of that test, as the
    /// guard sees them (`guard_binding`: a value through a reference to
    /// its place, a reference as itself), and the guard reads a view `n`
    /// as `(*n)`:
    ///
    /// ```text
    /// let arm = 'decide: {
    ///     if let Some((n,)) = {
    ///         let mut views = None;
    ///         match s { P0 if { views = Some((guard_binding(&n).view(),)); false } => unreachable!(), _ => {} }
    ///         borrowing(&s, views)
    ///     } { if guard0[n := (*n)] { break 'decide 0 } }
    ///     match s { P1[bindings := _] => break 'decide 1, _ => {} }
    ///     unreachable!()
    /// };
    /// match s { P0 if arm == 0 => body0, P1 if arm == 1 => body1, _ => unreachable!() }
    /// ```
    pub(super) fn lower_match_awaiting_guards(&mut self, m: &syn::ExprMatch) -> TokenStream {
        let span = m.match_token.span;
        // The scrutinee is named twice (to choose the arm, then to bind it):
        // a place with an index (`v[i]`) could be another place, or run
        // user code, the second time; it is evaluated once. A deref
        // (`*boxed`, `*r`) stays a place: moved out of, it would move what
        // Rust leaves in it (a `Box`'s value, dropped with the box).
        let is_place = is_place_or_const(&m.expr) && !has_index(&m.expr);
        // Evaluated here, in the enclosing statement, whose temporaries
        // live to its end (`temps::At`), not in a statement of the rewrite;
        // then moved into a binding of the rewrite (which may get a home:
        // the guard's bindings borrow it across the guard's suspension).
        let (scrutinee, hoist) = if is_place {
            (m.expr.to_token_stream(), None)
        } else {
            let v = if self.suspends(&m.expr) {
                self.lower_held_operand(&m.expr)
            } else {
                let e = self.bind_statement_temps(&m.expr, At::Value);
                self.fragment_expr(e, Ctx::Value)
            };
            let value = self.temp_binding(v, false);
            (
                quote_spanned!(span=> __coro_scrutinee),
                Some(quote_spanned!(span=> let __coro_scrutinee = #value;)),
            )
        };
        let mut decide = Vec::new();
        let mut arms = Vec::new();
        for (index, arm) in m.arms.iter().enumerate() {
            let pat = &arm.pat;
            let chosen = quote_spanned!(span=> break '__coro_decide #index;);
            // The choice only needs the bindings its guard reads.
            let mut used = Vec::new();
            if let Some((_, guard)) = &arm.guard {
                collect_idents(guard.to_token_stream(), &mut used);
                crate::syntax::pattern::bindings(pat, &mut |i, _| {
                    let name = i.to_string();
                    if names_in_format_strings(guard.to_token_stream(), &name) {
                        used.push(name);
                    }
                });
            }
            let test_pat = crate::syntax::pattern::wildcard_bindings(pat, &used);
            decide.push(match &arm.guard {
                Some((_, guard)) => {
                    let mut names = Vec::new();
                    crate::syntax::pattern::bindings(&test_pat, &mut |i, _| names.push(i.clone()));
                    let mut guard = (**guard).clone();
                    DerefBindings {
                        names: names.iter().map(|n| n.to_string()).collect(),
                    }
                    .visit_expr_mut(&mut guard);
                    // Bound first: a guard like `S { .. }` cannot stand in `if` position.
                    let judged = quote_spanned!(span=>
                        let __coro_guard: bool = #guard;
                        if __coro_guard { #chosen }
                    );
                    if names.is_empty() {
                        matches_arm(&scrutinee, &test_pat, judged, span)
                    } else {
                        viewed_arm(&scrutinee, &test_pat, &names, judged, span)
                    }
                }
                None => matches_arm(&scrutinee, &test_pat, chosen, span),
            });
            let body = &arm.body;
            // A binding the guard used and the body does not is not unused
            // in the user's `match`.
            arms.push(quote_spanned!(span=> #[allow(unused_variables)] #pat if __coro_arm == #index => #body,));
        }
        // A value bound here that an arm moves a part out of: matched as
        // the value it is (`identity`), so what the arm leaves of it is
        // kept to the arm's end (`keep_rest`), as Rust keeps it in the
        // `match`'s temporary, not dropped at the arm's first suspension.
        let leaves_parts = m.arms.iter().any(|a| {
            crate::syntax::pattern::binds_by_value(&a.pat)
                && !crate::syntax::pattern::moves_whole(&a.pat)
        });
        let matched = if hoist.is_some() && leaves_parts {
            quote_spanned!(span=> ::core::convert::identity(#scrutinee))
        } else {
            scrutinee
        };
        let tokens = quote_spanned! {span=>
            {
                #hoist
                let __coro_arm: usize = '__coro_decide: {
                    #(#decide)*
                    ::core::unreachable!()
                };
                match #matched { #(#arms)* _ => ::core::unreachable!(), }
            }
        };
        self.lower_rewritten(tokens, span, |error| Rule::GuardNotRewritten { error })
    }
}

/// `then` if `pat` (which binds nothing) matches the scrutinee. A `match`,
/// not `if let`, which would warn where `pat` always matches; the `_`
/// arm is then unreachable, and allowed to be.
fn matches_arm(scrutinee: &TokenStream, pat: &Pat, then: TokenStream, span: Span) -> TokenStream {
    quote_spanned!(span=>
        match #scrutinee {
            #pat => { #then }
            #[allow(unreachable_patterns)]
            _ => {}
        }
    )
}

/// `then` with the views of `names` if `pat` matches the scrutinee: the
/// views are taken in a guard of a `match` on the scrutinee, where each
/// binding has the type Rust gives it in the user's guard. The guard
/// leaves with the views, so the arm is never entered and its bindings by
/// value never move (nor are moves out of a home's place, behind a
/// reference, an error). `borrowing(&scrutinee, ..)` shows the views'
/// borrow of the scrutinee to the home analysis, which reads syntax.
fn viewed_arm(
    scrutinee: &TokenStream,
    pat: &Pat,
    names: &[Ident],
    then: TokenStream,
    span: Span,
) -> TokenStream {
    let guard_binding = crate::private_api::GUARD_BINDING.at(span);
    let borrowing = crate::private_api::BORROWING.at(span);
    quote_spanned!(span=> {
        let __coro_views = '__coro_views: {
            match #scrutinee {
                // The arm's code is unreachable; a `mut` binding unchanged.
                #[allow(unreachable_code, unused_mut)]
                #pat if {
                    let __coro_seen = ::core::option::Option::Some((#(#guard_binding(&#names).view(),)*));
                    break '__coro_views __coro_seen
                } => {}
                _ => {}
            }
            ::core::option::Option::None
        };
        if let ::core::option::Option::Some((#(#names,)*)) = #borrowing(&#scrutinee, __coro_views) {
            #then
        }
    })
}

/// Rewrites mentions of a pattern's bindings `n` to `(*n)`: in the arm
/// choice of `lower_match_awaiting_guards` they are views (`guard_binding`).
struct DerefBindings {
    names: Vec<String>,
}

impl DerefBindings {
    /// The names `pat` binds are not the guard's bindings from here on.
    fn unbind(&mut self, pat: &syn::Pat) {
        crate::syntax::pattern::bindings(pat, &mut |i, _| self.names.retain(|n| i != n));
    }
}

impl syn::visit_mut::VisitMut for DerefBindings {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some(ident) = bare_ident(e)
            && self.names.iter().any(|n| ident == n)
        {
            let ident = ident.clone();
            *e = syn::parse_quote!((*#ident));
            return;
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
    fn visit_expr_closure_mut(&mut self, c: &mut syn::ExprClosure) {
        let saved = self.names.clone();
        for input in &c.inputs {
            self.unbind(input);
        }
        syn::visit_mut::visit_expr_mut(self, &mut c.body);
        self.names = saved;
    }
    /// A `let` in a block of the guard that shadows a binding ends it there
    /// (generated: program seed 14445073936900121187, E0614).
    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        let saved = self.names.clone();
        for stmt in &mut b.stmts {
            match stmt {
                syn::Stmt::Local(l) => {
                    if let Some(init) = &mut l.init {
                        self.visit_expr_mut(&mut init.expr);
                        if let Some((_, diverge)) = &mut init.diverge {
                            self.visit_expr_mut(diverge);
                        }
                    }
                    self.unbind(&l.pat);
                }
                stmt => self.visit_stmt_mut(stmt),
            }
        }
        self.names = saved;
    }
    /// A `match` arm in the guard binding the name shadows it.
    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let saved = self.names.clone();
        self.unbind(&arm.pat);
        syn::visit_mut::visit_arm_mut(self, arm);
        self.names = saved;
    }
    /// A known macro's operands are expressions of the guard
    /// (`format!("{}", [x.await, n][1])`); a binding its format string
    /// names inline (`"{x}"`) is passed as `x = (*x)`.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        let Operands::Exprs(mut args) = operands(mac) else {
            return;
        };
        for (e, _) in args.exprs_mut() {
            self.visit_expr_mut(e);
        }
        if let Some(lit) = &args.format {
            let text = lit.to_string();
            let inline: Vec<Ident> = self
                .names
                .iter()
                // A raw identifier (`r#type`) is not a format argument.
                .filter(|name| !name.starts_with("r#") && format_names_inline(&text, name))
                .map(|name| Ident::new(name, lit.span()))
                .collect();
            for ident in inline {
                args.push_named(ident.clone(), quote!((*#ident)));
            }
        }
        mac.tokens = args.to_tokens();
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Whether a format string names `name` inline: as an argument (`{x}`,
/// `{x:?}`) or a width or precision (`{:x$}`, `{:.x$}`).
fn format_names_inline(literal: &str, name: &str) -> bool {
    // `{{` is a brace, not a placeholder.
    literal.replace("{{", "").split('{').skip(1).any(|after| {
        let placeholder = after.split('}').next().unwrap_or("");
        let (arg, spec) = placeholder.split_once(':').unwrap_or((placeholder, ""));
        arg.trim() == name
            || spec.split('$').rev().skip(1).any(|before| {
                let start = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .map_or(0, |p| p + 1);
                &before[start..] == name
            })
    })
}

/// Whether a string literal among `tokens` names `name` inline (a format
/// string of a macro of the guard: `format!("{x}")`).
fn names_in_format_strings(tokens: TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Group(g) => names_in_format_strings(g.stream(), name),
        proc_macro2::TokenTree::Literal(l) => {
            let text = l.to_string();
            text.contains('"') && format_names_inline(&text, name)
        }
        _ => false,
    })
}
