//! Macro input: a known macro's operands are visited as expressions; an opaque macro's tokens are renamed token by token; format strings' inline arguments.

use super::*;
use crate::rules::Rule;

impl Rewriter<'_, '_> {
    /// Rewrites a macro's input tokens: renamed bindings and `self`, and
    /// inline format arguments (`{name}`) in string literals.
    pub(super) fn tokens(
        &mut self,
        tokens: TokenStream,
        ctx: Ctx,
        prev_dot: &mut Option<bool>,
    ) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        // An opaque macro may hold a closure: assume it does if it has `|`.
        self.usage.has_closure |= trees.iter().any(|t| {
            matches!(t, TokenTree::Punct(p) if p.as_char() == '|')
                || matches!(t, TokenTree::Ident(i) if i == "async")
        });
        self.check_bound_names(&trees);
        let mut out = Vec::with_capacity(trees.len());
        for (i, tt) in trees.iter().enumerate() {
            let after_dot = prev_dot.unwrap_or(false);
            *prev_dot = Some(matches!(tt, TokenTree::Punct(p) if p.as_char() == '.'));
            match tt {
                TokenTree::Group(g) => {
                    let inner = self.tokens(g.stream(), ctx, &mut None);
                    let mut ng = Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                }
                TokenTree::Ident(ident) if !after_dot => {
                    let next_is_path = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '!');
                    if next_is_path {
                        out.push(tt.clone());
                        continue;
                    }
                    // Opaque macros may only borrow: the place, never a read.
                    let place_ctx = if ctx == Ctx::Value { Ctx::Project } else { ctx };
                    if let Some(slotted) = self.slotted(ident, place_ctx) {
                        out.push(TokenTree::Group(Group::new(
                            proc_macro2::Delimiter::Parenthesis,
                            slotted,
                        )));
                        continue;
                    }
                    match self.mention(ident, opaque_mention_ctx(ctx, self.in_move_closure)) {
                        Some(renamed) => out.push(TokenTree::Ident(renamed)),
                        None => out.push(tt.clone()),
                    }
                }
                TokenTree::Literal(lit) => {
                    // Inline format arguments of opaque macros are read; a
                    // renamed or homed binding there cannot be re-pointed (the
                    // literal would name another binding, or the guard): refused.
                    for (name, _) in self.format_literal(lit) {
                        let rule = Rule::FormatStringNamesRenamed {
                            name: name.to_string(),
                        };
                        self.usage.errors.push(rule.at(lit.span()));
                    }
                    out.push(tt.clone());
                }
                _ => out.push(tt.clone()),
            }
        }
        out.into_iter().collect()
    }

    /// Records the inline arguments of a format string (`{name}`); returns
    /// those that name a renamed binding, to be passed as `name = renamed`.
    pub(super) fn format_literal(&mut self, lit: &Literal) -> Vec<(Ident, TokenStream)> {
        let text = lit.to_string();
        let mut renamed: Vec<(Ident, TokenStream)> = Vec::new();
        if !text.starts_with('"') || !text.contains('{') {
            return renamed;
        }
        let names = macros::inline_format_names(&text);
        for name in names {
            let ident = Ident::new(&name, lit.span());
            if renamed.iter().any(|(n, _)| *n == name) {
                continue;
            }
            if let Some(place) = self.slotted(&ident, Ctx::Place) {
                renamed.push((ident, place));
            } else if let Some(new) = self.mention(&ident, Ctx::Place) {
                renamed.push((ident, new.into_token_stream()));
            }
        }
        renamed
    }

    pub(super) fn visit_macro_tokens(&mut self, mac: &mut syn::Macro) {
        let name = macros::name(mac);
        match operands(mac) {
            Operands::Exprs(mut args) => {
                let condition = crate::codegen::unformatted_assertion(&name, &args);
                for (expr, ctx) in args.exprs_mut() {
                    self.with_ctx(ctx, |rw| rw.visit_expr_mut(expr));
                }
                if let Some(lit) = args.format.clone() {
                    for (name, renamed) in self.format_literal(&lit) {
                        args.push_named(name, renamed);
                    }
                }
                mac.tokens = crate::codegen::assertion_with_message(args.to_tokens(), condition);
                return;
            }
            // They read their input as text: nothing to rename or use.
            Operands::Textual => return,
            // Suspensions never reach a fragment (it is await-free) but in
            // a closure, where `check` refuses them: their tokens are read
            // like an opaque macro's.
            Operands::Yield(_)
            | Operands::YieldFrom(_)
            | Operands::AsyncFor(_)
            | Operands::Opaque
            | Operands::Malformed(_) => {
                // Its expansion may name a local the rewrite does not see
                // (a `macro_rules!` of the body): no closure around it is
                // made `move`.
                self.note_foreign(None);
            }
        }
        let ctx = if macros::is_format_like(&name) {
            Ctx::Place
        } else {
            Ctx::Value
        };
        let tokens = std::mem::take(&mut mac.tokens);
        mac.tokens = self.tokens(tokens, ctx, &mut None);
    }
}

