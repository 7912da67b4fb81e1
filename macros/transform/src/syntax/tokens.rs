//! Token-level helpers: the one identifier substitution, spans, and the
//! compact source text used in docs of generated variants.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;

/// The line a span starts on (for the docs of generated variants).
pub fn line_of(span: Span) -> usize {
    span.start().line
}

/// The source text of an expression, for docs: compact, one line.
pub fn source_text(tokens: &TokenStream) -> String {
    let text = tokens.to_string();
    let text = text
        .replace(" . ", ".")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" ,", ",")
        .replace(" ?", "?")
        .replace(" !", "!")
        .replace("& ", "&")
        .replace(" :: ", "::")
        .replace(":: ", "::");
    if text.len() > 60 {
        format!(
            "{}...",
            &text[..text
                .char_indices()
                .nth(57)
                .map(|(i, _)| i)
                .unwrap_or(text.len())]
        )
    } else {
        text
    }
}

/// Replaces every identifier spelled `name` in `tokens` by `with`: the one
/// token substitution (placeholders of generated code, `?`'s residual).
pub fn substitute(tokens: TokenStream, name: &str, with: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for tt in tokens {
        match tt {
            TokenTree::Ident(i) if i == name => out.extend(with.clone()),
            TokenTree::Group(g) => {
                let mut ng = Group::new(g.delimiter(), substitute(g.stream(), name, with));
                ng.set_span(g.span());
                out.extend(std::iter::once(TokenTree::Group(ng)));
            }
            other => out.extend(std::iter::once(other)),
        }
    }
    out
}

/// An expression statement that starts with a block-like expression (the
/// `match` of a rewritten `?`, say) and goes on (`m? << 2;`) would end at
/// that block: parenthesise it.
pub fn statement_safe(v: TokenStream) -> TokenStream {
    use proc_macro2::Delimiter;
    let trees: Vec<TokenTree> = v.clone().into_iter().collect();
    let starts_with_match = matches!(trees.first(), Some(TokenTree::Ident(i)) if i == "match");
    // A `match` statement ends at its first brace group (its scrutinee
    // cannot hold one): anything after it needs the parentheses.
    let arms = trees
        .iter()
        .position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace));
    match arms {
        Some(at) if starts_with_match && at + 1 < trees.len() => quote!((#v)),
        _ => v,
    }
}

/// Every identifier in `tokens`.
pub fn collect_idents(tokens: TokenStream, out: &mut Vec<String>) {
    for tt in tokens {
        match tt {
            TokenTree::Ident(i) => out.push(i.to_string()),
            TokenTree::Group(g) => collect_idents(g.stream(), out),
            _ => {}
        }
    }
}

/// A `let ... else` initializer may not end with `}`: parenthesise those.
pub fn let_else_init(v: TokenStream) -> TokenStream {
    match v.clone().into_iter().last() {
        Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace => {
            quote!((#v))
        }
        _ => v,
    }
}

/// `tokens` with every token's span set to `span`.
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut ng = Group::new(g.delimiter(), respan(g.stream(), span));
                ng.set_span(span);
                tt = TokenTree::Group(ng);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}
