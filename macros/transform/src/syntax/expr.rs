//! Predicates on expressions: places, constants, conditions, items.

use super::contains_await;
use proc_macro2::Ident;
use syn::{Expr, Pat};

/// The identifier of an expression that is a bare path `x`.
pub fn bare_ident(e: &Expr) -> Option<&Ident> {
    match e {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        _ => None,
    }
}

/// Side-effect-free operands that may be evaluated after a later operand's
/// suspension without changing the result: places and constants.
pub fn is_place_or_const(e: &Expr) -> bool {
    match e {
        Expr::Path(_) | Expr::Lit(_) => true,
        Expr::Field(f) => is_place_or_const(&f.base),
        Expr::Paren(p) => is_place_or_const(&p.expr),
        Expr::Group(g) => is_place_or_const(&g.expr),
        Expr::Reference(r) => is_place_or_const(&r.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place_or_const(&u.expr),
        Expr::Index(i) => is_place_or_const(&i.expr) && is_place_or_const(&i.index),
        _ => false,
    }
}

/// A value Rust makes a temporary of when it stands in a place context (an
/// autoref'd method receiver, the operand of `&`, a field or index base, a
/// scrutinee, a comparison's operand) and keeps to the end of its
/// statement: any value but a constant Rust may promote to a `static`
/// ([`is_constant`]) and the forms whose value syntax shows has no drop
/// glue (a reference, a cast, a comparison, `&&`/`||`, an assignment). A
/// place (`x`, `x.f`, `v[i]`, `*r`) is not one: the field or index of a
/// value is its base's temporary (`make().f`: `make()`). The one rule for
/// the lowering's statement temporaries (`lower/temps.rs`) and the head
/// temporaries bound before the analysis (`borrowed_temps.rs`).
pub fn is_temporary_value(e: &Expr) -> bool {
    match e {
        Expr::Paren(p) => is_temporary_value(&p.expr),
        Expr::Group(g) => is_temporary_value(&g.expr),
        Expr::Path(_)
        | Expr::Field(_)
        | Expr::Index(_)
        | Expr::Lit(_)
        | Expr::Reference(_)
        | Expr::RawAddr(_)
        | Expr::Cast(_)
        | Expr::Let(_)
        | Expr::Assign(_) => false,
        Expr::Unary(u) => !matches!(u.op, syn::UnOp::Deref(_)),
        Expr::Binary(b) => {
            use syn::BinOp::{And, Or};
            !is_comparison(&b.op)
                && !is_compound_assignment(&b.op)
                && !matches!(b.op, And(_) | Or(_))
        }
        Expr::Array(_) | Expr::Tuple(_) => !is_constant(e),
        _ => true,
    }
}

/// Literals, and arrays and tuples of them: Rust may promote a reference to
/// one to a `static` (`&["a", "b"]`).
pub fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Paren(p) => is_constant(&p.expr),
        Expr::Array(a) => a.elems.iter().all(is_constant),
        Expr::Tuple(t) => t.elems.iter().all(is_constant),
        _ => false,
    }
}

/// `if let P = &e`: the scrutinee is a reference expression.
pub fn scrutinee_is_reference(cond: &Expr) -> bool {
    matches!(cond, Expr::Let(l) if matches!(&*l.expr, Expr::Reference(_)))
}

/// `let P = e && ...`: a condition chain with a `let` in it.
pub fn is_let_chain(cond: &Expr) -> bool {
    match cond {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            let has_let = |e: &Expr| matches!(e, Expr::Let(_)) || is_let_chain(e);
            has_let(&b.left) || has_let(&b.right)
        }
        Expr::Paren(p) => is_let_chain(&p.expr),
        _ => false,
    }
}

/// The names an item declares (a `use` declares its leaves).
pub fn item_names(item: &syn::Item, out: &mut Vec<Ident>) {
    fn use_tree(tree: &syn::UseTree, out: &mut Vec<Ident>) {
        match tree {
            syn::UseTree::Path(p) => use_tree(&p.tree, out),
            syn::UseTree::Name(n) if n.ident != "self" => out.push(n.ident.clone()),
            syn::UseTree::Rename(r) => out.push(r.rename.clone()),
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_tree(t, out)),
            _ => {}
        }
    }
    match item {
        syn::Item::Fn(f) => out.push(f.sig.ident.clone()),
        syn::Item::Struct(s) => out.push(s.ident.clone()),
        syn::Item::Enum(e) => out.push(e.ident.clone()),
        syn::Item::Union(u) => out.push(u.ident.clone()),
        syn::Item::Const(c) if c.ident != "_" => out.push(c.ident.clone()),
        syn::Item::Static(s) => out.push(s.ident.clone()),
        syn::Item::Type(t) => out.push(t.ident.clone()),
        syn::Item::Trait(t) => out.push(t.ident.clone()),
        syn::Item::Mod(m) => out.push(m.ident.clone()),
        syn::Item::Use(u) => use_tree(&u.tree, out),
        _ => {}
    }
}

