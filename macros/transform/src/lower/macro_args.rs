//! Macros that take expressions, with a suspension in their operands: lowered by the operand rule.

use super::*;

impl Lowerer {
    /// A known macro with `.await` in its arguments: the arguments are
    /// operands, evaluated in order before the macro runs.
    pub(super) fn lower_macro(&mut self, mac: &syn::Macro, mut args: MacroArgs) -> TokenStream {
        let name = macros::name(mac);
        if let Some(from) = macros::lazy_args_from(&name)
            && args.args.iter().skip(from).any(|a| self.suspends(&a.expr))
        {
            return self.lower_lazy_assert(mac, &name, &args);
        }
        let condition = crate::codegen::unformatted_assertion(&name, &args);
        let from = self.ref_temps.len();
        let operands: Vec<(Expr, Ctx)> =
            args.args.iter().map(|a| (a.expr.clone(), a.ctx)).collect();
        let refs: Vec<(&Expr, Ctx)> = operands.iter().map(|(e, ctx)| (e, *ctx)).collect();
        // A macro that evaluates its operands in a statement of its own
        // (`format!`) begins a temporary scope: its temporaries drop before
        // an operand of the enclosing statement bound before it.
        let own_scope = macros::own_temporary_scope(&name);
        let enclosing = own_scope.then(|| self.begin_temp_scope());
        let vals = self.lower_operands_in(&refs);
        if !crate::syntax::expr::panics(mac) {
            // An awaited operand the macro borrows (a format argument,
            // `assert_eq!`'s): a temporary of the statement, dropped at its
            // end (it was kept to the next suspension).
            for ((op, ctx), v) in refs.iter().zip(&vals) {
                if *ctx == Ctx::Place && self.suspends(op) {
                    self.note_statement_temp(v, op);
                }
            }
        }
        if let Some(enclosing) = enclosing {
            self.end_temp_scope(enclosing);
        }
        for (arg, v) in args.args.iter_mut().zip(vals) {
            arg.expr = Expr::Verbatim(v);
        }
        if let Some(lit) = args.format.clone() {
            // Inline format arguments read bindings too.
            let renamed = self.with_fragment_env(&VarSet::new(), |env| {
                let (renamed, usage) = fragment::process_format_literal(env, &lit);
                (usage, Vec::new(), renamed)
            });
            for (name, value) in renamed {
                args.push_named(name, value);
            }
        }
        let value = args.invocation(crate::codegen::assertion_with_message(
            args.to_tokens(),
            condition,
        ));
        if !own_scope || self.ref_temps.len() == from {
            return value;
        }
        // The operands' temporaries drop inside the macro (`temps::At`).
        let temps: Vec<(VarId, ExprId)> = self.ref_temps.drain(from..).collect();
        let value = if name == "format" {
            self.temp_binding(value, false)
        } else {
            self.emit(quote!(#value;));
            quote!(())
        };
        self.drop_temps(&temps);
        value
    }

    /// An `assert!` family macro with `.await` where Rust evaluates lazily
    /// (a message, evaluated only on failure; any operand of `debug_assert!`,
    /// evaluated only with debug assertions): written as std defines it,
    /// then lowered, so each `.await` runs exactly when Rust would run it.
    ///
    /// ```text
    /// debug_assert!(..)       if cfg!(debug_assertions) { assert!(..) }
    /// assert!(c, msg..)       if !(c) { panic!(msg..) }
    /// assert_eq!(a, b, msg..) match (&a, &b) { (l, r) => if !(*l == *r) {
    ///                             panic!("assertion `left == right` failed: {}\n  left: {:?}\n right: {:?}",
    ///                                    format!(msg..), l, r) } }
    /// ```
    fn lower_lazy_assert(&mut self, mac: &syn::Macro, name: &str, args: &MacroArgs) -> TokenStream {
        let span = mac.path.span();
        // An operand of `!`/`&` keeps its precedence (`&(x as u8)`,
        // `!(a || b)`); an operand that binds tighter needs no parentheses
        // (`unused_parens`). (rustc does not keep an invisible group's
        // precedence here: `!«k < 10»` is `(!k) < 10`.)
        let operand = |i: usize| {
            let e: &Expr = &args.args[i].expr;
            let tight = matches!(
                strip_parens(e),
                Expr::Path(_)
                    | Expr::Lit(_)
                    | Expr::Call(_)
                    | Expr::MethodCall(_)
                    | Expr::Field(_)
                    | Expr::Index(_)
                    | Expr::Macro(_)
                    | Expr::Await(_)
                    | Expr::Try(_)
                    | Expr::Tuple(_)
                    | Expr::Array(_)
            ) && !matches!(e, Expr::Paren(_));
            if tight { quote!(#e) } else { quote!((#e)) }
        };
        let tokens = match name {
            "assert" => {
                let (cond, msg) = (operand(0), args.tokens_after(1));
                quote_spanned!(span=> if !#cond { ::core::panic!(#msg) })
            }
            "assert_eq" | "assert_ne" => {
                let (a, b, msg) = (operand(0), operand(1), args.tokens_after(2));
                let (l, r) = (
                    Ident::new("__coro_left", Span::mixed_site()),
                    Ident::new("__coro_right", Span::mixed_site()),
                );
                let (op, holds) = if name == "assert_eq" {
                    ("==", quote_spanned!(span=> *#l == *#r))
                } else {
                    ("!=", quote_spanned!(span=> *#l != *#r))
                };
                let text = format!(
                    "assertion `left {op} right` failed: {{}}\n  left: {{:?}}\n right: {{:?}}"
                );
                quote_spanned!(span=> match (&#a, &#b) {
                    (#l, #r) => if !(#holds) {
                        ::core::panic!(#text, ::std::format!(#msg), #l, #r)
                    }
                })
            }
            debug => {
                let checked = format_ident!("{}", debug.trim_start_matches("debug_"));
                let input = &mac.tokens;
                quote_spanned!(span=> if ::core::cfg!(debug_assertions) { ::core::#checked!(#input) })
            }
        };
        let macro_name = name.to_string();
        self.lower_rewritten(tokens, span, |error| Rule::AssertNotRewritten {
            macro_name,
            error,
        })
    }
}
