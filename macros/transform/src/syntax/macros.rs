//! The one answer to "what are this macro's operands": every phase (check,
//! borrows, lowering, the fragment rewrite, the `async` copy, `contains_await`)
//! asks [`operands`] and matches on [`Operands`], so a macro added here is a
//! compile error everywhere it is not handled yet.
//!
//! coro's own macros (`yield_!`, `yield_from!`, `async_for!`) are
//! suspensions; the std macros whose arguments are expressions (the format
//! family, asserts, `vec!`, `dbg!`, `matches!`) and coro's `gather!` are parsed
//! argument by argument, so an `.await` inside them is an operand like any
//! other; macros that read their input as text (`stringify!`) have none;
//! every other macro is opaque tokens (an `.await` inside is refused).

use super::Ctx;
use crate::rules::Rule;
use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Token};

/// The last segment of a macro's path (`println` for `std::println!`).
pub fn name(mac: &syn::Macro) -> String {
    mac.path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// A macro invocation, classified by the last segment of its path.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CoroMacro {
    /// `yield_!(value)`: a generator's (or async generator's) suspension.
    Yield,
    /// `yield_from!(generator)`: delegation to a sub-generator.
    YieldFrom,
    /// `async_for!(pattern in source { body })`: Python's `async for`.
    AsyncFor,
    /// A macro whose arguments are expressions (see [`MacroArgs`]).
    Exprs,
    /// Reads its input as text (`stringify!`, `concat!`, `line!`, ...).
    Textual,
    /// Anything else: its input is opaque tokens.
    Opaque,
}

impl CoroMacro {
    pub fn of(mac: &syn::Macro) -> CoroMacro {
        let name = name(mac);
        match name.as_str() {
            "yield_" => CoroMacro::Yield,
            "yield_from" => CoroMacro::YieldFrom,
            "async_for" => CoroMacro::AsyncFor,
            "stringify" | "concat" | "line" | "column" | "file" | "module_path" => {
                CoroMacro::Textual
            }
            n if takes_exprs(n) => CoroMacro::Exprs,
            _ => CoroMacro::Opaque,
        }
    }

    /// coro's own suspension macros.
    pub fn suspends(self) -> bool {
        matches!(
            self,
            CoroMacro::Yield | CoroMacro::YieldFrom | CoroMacro::AsyncFor
        )
    }
}

/// What a macro's input is made of.
pub enum Operands {
    /// `yield_!(value)` or `yield_!()`.
    Yield(Option<Expr>),
    /// `yield_from!(generator)`.
    YieldFrom(Expr),
    /// `async_for!(..)`, parsed.
    AsyncFor(Box<AsyncFor>),
    /// The arguments of a macro that takes expressions.
    Exprs(MacroArgs),
    /// Text, not code: nothing to rename, nothing evaluated.
    Textual,
    /// Opaque tokens (including a known macro whose input does not parse).
    Opaque,
    /// A coro macro whose input does not parse: the error to report.
    Malformed(syn::Error),
}

/// The operands of `mac` (see [`Operands`]).
pub fn operands(mac: &syn::Macro) -> Operands {
    match CoroMacro::of(mac) {
        CoroMacro::Yield => match parse_macro_expr(mac) {
            Ok(e) => Operands::Yield(e),
            Err(e) => Operands::Malformed(e),
        },
        CoroMacro::YieldFrom if mac.tokens.is_empty() => Operands::Malformed(
            Rule::YieldFromWithoutOperand.at(syn::spanned::Spanned::span(&mac.path)),
        ),
        CoroMacro::YieldFrom => match mac.parse_body::<Expr>() {
            Ok(e) => Operands::YieldFrom(e),
            Err(e) => Operands::Malformed(e),
        },
        CoroMacro::AsyncFor => match mac.parse_body::<AsyncFor>() {
            Ok(f) => Operands::AsyncFor(Box::new(f)),
            Err(e) => Operands::Malformed(e),
        },
        CoroMacro::Exprs => match MacroArgs::parse(mac) {
            Some(args) => Operands::Exprs(args),
            None => Operands::Opaque,
        },
        CoroMacro::Textual => Operands::Textual,
        CoroMacro::Opaque => Operands::Opaque,
    }
}

/// Rewrites the operands of a known macro that takes expressions with `f`,
/// in place; other macros are left alone.
pub fn rewrite_operands(mac: &mut syn::Macro, mut f: impl FnMut(&mut Expr)) {
    if let Operands::Exprs(mut args) = operands(mac) {
        for (e, _) in args.exprs_mut() {
            f(e);
        }
        mac.tokens = args.to_tokens();
    }
}

