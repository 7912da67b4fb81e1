//! Macros that take expressions, with a suspension in their operands: lowered by the operand rule.

use super::*;

impl Lowerer {
    /// A known macro with `.await` in its arguments: the arguments are
    /// operands, evaluated in order before the macro runs.
    pub(super) fn lower_macro(&mut self, mac: &syn::Macro, mut args: MacroArgs) -> TokenStream {
        let name = macros::name(mac);
        if let Some(from) = macros::lazy_args_from(&name)
            && let Some(arg) = args.args.iter().skip(from).find(|a| self.suspends(&a.expr))
        {
            let rule = Rule::AwaitInLazyArgument { macro_name: name };
            self.errors.push(rule.at(arg.expr.span()));
            return quote!(());
        }
        let operands: Vec<(Expr, Ctx)> =
            args.args.iter().map(|a| (a.expr.clone(), a.ctx)).collect();
        let refs: Vec<(&Expr, Ctx)> = operands.iter().map(|(e, ctx)| (e, *ctx)).collect();
        let vals = self.lower_operands_in(&refs);
        for (arg, v) in args.args.iter_mut().zip(vals) {
            arg.expr = Expr::Verbatim(v);
        }
        if let Some(lit) = args.format.clone() {
            // Inline format arguments read bindings too.
            let renamed = self.with_fragment_env(|env| {
                let (renamed, usage) = fragment::process_format_literal(env, &lit);
                (usage, Vec::new(), renamed)
            });
            for (name, value) in renamed {
                args.push_named(name, value);
            }
        }
        args.invocation(args.to_tokens())
    }
}