/// A value with no drop glue that syntax alone can recognise: literals,
/// casts (always to primitives or pointers), borrows (`&x` and `&mut x`:
/// a reference has nothing to drop, and a dead `&mut` must not be held on,
/// since moving it between variants after its target was borrowed again is
/// undefined behaviour), and arrays and tuples of those.
pub fn plain_value(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) | Expr::Cast(_) | Expr::Reference(_) => true,
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_) | syn::UnOp::Not(_)) => {
            matches!(&*u.expr, Expr::Lit(_))
        }
        Expr::Repeat(r) => plain_value(&r.expr),
        Expr::Array(a) => a.elems.iter().all(plain_value),
        Expr::Tuple(t) => t.elems.iter().all(plain_value),
        Expr::Paren(p) => plain_value(&p.expr),
        _ => false,
    }
}

/// Whether the order in which `e` (a place or a value) is evaluated could
/// show: anything but a path, a literal, a field of such a place, a deref
/// of a binding and a borrow of such a place (an index calls `IndexMut` or
/// panics; a call, a macro, an operator may log or panic).
pub fn evaluation_may_show(e: &Expr) -> bool {
    match strip_parens(e) {
        Expr::Path(_) | Expr::Lit(_) => false,
        Expr::Field(f) => evaluation_may_show(&f.base),
        Expr::Reference(r) => evaluation_may_show(&r.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
            !matches!(strip_parens(&u.expr), Expr::Path(_))
        }
        _ => true,
    }
}

/// Expressions that never complete: nothing after them runs.
pub fn diverges(e: &Expr) -> bool {
    matches!(e, Expr::Return(_) | Expr::Break(_) | Expr::Continue(_))
}

/// `panic!(..)`, `unreachable!(..)`, `todo!(..)`, `unimplemented!(..)`.
pub fn panics(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|s| {
        matches!(
            s.ident.to_string().as_str(),
            "panic" | "unreachable" | "todo" | "unimplemented"
        )
    })
}

pub fn count_bindings(pat: &Pat) -> usize {
    let mut n = 0;
    super::pattern::bindings(pat, &mut |_, _| n += 1);
    n
}

/// The `let` conditions of an `if`/`while` condition (`&&`-chains included).
pub fn collect_lets<'a>(cond: &'a Expr, out: &mut Vec<&'a syn::ExprLet>) {
    match cond {
        Expr::Let(l) => out.push(l),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            collect_lets(&b.left, out);
            collect_lets(&b.right, out);
        }
        Expr::Paren(p) => collect_lets(&p.expr, out),
        _ => {}
    }
}

