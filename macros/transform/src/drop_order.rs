//! Values the coroutine drops in an order the macro guessed: the fields of
//! a struct in the order the body names them, where Rust drops them in
//! their declaration order, which the macro cannot see. A split binding's
//! fields (`split`), the parts a struct pattern leaves under `_` (kept by
//! `split/leftovers.rs` and `lower/rest.rs`). Two of them with drop glue
//! could drop in an order Rust's does not, so a post-monomorphization
//! assertion makes that a compile error instead of a different run:
//!
//! ```text
//! {
//!     fn __coro_drop_order<T0, T1>(_: &T0, _: &T1) {
//!         const { assert!(needs_drop::<T0>() as usize + needs_drop::<T1>() as usize <= 1, "coro: ..") }
//!     }
//!     __coro_drop_order(&s.a, &s.c);
//! }
//! ```
//!
//! It reads the types off the values, so it needs no name for them, and
//! costs nothing at run time.

use crate::syntax::tokens::respan;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::spanned::Spanned;

/// The checks of the parts named `{prefix}k` that a struct pattern in
/// `named` binds under two of its fields (kept in the pattern's order):
/// `message` is given the struct's path.
pub fn struct_part_checks(
    named: &syn::Pat,
    prefix: &str,
    message: impl Fn(&str) -> String,
) -> Vec<TokenStream> {
    let is_part = |i: &Ident| i.to_string().starts_with(prefix);
    crate::syntax::pattern::struct_parts_in_a_guessed_order(named, &is_part)
        .into_iter()
        .map(|(s, parts)| {
            let ty = s.path.to_token_stream().to_string().replace(' ', "");
            let values: Vec<TokenStream> = parts.iter().map(ToTokens::to_token_stream).collect();
            at_most_one_needs_drop(&values, &message(&ty), s.span())
        })
        .collect()
}

