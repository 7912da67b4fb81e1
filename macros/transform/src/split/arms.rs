//! Forms of `match` and `if let` on a binding that mean a destructuring
//! `let` or a `match` with an arm that leaves the binding whole: rewritten
//! to those before the split, which then sees each field's use.

use crate::syntax::expr::bare_ident;
use quote::quote;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Pat, Stmt};

/// A `match` statement on a binding with one arm, no guard and a pattern
/// that destructures it and leaves a part (`match p { Pair { a: t, b: _ }
/// => body }`, `match p { (k, _) => body }`) is the `let` it means (`{ let
/// Pair { a: t, b: _ } = p; body }`; one arm with no guard is exhaustive,
/// so the pattern is irrefutable): a use of each field, by value where its
/// sub-pattern binds by value, so the split keeps what the pattern leaves
/// to the end of the binding's scope, as Rust does (the split is made only
/// where a suspension follows; elsewhere the `let` runs as the `match`).
pub(super) struct ArmToLet;

impl VisitMut for ArmToLet {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::If(i) = e
            && let Some(m) = if_let_as_match(i)
        {
            *e = m;
        }
        if let Expr::Match(m) = e
            && let Some(local) = arm_as_let(m)
        {
            let body = &m.arms[0].body;
            *e = syn::parse_quote_spanned!(m.match_token.span=> {
                #local
                #body
            });
        }
        visit_mut::visit_expr_mut(self, e);
    }
    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        if let Some(m) = let_else_as_match(local) {
            *local = m;
        }
        visit_mut::visit_local_mut(self, local);
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// `let (a, b) = match x { P => (a, b), _ => els };` for `let P = x else {
/// els };` on a binding `x` whose `else` suspends and may leave something
/// (`let Ok(v) = r else { f().await; return }`: Rust keeps `r` whole in
/// the `else`, to its exit; a machine would have moved it into the
/// `match` it makes of the `let`): the `match` moves it on the matching
/// path only (`lower::rest::LeftBinding`), and what `P` leaves (`Ok((t,
/// _))`) is kept by `leftovers`. The bindings come out in the pattern's
/// order, so they drop as the `let`'s would. An `else` that does not
/// suspend runs as written.
fn let_else_as_match(local: &syn::Local) -> Option<syn::Local> {
    let init = local.init.as_ref()?;
    let (_, els) = init.diverge.as_ref()?;
    let name = bare_ident(crate::syntax::expr::strip_parens(&init.expr))?;
    let pat = &local.pat;
    if !local.attrs.is_empty()
        || !crate::syntax::awaits::contains_await(els)
        || !crate::syntax::pattern::binds_by_value(pat)
        || crate::syntax::pattern::binds_by_ref(pat)
        || crate::syntax::pattern::let_moves_whole(pat)
        || crate::syntax::pattern::binds_name(pat, name)
        || matches!(pat, Pat::Type(_))
    {
        return None;
    }
    let mut names = Vec::new();
    crate::syntax::pattern::bindings(pat, &mut |i, m| names.push((i.clone(), m)));
    let outs = names
        .iter()
        .map(|(i, m)| if *m { quote!(mut #i) } else { quote!(#i) });
    let values = names.iter().map(|(i, _)| i);
    let plain = crate::syntax::pattern::without_mut(pat);
    let stmt: Stmt = syn::parse_quote_spanned!(local.let_token.span=>
        let (#(#outs,)*) = match #name {
            #plain => (#(#values,)*),
            _ => #els,
        };
    );
    match stmt {
        Stmt::Local(l) => Some(l),
        _ => None,
    }
}

/// `match x { P => then, _ => els }` for `if let P = x { then } else { els }`
/// on a binding `x` (no temporaries: the same run) whose pattern binds by
/// value and does not move all of it (`if let Ok(v) = r`: the `else` leaves
/// `r` whole, to be dropped at the end of its scope): the `match` moves it
/// on the `then` path only (`lower::rest::LeftBinding`). `if let Some(t) =
/// o` (its `else` leaves nothing, `let_moves_whole`) stays as written.
fn if_let_as_match(i: &syn::ExprIf) -> Option<Expr> {
    let Expr::Let(l) = &*i.cond else {
        return None;
    };
    let name = bare_ident(crate::syntax::expr::strip_parens(&l.expr))?;
    if !i.attrs.is_empty()
        || !crate::syntax::pattern::binds_by_value(&l.pat)
        || crate::syntax::pattern::let_moves_whole(&l.pat)
        || crate::syntax::pattern::is_irrefutable(&l.pat)
    {
        return None;
    }
    let (pat, then) = (&l.pat, &i.then_branch);
    let els = match &i.else_branch {
        Some((_, e)) => quote!(#e),
        None => quote!({}),
    };
    // An `if`'s branches are blocks; as arms, `{ 0 }` would warn.
    Some(syn::parse_quote_spanned!(i.if_token.span=> match #name {
        #[allow(unused_braces)]
        #pat => #then,
        #[allow(unused_braces)]
        _ => #els
    }))
}

/// `let PAT = p;` for `match p { PAT => .. }` (see [`ArmToLet`]).
fn arm_as_let(m: &syn::ExprMatch) -> Option<Stmt> {
    let [arm] = &m.arms[..] else {
        return None;
    };
    let name = bare_ident(crate::syntax::expr::strip_parens(&m.expr))?;
    let pat = match &arm.pat {
        Pat::Paren(p) => &*p.pat,
        p => p,
    };
    let destructures = match pat {
        Pat::Struct(s) => s.qself.is_none(),
        Pat::TupleStruct(s) => {
            s.qself.is_none() && !s.elems.iter().any(|e| matches!(e, Pat::Rest(_)))
        }
        Pat::Tuple(t) => !t.elems.iter().any(|e| matches!(e, Pat::Rest(_))),
        _ => false,
    };
    if arm.guard.is_some()
        || !m.attrs.is_empty()
        || !destructures
        || crate::syntax::pattern::moves_whole(pat)
        || !crate::syntax::pattern::binds_by_value(pat)
        || crate::syntax::pattern::binds_name(pat, name)
    {
        return None;
    }
    Some(syn::parse_quote!(let #pat = #name;))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    fn rewritten(body: &str) -> String {
        let mut block: syn::Block = syn::parse_str(body).expect("a block");
        ArmToLet.visit_block_mut(&mut block);
        block
            .to_token_stream()
            .to_string()
            .split_whitespace()
            .collect()
    }

    fn squash(s: &str) -> String {
        s.split_whitespace().collect()
    }

    #[test]
    fn one_arm_match_leaving_a_part_is_a_let() {
        assert_eq!(
            rewritten("{ match p { Pair { a: t, b: _ } => { f(t) } } }"),
            squash("{ { let Pair { a: t, b: _ } = p; { f(t) } } }")
        );
        assert_eq!(
            rewritten("{ let n = match p { (k, _) => k }; }"),
            squash("{ let n = { let (k, _) = p; k }; }")
        );
    }

    #[test]
    fn other_matches_stay() {
        for kept in [
            "{ match p { Pair { a, b } => f(a, b) } }",
            "{ match p { (k, ..) => k } }",
            "{ match p { (ref k, _) => k } }",
            "{ match p { (p, _) => p } }",
            "{ match p { (k, _) if k > 0 => k, _ => 0 } }",
            "{ match f() { (k, _) => k } }",
        ] {
            assert_eq!(rewritten(kept), squash(kept), "{kept}");
        }
    }

    #[test]
    fn if_let_whose_else_may_leave_something_is_a_match() {
        let out = rewritten("{ if let Ok(v) = r { f(v) } else { g() } }");
        assert!(out.contains(&squash("match r {")), "{out}");
        assert!(out.contains(&squash("Ok(v) => { f(v) },")), "{out}");
        assert!(out.contains(&squash("_ => { g() }")), "{out}");
        for kept in [
            "{ if let Some(t) = o { f(t) } }",
            "{ if let Err(_) = r { f() } }",
            "{ if let Ok(v) = f() { g(v) } }",
            "{ if let (a, _) = p { g(a) } }",
        ] {
            assert_eq!(rewritten(kept), squash(kept), "{kept}");
        }
    }

    #[test]
    fn let_else_whose_else_suspends_is_a_match() {
        let out = rewritten("{ let Ok(v) = r else { f().await; return; }; g(v) }");
        assert!(
            out.contains(&squash(
                "let (v,) = match r { Ok(v) => (v,), _ => { f().await; return; }, };"
            )),
            "{out}"
        );
        for kept in [
            "{ let Ok(v) = r else { return; }; g(v) }",
            "{ let Some(v) = o else { f().await; return; }; g(v) }",
            "{ let Ok(v) = f() else { f().await; return; }; g(v) }",
            "{ let Ok(ref v) = r else { f().await; return; }; g(v) }",
        ] {
            assert_eq!(rewritten(kept), squash(kept), "{kept}");
        }
    }
}