/// Whether `e` calls a function, a method or a macro (so it is no constant).
pub fn contains_call(e: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_expr(&mut self, e: &'ast Expr) {
            if matches!(e, Expr::Call(_) | Expr::MethodCall(_) | Expr::Macro(_)) {
                self.0 = true;
            }
            syn::visit::visit_expr(self, e);
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

/// A place expression: a binding, a field, an index or a deref of one.
pub fn is_place_expr(e: &Expr) -> bool {
    match e {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place_expr(&f.base),
        Expr::Index(i) => is_place_expr(&i.expr) && !contains_await(&i.index),
        Expr::Paren(p) => is_place_expr(&p.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place_expr(&u.expr),
        _ => false,
    }
}

/// A scrutinee that Rust evaluates into a temporary the `match` (`if let`,
/// `while let`) owns: not a place (a binding, a field, an index, a deref,
/// parenthesised or not), not a reference, not a literal.
pub fn is_owned_scrutinee(e: &Expr) -> bool {
    let e = strip_parens(e);
    !is_place_expr(e) && !matches!(e, Expr::Reference(_) | Expr::Lit(_))
}

/// `&v[i]` with an index that is not a literal: Rust reads `i` when the
/// operand is evaluated, so it must be read before a later suspension.
pub fn borrows_indexed_place(op: &Expr) -> bool {
    fn indexed(e: &Expr) -> bool {
        match e {
            Expr::Index(i) => !matches!(&*i.index, Expr::Lit(_)) || indexed(&i.expr),
            Expr::Field(f) => indexed(&f.base),
            Expr::Paren(p) => indexed(&p.expr),
            _ => false,
        }
    }
    matches!(op, Expr::Reference(r) if is_place_expr(&r.expr) && indexed(&r.expr))
}

pub fn strip_parens(mut e: &Expr) -> &Expr {
    while let Expr::Paren(syn::ExprParen { expr: inner, .. })
    | Expr::Group(syn::ExprGroup { expr: inner, .. }) = e
    {
        e = inner;
    }
    e
}

/// The binding a place (or a borrow of one) is rooted at.
pub fn place_root_ident(e: &Expr) -> Option<&Ident> {
    match strip_parens(e) {
        Expr::Reference(r) => place_root(&r.expr),
        e => place_root(e),
    }
}

/// Whether a place goes through an index (`v[i]`, `*v[i]`, `v[i].f`).
pub fn has_index(e: &Expr) -> bool {
    match strip_parens(e) {
        Expr::Index(_) => true,
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => has_index(&u.expr),
        Expr::Field(f) => has_index(&f.base),
        Expr::Reference(r) => has_index(&r.expr),
        _ => false,
    }
}

/// The places the left side of an assignment assigns: the place itself, or
/// each place a destructuring assignment names (`(x, s.f, _) = ..`,
/// `[a, b] = ..`, `Pair { a: x, b: y } = ..`, `Wrap(x) = ..`). The one
/// reading of an assignee expression, for liveness and for the borrow facts.
pub fn assignee_places(left: &Expr) -> Vec<&Expr> {
    let mut out = Vec::new();
    collect_assignees(left, &mut out);
    out
}

fn collect_assignees<'a>(left: &'a Expr, out: &mut Vec<&'a Expr>) {
    match left {
        Expr::Tuple(t) => t.elems.iter().for_each(|e| collect_assignees(e, out)),
        Expr::Array(a) => a.elems.iter().for_each(|e| collect_assignees(e, out)),
        Expr::Struct(s) => s
            .fields
            .iter()
            .for_each(|f| collect_assignees(&f.expr, out)),
        Expr::Call(c) => c.args.iter().for_each(|e| collect_assignees(e, out)),
        Expr::Paren(p) => collect_assignees(&p.expr, out),
        Expr::Group(g) => collect_assignees(&g.expr, out),
        // `_` and `..` assign nothing.
        Expr::Infer(_) | Expr::Range(_) => {}
        other => out.push(other),
    }
}

/// `==`, `!=`, `<`, `<=`, `>`, `>=`: Rust borrows both operands
/// (`PartialEq::eq(&a, &b)`), so a value operand is a temporary of the
/// statement (the Reference: "the operands of a comparison" are implicitly
/// borrowed).
pub fn is_comparison(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(op, Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_))
}

/// `+=`, `-=`, ...: the left side is a place the operator changes.
pub fn is_compound_assignment(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// The binding a place expression is rooted at (`x` of `x.a[i]`, `*x`).
pub fn place_root(mut e: &Expr) -> Option<&Ident> {
    loop {
        match e {
            Expr::Field(f) => e = &f.base,
            Expr::Index(i) => e = &i.expr,
            Expr::Paren(p) => e = &p.expr,
            Expr::Group(g) => e = &g.expr,
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => e = &u.expr,
            Expr::Path(p) if p.qself.is_none() => return p.path.get_ident(),
            _ => return None,
        }
    }
}

/// The bindings a place's index operands name (`i` and `j` of
/// `v[i].w[j + 1]`), outside closures.
pub fn index_names(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    let mut place = strip_parens(e);
    loop {
        match place {
            Expr::Index(i) => {
                path_names(&i.index, &mut out);
                place = strip_parens(&i.expr);
            }
            Expr::Field(f) => place = strip_parens(&f.base),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => place = strip_parens(&u.expr),
            Expr::Reference(r) => place = strip_parens(&r.expr),
            _ => return out,
        }
    }
}

/// Every bare name `e` mentions, outside closures.
fn path_names(e: &Expr, out: &mut Vec<String>) {
    struct Names<'o>(&'o mut Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Names<'_> {
        fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
            if p.qself.is_none()
                && let Some(i) = p.path.get_ident()
            {
                self.0.push(i.to_string());
            }
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    syn::visit::Visit::visit_expr(&mut Names(out), e);
}