/// How a binding named in an opaque macro's input is used. The expansion
/// may move it or only borrow it (`$t.len()`); it is taken to borrow it
/// (the receiver rule), so the binding is held to the end of its scope as
/// Rust holds it, and a macro that does move it makes the binding's carry
/// across a later suspension E0382 (write `{ let t = t; m!(t) }`), never an
/// early drop. In a `move` closure the mention is a capture by value.
fn opaque_mention_ctx(ctx: Ctx, in_move_closure: usize) -> Ctx {
    if ctx == Ctx::Value && in_move_closure == 0 {
        Ctx::Receiver
    } else {
        ctx
    }
}

impl Rewriter<'_, '_> {
    /// The names an opaque macro's input binds itself (a closure's
    /// parameters, `|x: i64| ..`; a `let x`): where the coroutine's binding
    /// of that name is rewritten (renamed, or homed), each mention of the
    /// name in the input is rewritten to it, the macro's own binding's too,
    /// which would then read the coroutine's: refused.
    fn check_bound_names(&mut self, trees: &[TokenTree]) {
        for name in bound_in_tokens(trees) {
            let text = name.to_string();
            let Some(id) = self.resolve(&text) else {
                continue;
            };
            let var = &self.env.vars.all[id];
            if var.slot.is_some() || var.ident != text {
                let rule = Rule::MacroInputBindsRewrittenName { name: text };
                self.usage.errors.push(rule.at(name.span()));
            }
        }
    }
}

/// The identifiers a token sequence binds, as far as tokens show: the
/// parameters of a closure (`|a, mut b: T|` after the start, a `(`, a `,`,
/// a `=` or `move`) and the name after `let` (`let x`, `let mut x`).
fn bound_in_tokens(trees: &[TokenTree]) -> Vec<Ident> {
    let punct =
        |t: Option<&TokenTree>, c: char| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let mut out = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        let prev = i.checked_sub(1).map(|k| &trees[k]);
        let starts_closure = punct(trees.get(i), '|')
            && (prev.is_none()
                || punct(prev, ',')
                || punct(prev, '=')
                || matches!(prev, Some(TokenTree::Ident(m)) if m == "move"));
        if starts_closure {
            // Up to the closing `|`: a name right after `|`, `,`, `mut`,
            // `ref` or `&` is a parameter (a type after `:` is not).
            let mut k = i + 1;
            while k < trees.len() && !punct(trees.get(k), '|') {
                if let TokenTree::Ident(name) = &trees[k]
                    && name != "mut"
                    && name != "ref"
                    && (punct(trees.get(k - 1), '|')
                        || punct(trees.get(k - 1), ',')
                        || punct(trees.get(k - 1), '&')
                        || matches!(&trees[k - 1], TokenTree::Ident(m) if m == "mut" || m == "ref"))
                {
                    out.push(name.clone());
                }
                k += 1;
            }
            i = k + 1;
            continue;
        }
        if let TokenTree::Ident(kw) = &trees[i]
            && kw == "let"
        {
            let mut k = i + 1;
            if matches!(trees.get(k), Some(TokenTree::Ident(m)) if m == "mut") {
                k += 1;
            }
            if let Some(TokenTree::Ident(name)) = trees.get(k) {
                out.push(name.clone());
            }
        }
        // (A group's tokens are checked when `tokens` reaches them.)
        i += 1;
    }
    out
}
