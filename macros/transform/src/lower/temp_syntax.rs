//! The syntax of the statement-temporaries rule (`temps::At`): which operands of an expression stand where Rust makes a temporary of the statement.

use super::*;
use crate::syntax::expr::is_temporary_value;
use temps::At;

/// Whether binding `e`'s statement temporaries makes any (see [`At`]).
pub(super) fn binds_temps(e: &Expr, at: At) -> bool {
    let updates_a_temporary = matches!(strip_parens(e), Expr::Struct(s) if crate::syntax::struct_update::updates_a_temporary(s));
    if (at == At::Place && is_temporary_value(e))
        || holds_consumed_receiver(e)
        || updates_a_temporary
    {
        return true;
    }
    match macro_operands(e) {
        Some((args, ats)) => args
            .args
            .iter()
            .zip(ats)
            .any(|(a, at)| binds_temps(&a.expr, at)),
        None => operands_of(e).iter().any(|&(o, at)| binds_temps(o, at)),
    }
}

/// `make().sum()`: a method call whose receiver is a temporary value (not
/// made from another temporary) and whose method the receiver rule takes,
/// by its name, to move it: the receiver is split by its type, held to the
/// statement's end unless std's method takes it; for a prefix name
/// (`make().into_text()`) bound and checked by rustc's lookup
/// (`Lowerer::bind_consumed_receiver`).
pub(super) fn holds_consumed_receiver(e: &Expr) -> bool {
    let Expr::MethodCall(m) = e else {
        return false;
    };
    let receiver = strip_parens(&m.receiver);
    use crate::syntax::moves::{ByName, by_name_check};
    (crate::syntax::moves::std_takers(&m.method).is_some()
        || by_name_check(m) == Some(ByName::ByValueLookup))
        && crate::syntax::moves::consumes_temporary(&m.method)
        && is_temporary_value(receiver)
        && !made_from_temporary(receiver)
}

/// An awaited method call whose receiver is a temporary value the call is
/// taken to move (`make().fetch()`), checked by rustc's by-value lookup
/// (`Lowerer::awaited_receiver`). Not a receiver made from another
/// temporary (it may borrow it), nor a name of std's that the lookup cannot
/// type (`collect`, `sum`: their generic parameters come from the return
/// type, `syntax::moves::std_takers`), nor `into` (`Into::into` takes
/// `self` for every type).
pub(super) fn checks_awaited_receiver(m: &syn::ExprMethodCall) -> bool {
    let receiver = strip_parens(&m.receiver);
    is_temporary_value(receiver)
        && (!made_from_temporary(receiver)
            || matches!(receiver, Expr::MethodCall(link) if builder_link(link)))
        && crate::syntax::moves::std_takers(&m.method).is_none()
        && m.method != "into"
}

/// `link` is a link of a builder chain ending in an awaited method
/// (`syntax::moves::links_a_builder_chain`) whose temporary receiver is made
/// from no other temporary, or is a link again: each is moved into its
/// call, checked (`Lowerer::call_on_bound_receiver`).
pub(super) fn builder_link(link: &syn::ExprMethodCall) -> bool {
    let receiver = strip_parens(&link.receiver);
    crate::syntax::moves::links_a_builder_chain(link)
        // A chain below that suspends is lowered as an operand that does.
        && !crate::syntax::awaits::contains_await(receiver)
        && (!made_from_temporary(receiver)
            || matches!(receiver, Expr::MethodCall(inner) if builder_link(inner)))
}

/// The operands of a std macro whose expansion leaves them in the
/// statement's temporary scope, with the context each stands in (a prefix
/// of its arguments). `vec![..]` and `dbg!(..)` move theirs (`dbg!` is
/// `match x { tmp => .. tmp }`); `matches!(x, pat)` matches on `x` (a
/// place unless the pattern binds); `assert_eq!(a, b)` matches on `(&a,
/// &b)` (its message is evaluated only on failure); `write!(w, ..)` is
/// `w.write_fmt(format_args!(..))`, which borrows its arguments. Other
/// macros are not entered: the format family, the print family and
/// `assert!` evaluate their operands in a statement of their own
/// (`syntax::macros::own_temporary_scope`), `debug_assert*!` in a block,
/// and the `panic!` family never finishes its statement.
pub(super) fn macro_operands(e: &Expr) -> Option<(crate::syntax::macros::MacroArgs, Vec<At>)> {
    let Expr::Macro(m) = e else {
        return None;
    };
    let Operands::Exprs(args) = operands(&m.mac) else {
        return None;
    };
    let n = args.args.len();
    let ats = match crate::syntax::macros::name(&m.mac).as_str() {
        "vec" | "dbg" => vec![At::Value; n],
        "matches" if matches_pattern_binds(&args) => vec![At::Value; n],
        "matches" | "write" | "writeln" => vec![At::Place; n],
        "assert_eq" | "assert_ne" => vec![At::Place; n.min(2)],
        _ => return None,
    };
    Some((args, ats))
}