/// Visits (and writes back) the operands of a known macro, coro's own
/// included (`yield_!(..)`, `yield_from!(..)`, an `async_for!`'s source and
/// body), for the rewrites made before lowering (the split renames fields
/// there; `borrowed_temps` binds temporaries of statements there).
pub fn visit_operands_mut(mac: &mut syn::Macro, v: &mut impl syn::visit_mut::VisitMut) {
    match operands(mac) {
        Operands::Yield(Some(mut e)) | Operands::YieldFrom(mut e) => {
            v.visit_expr_mut(&mut e);
            mac.tokens = quote!(#e);
        }
        Operands::AsyncFor(f) => {
            let AsyncFor {
                pat,
                mut expr,
                mut body,
            } = *f;
            v.visit_expr_mut(&mut expr);
            v.visit_block_mut(&mut body);
            mac.tokens = quote!(#pat in #expr #body);
        }
        _ => rewrite_operands(mac, |e| v.visit_expr_mut(e)),
    }
}

/// Visits the operands of a known macro as code, coro's own included
/// (`vec![..]`, the format family, `yield_!(..)`, `yield_from!(..)`, an
/// `async_for!`'s source and body): [`visit_operands_mut`] for a visitor
/// that only reads.
pub fn visit_operands<V>(mac: &syn::Macro, v: &mut V)
where
    V: for<'a> syn::visit::Visit<'a>,
{
    match operands(mac) {
        Operands::Exprs(args) => args.args.iter().for_each(|a| v.visit_expr(&a.expr)),
        Operands::Yield(Some(e)) | Operands::YieldFrom(e) => v.visit_expr(&e),
        Operands::AsyncFor(f) => {
            v.visit_expr(&f.expr);
            v.visit_block(&f.body);
        }
        _ => {}
    }
}

/// The single expression (or nothing) in a `yield_!(..)`.
fn parse_macro_expr(mac: &syn::Macro) -> syn::Result<Option<Expr>> {
    if mac.tokens.is_empty() {
        return Ok(None);
    }
    mac.parse_body::<Expr>().map(Some)
}

/// Macros that only borrow their format arguments.
pub fn is_format_like(name: &str) -> bool {
    matches!(
        name,
        "format"
            | "format_args"
            | "print"
            | "println"
            | "eprint"
            | "eprintln"
            | "write"
            | "writeln"
            | "panic"
            | "todo"
            | "unimplemented"
            | "unreachable"
            | "assert"
            | "assert_eq"
            | "assert_ne"
            | "debug_assert"
            | "debug_assert_eq"
            | "debug_assert_ne"
    )
}

/// Macros whose std expansion evaluates their operands in a statement or
/// condition of its own, so that the operands' temporaries drop before the
/// macro's value is used: `format!` (`{ let res = format(format_args!(..));
/// res }`), the print family (`{ _print(format_args!(..)); }`), `assert!`
/// (`if !cond { .. }`).
pub fn own_temporary_scope(name: &str) -> bool {
    matches!(
        name,
        "format" | "print" | "println" | "eprint" | "eprintln" | "assert"
    )
}

/// The bindings a format string's text (`"{name} {0:>width$}"`, with its
/// quotes) names inline: each placeholder's argument and the `name$`
/// widths and precisions of its spec, when they are identifiers (an index,
/// `{0}`, names an operand instead). A string that is not a format string
/// (any literal in an opaque macro) is read the same way: it may be one.
pub fn inline_format_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    if !text.starts_with('"') || !text.contains('{') {
        return names;
    }
    let mut rest = text;
    while let Some(pos) = rest.find('{') {
        rest = &rest[pos + 1..];
        if let Some(stripped) = rest.strip_prefix('{') {
            rest = stripped;
            continue;
        }
        let end = rest.find('}').unwrap_or(rest.len());
        let placeholder = &rest[..end];
        rest = &rest[end..];
        let (arg, spec) = placeholder.split_once(':').unwrap_or((placeholder, ""));
        names.push(arg.trim().to_string());
        let mut spec_rest = spec;
        while let Some(dollar) = spec_rest.find('$') {
            let before = &spec_rest[..dollar];
            let start = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |p| p + 1);
            names.push(before[start..].to_string());
            spec_rest = &spec_rest[dollar + 1..];
        }
    }
    names.retain(|name| {
        name.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_')
    });
    names
}

