//! The transform behind `#[coro::coroutine]`: a plain `fn` becomes an
//! explicit enum state machine implementing `coro::Awaitable`.
//!
//! Phases, each handing the next a named value (see `expand`):
//! `item` parses the fn, `shape` reads its signature once into a `FnShape`,
//! `check` reports every rule violation at its token, `lower` splits the
//! body into blocks at its suspension points (the `ir`), `analyse` decides
//! what each state holds (`liveness::Plan`) and which bindings need a fixed
//! home (`homes::plan`), `emit` writes the enum and its step closure, and
//! `shadow` the never-run `async` copy that borrow-checks a body with homes.
//! `syntax` answers questions about the user's code and imports nothing
//! else but `rules`, the catalogue of every refusal's text; the layering is checked by `tests/layers.rs`. ARCHITECTURE.md has
//! a map of which file to touch for which change.

#![forbid(unsafe_code)]
#![warn(clippy::too_many_lines)]

mod analyse;
mod args;
mod borrowed_temps;
mod check;
mod codegen;
mod coercions;
mod destructuring;
mod drop_order;
mod drop_probe;
mod emit;
mod expand;
mod fragment;
mod guarded_matches;
mod ir;
mod item;
mod lower;
mod private_api;
mod rules;
mod self_parts;
mod shadow;
mod shape;
mod signature;
mod split;
mod syntax;
#[cfg(test)]
mod tests;
mod vars;

use proc_macro2::TokenStream;

/// Expands `#[coroutine(args)]` applied to `item`. Never panics: errors
/// become `compile_error!`s at their spans.
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    match without_panics(|| expand::coroutine(args, item.clone())) {
        Ok(tokens) => tokens,
        Err(e) => {
            // A stand-in with the right signature keeps callers from piling
            // "cannot find function" errors on top of the real one.
            let mut out = e.to_compile_error();
            out.extend(item::stub(item));
            out
        }
    }
}

/// Expands `#[generator(args)]` applied to `item`.
pub fn generator(args: TokenStream, item: TokenStream) -> TokenStream {
    match without_panics(|| expand::generator(args, item)) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

/// Runs an expansion. A panic in it is a bug of the transform; it becomes a
/// compile error at the attribute that says so, instead of rustc's bare
/// "custom attribute panicked".
fn without_panics(
    expand: impl FnOnce() -> Result<TokenStream, syn::Error>,
) -> Result<TokenStream, syn::Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(expand)).unwrap_or_else(|payload| {
        let message = (payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(rules::Rule::Panicked { message }.at(proc_macro2::Span::call_site()))
    })
}

/// Expands every `#[coro::coroutine]` fn of a source file and pretty-prints
/// the result (what `coro-expand` prints; the expansion snapshots use it).
pub fn expand_file(source: &str) -> Result<String, syn::Error> {
    let mut file = syn::parse_file(source)?;
    let mut expander = FileExpander { errors: Vec::new() };
    syn::visit_mut::VisitMut::visit_file_mut(&mut expander, &mut file);
    if let Some(e) = expander.errors.into_iter().reduce(|mut a, b| {
        a.combine(b);
        a
    }) {
        return Err(e);
    }
    Ok(prettyplease::unparse(&file))
}

struct FileExpander {
    errors: Vec<syn::Error>,
}

/// Removes a `#[coro::coroutine]`/`#[coro::generator]` attribute; returns
/// its arguments and whether it is the generator one.
fn take_coroutine_attr(attrs: &mut Vec<syn::Attribute>) -> Option<(TokenStream, bool)> {
    let kind = |a: &syn::Attribute| {
        let p = a.path();
        let last = p.segments.last()?.ident.to_string();
        let ok = p.segments.len() == 1 || (p.segments.len() == 2 && p.segments[0].ident == "coro");
        match last.as_str() {
            "coroutine" if ok => Some(false),
            "generator" if ok => Some(true),
            _ => None,
        }
    };
    let pos = attrs.iter().position(|a| kind(a).is_some())?;
    let generator = kind(&attrs[pos]) == Some(true);
    let attr = attrs.remove(pos);
    let args = match attr.meta {
        syn::Meta::List(l) => l.tokens,
        _ => TokenStream::new(),
    };
    Some((args, generator))
}

impl FileExpander {
    fn expand(
        &mut self,
        (args, generator): (TokenStream, bool),
        tokens: TokenStream,
    ) -> Option<TokenStream> {
        let expanded = if generator {
            expand::generator(args, tokens)
        } else {
            expand::coroutine(args, tokens)
        };
        match expanded {
            Ok(t) => Some(t),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }
}

impl syn::visit_mut::VisitMut for FileExpander {
    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        if let syn::Item::Fn(f) = item
            && let Some(args) = take_coroutine_attr(&mut f.attrs)
        {
            let tokens = quote::ToTokens::to_token_stream(&*f);
            if let Some(out) = self.expand(args, tokens) {
                match syn::parse2::<syn::Item>(out.clone()) {
                    Ok(new) => *item = new,
                    Err(e) => self.errors.push(unparsable(&e, &out)),
                }
            }
            return;
        }
        syn::visit_mut::visit_item_mut(self, item);
    }

    fn visit_impl_item_mut(&mut self, item: &mut syn::ImplItem) {
        if let syn::ImplItem::Fn(f) = item
            && let Some(args) = take_coroutine_attr(&mut f.attrs)
        {
            let tokens = quote::ToTokens::to_token_stream(&*f);
            if let Some(out) = self.expand(args, tokens) {
                match syn::parse2::<syn::ImplItem>(out.clone()) {
                    Ok(new) => *item = new,
                    Err(e) => self.errors.push(unparsable(&e, &out)),
                }
            }
            return;
        }
        syn::visit_mut::visit_impl_item_mut(self, item);
    }
}

/// `coro-expand`: an expansion that does not parse back is a bug.
fn unparsable(e: &syn::Error, out: &TokenStream) -> syn::Error {
    rules::Rule::ExpansionDoesNotParse {
        error: e.to_string(),
        expansion: out.to_string(),
    }
    .at(e.span())
}

#[cfg(test)]
mod panics {
    /// A panic of the transform (a bug) is reported as a compile error that
    /// says so, not as rustc's "custom attribute panicked"; raw identifiers,
    /// which made it panic until the twelfth session, expand.
    #[test]
    fn a_panic_becomes_an_internal_error() {
        let err = super::without_panics(|| panic!("boom")).expect_err("an error");
        let text = err.to_string();
        assert!(text.contains("internal error"), "{text}");
        assert!(text.contains("boom"), "{text}");
        let raw = "#[coro::coroutine] fn f(r#in: i64) -> i64 { let r#type = 1; tick().await; r#in + r#type }";
        let expanded = super::expand_file(raw).expect("expands");
        assert!(expanded.contains("r#type"), "{expanded}");
    }
}