/// Whether a `matches!`'s pattern binds (then its scrutinee may be moved
/// from, as a `match`'s); unparsable input counts as binding.
fn matches_pattern_binds(args: &crate::syntax::macros::MacroArgs) -> bool {
    let Some(rest) = args.opaque_rest() else {
        return true;
    };
    let parser = |input: syn::parse::ParseStream| {
        let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
        let _: proc_macro2::TokenStream = input.parse()?;
        Ok(pat)
    };
    syn::parse::Parser::parse2(parser, rest.clone())
        .map_or(true, |pat| crate::syntax::pattern::has_bindings(&pat))
}

/// `e` is called on, or given a reference to, a value that is itself a
/// temporary of the statement.
pub(super) fn made_from_temporary(e: &Expr) -> bool {
    operands_of(e).iter().any(|&(o, at)| {
        let o = strip_parens(o);
        (at == At::Place && is_temporary_value(o))
            || matches!(o, Expr::Reference(r) if is_temporary_value(strip_parens(&r.expr)))
    })
}

/// The operands of `e` that belong to its statement's temporary scope, in
/// Rust's evaluation order, with the context each stands in. Forms that
/// open a temporary scope of their own (blocks, `if`, loops, closures,
/// `&&`/`||`, arms, guards) and macros (opaque here) have none.
pub(super) fn operands_of(e: &Expr) -> Vec<(&Expr, At)> {
    use At::*;
    match e {
        Expr::Paren(p) => vec![(&*p.expr, Value)],
        Expr::Group(g) => vec![(&*g.expr, Value)],
        Expr::MethodCall(m) => {
            let recv = if crate::syntax::moves::consumes_temporary(&m.method) {
                Value
            } else {
                Place
            };
            let mut v = vec![(&*m.receiver, recv)];
            v.extend(m.args.iter().map(|a| (a, Value)));
            v
        }
        // `make()(x)`: an `Fn` call borrows its callee, an `FnOnce` one
        // moves it, which the macro cannot tell apart; taken as a value
        // (`lower/temps.rs` `callee_after_suspension`, limit 2).
        Expr::Call(c) => std::iter::once(&*c.func)
            .chain(c.args.iter())
            .map(|a| (a, Value))
            .collect(),
        // `a == b` is `PartialEq::eq(&a, &b)`: both operands autoref'd.
        Expr::Binary(b) if is_comparison(&b.op) => vec![(&*b.left, Place), (&*b.right, Place)],
        Expr::Binary(b) if !is_lazy_or_assign(&b.op) => {
            vec![(&*b.left, Value), (&*b.right, Value)]
        }
        // `*make()`: Rust derefs the value in place (`Deref::deref(&..)`
        // for a user type), a temporary kept to the statement's end.
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => vec![(&*u.expr, Place)],
        Expr::Unary(u) => vec![(&*u.expr, Value)],
        Expr::Cast(c) => vec![(&*c.expr, Value)],
        Expr::Reference(r) if borrows_a_value(r) => vec![(&*r.expr, Place)],
        Expr::Field(f) => vec![(&*f.base, Place)],
        Expr::Index(i) => vec![(&*i.expr, Place), (&*i.index, Value)],
        Expr::Try(t) => vec![(&*t.expr, Value)],
        Expr::Tuple(t) => t.elems.iter().map(|x| (x, Value)).collect(),
        Expr::Array(a) => a.elems.iter().map(|x| (x, Value)).collect(),
        Expr::Repeat(r) => vec![(&*r.expr, Value)],
        Expr::Struct(s) => s.fields.iter().map(|f| (&f.expr, Value)).collect(),
        Expr::Range(r) => r
            .start
            .iter()
            .chain(r.end.iter())
            .map(|x| (&**x, Value))
            .collect(),
        Expr::Match(m) => {
            let binds = m
                .arms
                .iter()
                .any(|a| crate::syntax::pattern::has_bindings(&a.pat));
            vec![(&*m.expr, if binds { Value } else { Place })]
        }
        _ => Vec::new(),
    }
}

/// `&make()`, `&Pair { .. }`, `&x.len()`: a reference whose operand is a
/// value (or computes one), which [`operands_of`] lists; `&x` is a place.
fn borrows_a_value(r: &syn::ExprReference) -> bool {
    is_temporary_value(&r.expr) || contains_call(&r.expr)
}