/// Where a format-like macro's format string is among its arguments
/// (`assert_eq!(a, b, "..")`: the third); a string literal elsewhere is an
/// operand like any other.
fn format_string_at(name: &str) -> Option<usize> {
    match name {
        "write" | "writeln" | "assert" | "debug_assert" => Some(1),
        "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => Some(2),
        n if is_format_like(n) => Some(0),
        _ => None,
    }
}

/// Macros whose input is a list of expressions the transform understands.
fn takes_exprs(name: &str) -> bool {
    is_format_like(name) || matches!(name, "vec" | "dbg" | "matches" | "gather")
}

/// Macros whose arguments are evaluated only in some runs (debug builds) or
/// only on failure: an `.await` there cannot be hoisted without changing
/// when it runs.
pub fn lazy_args_from(name: &str) -> Option<usize> {
    match name {
        "debug_assert" | "debug_assert_eq" | "debug_assert_ne" => Some(0),
        "assert" => Some(1),
        "assert_eq" | "assert_ne" => Some(2),
        _ => None,
    }
}

/// Whether a known macro evaluates every operand, in order, whenever it
/// runs: not one with an operand evaluated only on failure or in debug
/// builds ([`lazy_args_from`]: an `assert!`'s message, any of
/// `debug_assert!`'s), nor `gather!` (its operands run concurrently).
pub fn evaluates_every_operand(mac: &syn::Macro, args: &MacroArgs) -> bool {
    let name = name(mac);
    let lazy = lazy_args_from(&name).is_some_and(|from| args.args.len() > from);
    !lazy && name != "gather"
}

/// `async_for!(pattern in source { body })`: Python's `async for`.
pub struct AsyncFor {
    pub pat: syn::Pat,
    pub expr: Expr,
    pub body: syn::Block,
}

impl syn::parse::Parse for AsyncFor {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
        let _: Token![in] = input.parse()?;
        let expr = Expr::parse_without_eager_brace(input)?;
        let body = input.parse()?;
        Ok(AsyncFor { pat, expr, body })
    }
}

/// One argument: an expression, optionally named (`name = expr`).
pub struct MacroArg {
    pub name: Option<(syn::Ident, Token![=])>,
    pub expr: Expr,
    pub ctx: Ctx,
}

/// The parsed arguments of a known macro.
pub struct MacroArgs {
    path: syn::Path,
    delimiter: syn::MacroDelimiter,
    /// A leading format string, kept as a literal.
    pub format: Option<Literal>,
    /// A format string written as a macro (`concat!(..)`): kept verbatim.
    format_macro: Option<syn::ExprMacro>,
    /// Leading format string's position among the arguments.
    format_at: usize,
    pub args: Vec<MacroArg>,
    /// `vec![elem; n]` form.
    repeat: bool,
    /// `matches!(expr, pattern [if guard])`: the tokens after the expression.
    matches_rest: Option<TokenStream>,
}

impl MacroArgs {
    /// Parses the input of a macro that takes expressions; `None` for other
    /// macros or unexpected input.
    pub(super) fn parse(mac: &syn::Macro) -> Option<MacroArgs> {
        let name = name(mac);
        if !takes_exprs(&name) {
            return None;
        }
        let parser = |input: ParseStream| -> syn::Result<MacroArgs> {
            let mut out = MacroArgs {
                path: mac.path.clone(),
                delimiter: mac.delimiter.clone(),
                format: None,
                format_at: 0,
                format_macro: None,
                args: Vec::new(),
                repeat: false,
                matches_rest: None,
            };
            if name == "matches" {
                let expr: Expr = input.parse()?;
                let _: Token![,] = input.parse()?;
                let rest: TokenStream = input.parse()?;
                // A scrutinee: moved only as far as the pattern binds by
                // value (as `match`'s, `fragment::forms`), never whole.
                out.args.push(MacroArg {
                    name: None,
                    expr,
                    ctx: Ctx::Project,
                });
                out.matches_rest = Some(rest);
                return Ok(out);
            }
            let mut index = 0;
            while !input.is_empty() {
                if format_string_at(&name) == Some(index)
                    && input.peek(syn::Ident)
                    && input.peek2(Token![!])
                {
                    out.format_macro = Some(input.parse()?);
                    out.format_at = index;
                } else if out.format.is_none()
                    && format_string_at(&name) == Some(index)
                    && input.peek(syn::LitStr)
                {
                    let lit: syn::LitStr = input.parse()?;
                    out.format = Some(lit.token());
                    out.format_at = index;
                } else {
                    let named = if input.peek(syn::Ident)
                        && input.peek2(Token![=])
                        && !input.peek2(Token![==])
                    {
                        Some((input.parse()?, input.parse()?))
                    } else {
                        None
                    };
                    let expr: Expr = input.parse()?;
                    let ctx = arg_ctx(&name, index);
                    out.args.push(MacroArg {
                        name: named,
                        expr,
                        ctx,
                    });
                }
                index += 1;
                if input.is_empty() {
                    break;
                }
                if name == "vec" && input.peek(Token![;]) && out.args.len() == 1 {
                    let _: Token![;] = input.parse()?;
                    out.repeat = true;
                    let n: Expr = input.parse()?;
                    out.args.push(MacroArg {
                        name: None,
                        expr: n,
                        ctx: Ctx::Value,
                    });
                    break;
                }
                let _: Token![,] = input.parse()?;
            }
            Ok(out)
        };
        parser.parse2(mac.tokens.clone()).ok()
    }