/// The block asserting that at most one of `values` (place expressions)
/// needs drop, failing with `message` at `span`.
pub fn at_most_one_needs_drop(values: &[TokenStream], message: &str, span: Span) -> TokenStream {
    let types: Vec<_> = (0..values.len()).map(|k| format_ident!("T{k}")).collect();
    // `assert!` reads its message as a format string.
    let message = message.replace('{', "{{").replace('}', "}}");
    let check = respan(
        quote! {
            fn __coro_drop_order<#(#types),*>(#(_: &#types),*) {
                const {
                    let needs = 0 #(+ ::core::mem::needs_drop::<#types>() as usize)*;
                    ::core::assert!(needs <= 1, #message);
                }
            }
        },
        span,
    );
    // The values keep their spans (a hidden binding's is hygienic); the
    // call is at `span`, where rustc reports the instantiation.
    let callee = Ident::new("__coro_drop_order", span);
    let refs = values.iter().map(|v| {
        let amp = respan(quote!(&), span);
        quote!(#amp #v)
    });
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#(#refs),*));
    args.set_span(span);
    quote!({ #check #callee #args; })
}

/// The fields `s` lists, moved out of `base` (a binding of its base's
/// value) into a tuple: `match base { S { a: part0, .. } => (part0,) }`.
/// A pattern names the type, which a field access would need inferred
/// already. The tuple drops its parts in the literal's order, Rust the
/// base's fields in their declaration order, which the macro cannot see:
/// where two of them need drop that is a compile error (`drop_order.rs`).
pub fn listed_fields_moved_out(s: &syn::ExprStruct, base: &TokenStream) -> TokenStream {
    let parts: Vec<Ident> = (0..s.fields.len())
        .map(|k| Ident::new(&format!("__coro_part{k}"), Span::mixed_site()))
        .collect();
    let members = s.fields.iter().map(|f| &f.member);
    let path = &s.path;
    let check = (parts.len() > 1).then(|| {
        let ty = path.to_token_stream().to_string().replace(' ', "");
        let listed: Vec<String> = s
            .fields
            .iter()
            .map(|f| format!("`{}`", f.member.to_token_stream()))
            .collect();
        let message = format!(
            "coro: the fields this `{ty} {{ .., ..base }}` lists ({}) stay in its temporary \
             base, which Rust drops at the end of the statement, and the coroutine keeps them \
             there across a suspension; two of them need drop, which Rust drops in their \
             declaration order, which the macro cannot see. Bind the base first (`let base = \
             ..;`, then `{ty} {{ .., ..base }}`)",
            listed.join(", ")
        );
        let values: Vec<TokenStream> = parts.iter().map(ToTokens::to_token_stream).collect();
        at_most_one_needs_drop(&values, &message, s.span())
    });
    quote! {
        match #base { #path { #(#members: #parts,)* .. } => { #check (#(#parts,)*) } }
    }
}

/// The block asserting that the items of the iterator `iter` (a place
/// expression) have no drop glue, failing with `message` at `span`: a
/// `for` pattern that leaves parts of each item the coroutine cannot name
/// (`for (a, ..) in pairs`) drops them early; where the items are
/// references (`for (a, ..) in &pairs`) or plain data, nothing is dropped.
pub fn items_need_no_drop(iter: &TokenStream, message: &str, span: Span) -> TokenStream {
    let message = message.replace('{', "{{").replace('}', "}}");
    let check = respan(
        quote! {
            fn __coro_item_drop<I: ::core::iter::Iterator>(_: &I) {
                const {
                    ::core::assert!(!::core::mem::needs_drop::<I::Item>(), #message);
                }
            }
        },
        span,
    );
    let callee = Ident::new("__coro_item_drop", span);
    let amp = respan(quote!(&), span);
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#amp #iter));
    args.set_span(span);
    quote!({ #check #callee #args; })
}

/// The block asserting that `value` (a place expression) has no drop
/// glue, failing with `message` at `span`.
fn needs_no_drop(value: &TokenStream, message: &str, span: Span) -> TokenStream {
    let message = message.replace('{', "{{").replace('}', "}}");
    let check = respan(
        quote! {
            fn __coro_array_drop<T>(_: &T) {
                const { ::core::assert!(!::core::mem::needs_drop::<T>(), #message); }
            }
        },
        span,
    );
    let callee = Ident::new("__coro_array_drop", span);
    let amp = respan(quote!(&), span);
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#amp #value));
    args.set_span(span);
    quote!({ #check #callee #args; })
}

/// Adds, after the `let` of each binding that slice patterns move elements
/// out of, the check that it has no drop glue where Rust's drop of what is
/// left of it could differ from the coroutine's. Rust drops an array with
/// elements moved out by patterns one run of elements at a time, the last
/// run first (its drop elaboration; all of it so when the coroutine is
/// dropped at a suspension before the pattern and another follows it, `[a,
/// b, c]` as `c, b, a`); the coroutine keeps what a pattern leaves in the
/// pattern's order, and drops a whole array in order. They agree where one
/// pattern, right in the binding's block, with no suspension before it,
/// leaves one run (`let [first, ..] = arr;`, `let [a, .., z] = arr;`). A
/// reference (`let s = v.as_slice();`) or an array of plain data passes.
/// `parameters_moved_in`: the body starts with its parameters' `let`s
/// (`expand::move_parameters_into_body`), which the visit checks; else a
/// plain parameter is a binding declared before the body, checked as if
/// moved in first (`let arr = arr;`), as `async fn` does.
pub fn check_array_patterns(item: &mut syn::ItemFn, parameters_moved_in: bool) {
    syn::visit_mut::VisitMut::visit_block_mut(&mut ArrayPatterns, &mut item.block);
    if parameters_moved_in {
        return;
    }
    let mut checks = Vec::new();
    for input in &item.sig.inputs {
        if let syn::FnArg::Typed(t) = input
            && let syn::Pat::Ident(p) = &*t.pat
        {
            let name = &p.ident;
            let declared: syn::Stmt = syn::parse_quote!(let #name = #name;);
            checks.extend(array_check(&declared, &item.block.stmts));
        }
    }
    item.block.stmts.splice(0..0, checks);
}

struct ArrayPatterns;

impl syn::visit_mut::VisitMut for ArrayPatterns {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        syn::visit_mut::visit_block_mut(self, block);
        let mut i = 0;
        while i < block.stmts.len() {
            if let Some(check) = array_check(&block.stmts[i], &block.stmts[i + 1..]) {
                block.stmts.insert(i + 1, check);
                i += 1;
            }
            i += 1;
        }
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// The check for the binding `stmt` declares, if `rest` (the statements
/// after it) moves elements out of it where the drop orders could differ.
fn array_check(stmt: &syn::Stmt, rest: &[syn::Stmt]) -> Option<syn::Stmt> {
    use crate::syntax::awaits::stmt_contains_await;
    let syn::Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(binding) = strip_type(&local.pat) else {
        return None;
    };
    if binding.by_ref.is_some() || binding.subpat.is_some() {
        return None;
    }
    let name = &binding.ident;
    // A `let` that shadows the binding ends its scope.
    let end = rest
        .iter()
        .position(|s| matches!(s, syn::Stmt::Local(l) if crate::syntax::pattern::binds_name(&l.pat, name)))
        .map_or(rest.len(), |k| k + 1);
    let scope = &rest[..end];
    let mut sites = Vec::new();
    for (k, s) in scope.iter().enumerate() {
        let mut finder = SliceSites {
            name,
            found: Vec::new(),
        };
        syn::visit::Visit::visit_stmt(&mut finder, s);
        let direct = runs_once_on(s, name);
        sites.extend(finder.found.into_iter().map(|pat| (k, direct, pat)));
    }
    let (first, direct, pat) = sites.first()?.clone();
    if !scope[first..].iter().any(stmt_contains_await) {
        return None;
    }
    let differs = sites.len() > 1
        || !direct
        || scope[..first].iter().any(stmt_contains_await)
        || crate::syntax::slices::slice_leaves_split_runs(&pat);
    if !differs {
        return None;
    }
    let message = format!(
        "coro: slice patterns move elements out of the array `{name}`, whose elements need \
         drop, with a suspension in `{name}`'s scope before this one, or after it where it \
         runs on some paths only, beside another, or leaves elements apart; Rust then drops \
         what is left of `{name}` one run of elements at a time, the last run first, which \
         the coroutine does not reproduce. Move all of `{name}` out once, right after its \
         `let` (`let [a, rest @ ..] = {name};`), or match a reference (`&{name}`)"
    );
    let value = name.to_token_stream();
    let check = needs_no_drop(&value, &message, pat.span());
    Some(syn::parse_quote!(#check;))
}

/// Whether statement `stmt` matches the binding `name` on every path
/// through it, as the statement or a `let`'s value: `let P = name;`, a
/// `match name` (an array's slice pattern always matches, unless it tests
/// a literal, which only plain data has; two arms that move elements are
/// two sites), an `if let P = name` (a pattern that fails leaves another
/// variant, which holds no array). One in a nested block or a branch may
/// not run, and Rust then drops the array it leaves whole, the last run
/// first.
fn runs_once_on(stmt: &syn::Stmt, name: &Ident) -> bool {
    use crate::syntax::expr::{bare_ident, strip_parens};
    let is_name = |e: &syn::Expr| bare_ident(strip_parens(e)) == Some(name);
    let top = match stmt {
        syn::Stmt::Local(l) => match &l.init {
            Some(init) if init.diverge.is_none() && is_name(&init.expr) => return true,
            Some(init) if init.diverge.is_none() => &*init.expr,
            _ => return false,
        },
        syn::Stmt::Expr(e, _) => e,
        _ => return false,
    };
    match strip_parens(top) {
        syn::Expr::Match(m) => is_name(&m.expr),
        syn::Expr::If(i) => matches!(&*i.cond, syn::Expr::Let(l) if is_name(&l.expr)),
        _ => false,
    }
}

fn strip_type(pat: &syn::Pat) -> &syn::Pat {
    match pat {
        syn::Pat::Type(t) => &t.pat,
        p => p,
    }
}

/// The patterns with a slice pattern that binds by value matched against
/// the binding `name` itself (`let`, `match`, `if let`, `while let`).
struct SliceSites<'a> {
    name: &'a Ident,
    found: Vec<syn::Pat>,
}

impl SliceSites<'_> {
    fn pattern(&mut self, scrutinee: &syn::Expr, pat: &syn::Pat) {
        let scrutinee = crate::syntax::expr::strip_parens(scrutinee);
        if crate::syntax::expr::bare_ident(scrutinee) == Some(self.name)
            && crate::syntax::slices::has_slice_binding_by_value(pat)
        {
            self.found.push(pat.clone());
        }
    }
}

impl<'ast> syn::visit::Visit<'ast> for SliceSites<'_> {
    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init {
            self.pattern(&init.expr, &l.pat);
        }
        syn::visit::visit_local(self, l);
    }
    fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
        for arm in &m.arms {
            self.pattern(&m.expr, &arm.pat);
        }
        syn::visit::visit_expr_match(self, m);
    }
    fn visit_expr_let(&mut self, l: &'ast syn::ExprLet) {
        self.pattern(&l.expr, &l.pat);
        syn::visit::visit_expr_let(self, l);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        crate::syntax::macros::visit_operands(mac, self);
    }
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