/// `e` with its operands (as listed by [`operands_of`]) replaced.
pub(super) fn rebuild(e: &Expr, vals: Vec<Expr>) -> Expr {
    let mut e = e.clone();
    let mut vals = vals.into_iter();
    let mut next = || Box::new(vals.next().expect("one value per operand"));
    match &mut e {
        Expr::Paren(p) => p.expr = next(),
        Expr::Group(g) => g.expr = next(),
        Expr::MethodCall(m) => {
            m.receiver = next();
            m.args.iter_mut().for_each(|a| *a = *next());
        }
        Expr::Call(c) => {
            c.func = next();
            c.args.iter_mut().for_each(|a| *a = *next());
        }
        Expr::Binary(b) if !is_lazy_or_assign(&b.op) => {
            b.left = next();
            b.right = next();
        }
        Expr::Unary(u) => u.expr = next(),
        Expr::Cast(c) => c.expr = next(),
        Expr::Reference(r) if borrows_a_value(r) => r.expr = next(),
        Expr::Field(f) => f.base = next(),
        Expr::Index(i) => {
            i.expr = next();
            i.index = next();
        }
        Expr::Try(t) => t.expr = next(),
        Expr::Tuple(t) => t.elems.iter_mut().for_each(|x| *x = *next()),
        Expr::Array(a) => a.elems.iter_mut().for_each(|x| *x = *next()),
        Expr::Repeat(r) => r.expr = next(),
        Expr::Struct(s) => s.fields.iter_mut().for_each(|f| f.expr = *next()),
        Expr::Range(r) => {
            if let Some(s) = &mut r.start {
                *s = next();
            }
            if let Some(x) = &mut r.end {
                *x = next();
            }
        }
        Expr::Match(m) => m.expr = next(),
        _ => {}
    }
    e
}

/// `&&`, `||` (each operand a temporary scope of its own) and assignments
/// (evaluated right side first).
fn is_lazy_or_assign(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    !matches!(
        op,
        Add(_)
            | Sub(_)
            | Mul(_)
            | Div(_)
            | Rem(_)
            | BitXor(_)
            | BitAnd(_)
            | BitOr(_)
            | Shl(_)
            | Shr(_)
            | Eq(_)
            | Lt(_)
            | Le(_)
            | Ne(_)
            | Ge(_)
            | Gt(_)
    )
}

/// Where an expression is in the source: its span's start and end.
pub(super) type SpanKey = (usize, usize, usize, usize);

pub(super) fn span_key(e: &Expr) -> SpanKey {
    let span = syn::spanned::Spanned::span(e);
    let (start, end) = (span.start(), span.end());
    (start.line, start.column, end.line, end.column)
}

/// Whether a block declares a local (a `let` that binds a name).
pub(super) fn declares_locals(stmts: &[syn::Stmt]) -> bool {
    stmts
        .iter()
        .any(|s| matches!(s, syn::Stmt::Local(l) if crate::syntax::pattern::has_bindings(&l.pat)))
}

/// Notes the tails of the blocks `e` ends with, when `e` is evaluated last
/// in its statement: a block without locals whose value is the statement's
/// (or that of a final `if`/`match` branch, a final constructor argument,
/// `Ok({ .. })`). Edition 2021 drops such a tail's temporaries at the end
/// of the statement and edition 2024 at the end of the block, with nothing
/// evaluated or dropped in between: the same point.
pub(super) fn note_final_tails(e: &Expr, out: &mut std::collections::HashSet<SpanKey>) {
    match e {
        Expr::Paren(p) => note_final_tails(&p.expr, out),
        Expr::Block(b) if b.label.is_none() => note_final_block(&b.block.stmts, out),
        Expr::If(i) => {
            note_final_block(&i.then_branch.stmts, out);
            if let Some((_, e)) = &i.else_branch {
                note_final_tails(e, out);
            }
        }
        Expr::Match(m) => m.arms.iter().for_each(|a| note_final_tails(&a.body, out)),
        Expr::Call(c) if is_constructor(&c.func) => {
            if let Some(last) = c.args.last() {
                note_final_tails(last, out);
            }
        }
        _ => {}
    }
}

pub(super) fn note_final_block(stmts: &[syn::Stmt], out: &mut std::collections::HashSet<SpanKey>) {
    if let Some(syn::Stmt::Expr(tail, None)) = stmts.last()
        && !declares_locals(stmts)
    {
        out.insert(span_key(tail));
        note_final_tails(tail, out);
    }
}

/// A path that names a tuple struct or variant (`Ok`, `Some`, `Wrap`,
/// `E::V`): calling it runs no code.
fn is_constructor(func: &Expr) -> bool {
    let Expr::Path(p) = func else { return false };
    p.path
        .segments
        .last()
        .is_some_and(|s| s.ident.to_string().starts_with(|c: char| c.is_uppercase()))
}

/// The first block in `e` (outside closures, `async` blocks and items)
/// whose tail may make temporaries (it calls something): evaluated into a
/// `let` of its own before a later suspension, edition 2021 would end
/// them with that `let`, not with the user's statement.
pub(super) fn block_tail_making_temporaries(e: &Expr) -> Option<proc_macro2::Span> {
    struct Finder(Option<proc_macro2::Span>);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_block(&mut self, b: &'ast syn::Block) {
            if self.0.is_none()
                && let Some(syn::Stmt::Expr(tail, None)) = b.stmts.last()
                && crate::syntax::expr::contains_call(tail)
            {
                self.0 = Some(syn::spanned::Spanned::span(tail));
            }
            syn::visit::visit_block(self, b);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(None);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}