    /// Tokens of the input that are not operands (a `matches!` pattern and
    /// guard): an `.await` there is refused (see `check`).
    pub fn opaque_rest(&self) -> Option<&TokenStream> {
        self.matches_rest.as_ref()
    }

    /// Whether the macro's value holds its operands (`vec!`, `dbg!`,
    /// `gather!`), and so what they borrow.
    pub fn carries_operands(&self) -> bool {
        self.path
            .segments
            .last()
            .is_some_and(|s| s.ident == "vec" || s.ident == "dbg" || s.ident == "gather")
    }

    /// Whether a format string is among the arguments (a literal or a
    /// macro such as `concat!(..)`).
    pub fn has_format(&self) -> bool {
        self.format.is_some() || self.format_macro.is_some()
    }

    pub fn exprs_mut(&mut self) -> impl Iterator<Item = (&mut Expr, Ctx)> {
        self.args.iter_mut().map(|a| {
            let ctx = a.ctx;
            (&mut a.expr, ctx)
        })
    }

    /// Appends `name = value` (for an inline format argument whose binding
    /// the transform renamed).
    /// (Not when the macro names that argument itself: `"{x}", x = 5`.)
    pub fn push_named(&mut self, name: syn::Ident, value: proc_macro2::TokenStream) {
        if self
            .args
            .iter()
            .any(|a| a.name.as_ref().is_some_and(|(n, _)| *n == name))
        {
            return;
        }
        self.args.push(MacroArg {
            name: Some((name, Default::default())),
            expr: Expr::Verbatim(value),
            ctx: Ctx::Place,
        });
    }

    /// The macro's input tokens, re-assembled.
    pub fn to_tokens(&self) -> TokenStream {
        if let Some(rest) = &self.matches_rest {
            let e = &self.args[0].expr;
            return quote!(#e, #rest);
        }
        if self.repeat {
            let (e, n) = (&self.args[0].expr, &self.args[1].expr);
            return quote!(#e; #n);
        }
        self.tokens_after(0)
    }

    /// The input after the first `n` operands, format string included: an
    /// `assert!`'s message (`n` = 1) or an `assert_eq!`'s (`n` = 2).
    pub fn tokens_after(&self, n: usize) -> TokenStream {
        let mut parts: Vec<TokenStream> = self
            .args
            .iter()
            .skip(n)
            .map(|a| match &a.name {
                Some((n, eq)) => {
                    let e = &a.expr;
                    quote!(#n #eq #e)
                }
                None => a.expr.to_token_stream(),
            })
            .collect();
        let at = self.format_at.saturating_sub(n).min(parts.len());
        if let Some(f) = &self.format {
            parts.insert(at, f.to_token_stream());
        } else if let Some(f) = &self.format_macro {
            parts.insert(at, f.to_token_stream());
        }
        quote!(#(#parts),*)
    }

    /// The whole macro invocation, with `tokens` as its input.
    pub fn invocation(&self, tokens: TokenStream) -> TokenStream {
        let path = &self.path;
        let group = match self.delimiter {
            syn::MacroDelimiter::Paren(_) => quote!((#tokens)),
            syn::MacroDelimiter::Brace(_) => quote!({#tokens}),
            syn::MacroDelimiter::Bracket(_) => quote!([#tokens]),
        };
        quote!(#path ! #group)
    }
}

fn arg_ctx(name: &str, index: usize) -> Ctx {
    match name {
        "vec" | "dbg" | "gather" => Ctx::Value,
        "assert" | "debug_assert" if index == 0 => Ctx::Value,
        "write" | "writeln" if index == 0 => Ctx::Receiver,
        _ => Ctx::Place,
    }
}
