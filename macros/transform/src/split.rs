//! Partial moves: a binding whose fields are moved out separately is split
//! into one binding per field before the body is lowered.
//!
//! Rust tracks a partly moved binding field by field (`let a = p.a;`, then
//! `p.b` used, the rest of `p` dropped at its scope's end), but a machine
//! cannot carry a partly moved value into its next variant. So a `let`
//! binding with a field used by value, in scope at a later suspension, is
//! split at the statement of that use into one binding per field. The field
//! bindings are declared (without a value) right after the `let`, last
//! field first, so that they drop where the binding would and in its
//! fields' order:
//!
//! ```text
//! let p = Pair { a, b };          let p = Pair { a, b };
//! log_pair(&p);                   let __coro_p_b; let __coro_p_a;
//! let x = p.a;             =>     log_pair(&p);
//! tick().await;                   { let Pair { a: __coro_p_a_part, b: .. } = p;
//! log(p.b.name());                  __coro_p_a = __coro_p_a_part; .. }
//!                                 let x = __coro_p_a; tick().await; log(__coro_p_b.name());
//! ```
//!
//! The split names every field it knows: those the body names, and those
//! of a struct literal of the type in the body. A wrong guess is a compile
//! error, never a different run: a struct with fields the body never names
//! is E0027 "pattern does not mention field", a tuple of another arity
//! E0308. A binding used whole after the split point (`drop(p)` after a
//! move of a `Copy` field), named inside an opaque macro or shadowed in
//! its scope, or whose type the syntax does not show (`let p = make();`
//! with named fields), is left as it is (a partly moved binding carried
//! across a suspension is then rustc's E0382).

use crate::syntax::awaits::stmt_contains_await;
use crate::syntax::expr::bare_ident;
use crate::syntax::macros::{self, Operands, operands, rewrite_operands};
use crate::syntax::moves::consumes_receiver;
use crate::syntax::pattern;
use crate::syntax::tokens::respan;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Member, Pat, Stmt, Type};

/// Splits the partly moved bindings of `body` (see the module's docs).
pub fn split_partial_moves(body: &mut Block) {
    let literals = StructLiterals::of(body);
    Splitter {
        literals: &literals,
        splits: 0,
    }
    .visit_block_mut(body);
}

struct Splitter<'a> {
    literals: &'a StructLiterals,
    /// Splits made so far: numbers each split's `Drop` check.
    splits: usize,
}

impl VisitMut for Splitter<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let mut i = 0;
        while i < block.stmts.len() {
            if let Some(split) = plan(&block.stmts, i, self.literals) {
                i += split.apply(&mut block.stmts, i, self.splits);
                self.splits += 1;
            }
            i += 1;
        }
        visit_mut::visit_block_mut(self, block);
    }
    // Closures and items cannot suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// How the split binding's fields are written in a pattern.
enum Shape {
    Struct(syn::Path),
    TupleStruct(syn::Path),
    Tuple,
}

impl Shape {
    fn path(&self) -> Option<&syn::Path> {
        match self {
            Shape::Struct(p) | Shape::TupleStruct(p) => Some(p),
            Shape::Tuple => None,
        }
    }
}

/// One binding to split.
struct Split {
    name: Ident,
    mutable: bool,
    shape: Shape,
    /// The binding's type as annotated (with its generic arguments).
    annotated: Option<Type>,
    /// Every field, in declaration order as far as the syntax shows it.
    fields: Vec<Member>,
    /// Index, among the statements after the `let`, of the first one that
    /// moves a field.
    at: usize,
}

fn plan(stmts: &[Stmt], i: usize, literals: &StructLiterals) -> Option<Split> {
    let Stmt::Local(local) = &stmts[i] else {
        return None;
    };
    let init = local.init.as_ref().filter(|init| init.diverge.is_none())?;
    let (ident, ty) = match &local.pat {
        Pat::Ident(p) => (p, None),
        Pat::Type(t) => match &*t.pat {
            Pat::Ident(p) => (p, Some(&*t.ty)),
            _ => return None,
        },
        _ => return None,
    };
    if ident.by_ref.is_some() || ident.subpat.is_some() {
        return None;
    }
    let rest = &stmts[i + 1..];
    let mut mentions = Mentions::new(&ident.ident);
    let mut at = None;
    for (k, stmt) in rest.iter().enumerate() {
        mentions.visit_stmt(stmt);
        if at.is_none() && mentions.moves_field {
            at = Some(k);
            // A whole use before the split point is fine; from it on, not.
            mentions.whole = stmt_uses_whole(stmt, &ident.ident);
        }
        if mentions.opaque || mentions.shadowed || (at.is_some() && mentions.whole) {
            return None;
        }
    }
    let at = at?;
    if !rest[at..].iter().any(stmt_contains_await) {
        return None;
    }
    let shape = shape(ty, &init.expr, &mentions.fields)?;
    let (fields, complete) = fields(&shape, &init.expr, &mentions.fields, literals)?;
    // Every field known, or the fields used after the move: either way a
    // wrong guess is a compile error (see `fields_used_after_a_suspension`).
    if !complete && !fields_used_after_a_suspension(&rest[at..], &ident.ident) {
        return None;
    }
    Some(Split {
        name: ident.ident.clone(),
        mutable: ident.mutability.is_some(),
        shape,
        annotated: ty.cloned(),
        fields,
        at,
    })
}

/// Whether a field is named after the first suspension from the split point
/// on (`from[0]` moves a field): the evidence that the move was a partial
/// move that the machine would have to carry. Without it, a binding whose
/// fields the syntax does not all show is left alone: a `Copy` field read
/// by value (`let port = cfg.port;`, `cfg` only held after it) keeps
/// compiling instead of failing with E0027 for the fields not named.
fn fields_used_after_a_suspension(from: &[Stmt], name: &Ident) -> bool {
    let Some(first) = from.iter().position(stmt_contains_await) else {
        return false;
    };
    let later = if first == 0 {
        &from[1..]
    } else {
        &from[first..]
    };
    later.iter().any(|stmt| {
        let mut m = Mentions::new(name);
        m.visit_stmt(stmt);
        !m.fields.is_empty()
    })
}

/// Whether `stmt` names the binding whole (not as a field's base).
fn stmt_uses_whole(stmt: &Stmt, name: &Ident) -> bool {
    let mut m = Mentions::new(name);
    m.visit_stmt(stmt);
    m.whole
}

impl Split {
    fn field_name(&self, m: &Member) -> Ident {
        let field = match m {
            Member::Named(n) => n.to_string().trim_start_matches("r#").to_string(),
            Member::Unnamed(i) => i.index.to_string(),
        };
        format_ident!("__coro_{}_{}", self.name, field, span = self.name.span())
    }

    /// Rewrites `stmts` (the `let` is at `i`); returns how many statements
    /// it inserted before the ones after the `let`.
    fn apply(&self, stmts: &mut Vec<Stmt>, i: usize, number: usize) -> usize {
        let name = &self.name;
        let names: Vec<Ident> = self.fields.iter().map(|m| self.field_name(m)).collect();
        let parts: Vec<Ident> = names.iter().map(|n| format_ident!("{n}_part")).collect();
        let members = &self.fields;
        let pattern = match &self.shape {
            Shape::Struct(path) => quote!(#path { #(#members: #parts),* }),
            Shape::TupleStruct(path) => quote!(#path ( #(#parts),* )),
            Shape::Tuple => quote!(( #(#parts,)* )),
        };
        // Bound by a `let` and assigned one by one: a field binding that
        // gets a home is assigned through it, which a destructuring
        // assignment cannot do.
        // `{ p }`: a move of the whole binding, also out of a home.
        // Spanned at the binding: a wrong guess is reported there.
        let split = respan(
            quote!({
                let #pattern = { #name };
                #(#names = #parts;)*
            }),
            name.span(),
        );
        let split: Stmt = syn::parse_quote!(#split);
        let mut renamer = Renamer { split: self };
        for stmt in &mut stmts[i + 1 + self.at..] {
            renamer.visit_stmt_mut(stmt);
        }
        stmts.insert(i + 1 + self.at, split);
        if let Some(check) = self.drop_check(number) {
            stmts.insert(i + 1 + self.at, check);
        }
        let mutability = self.mutable.then(|| quote!(mut));
        let decls: Vec<Stmt> = names
            .iter()
            .rev()
            .map(|n| syn::parse_quote!(let #mutability #n;))
            .collect();
        let inserted = decls.len();
        stmts.splice(i + 1..i + 1, decls);
        inserted
    }
}

impl Split {
    /// A struct with a `Drop` impl cannot be split, and a by-value use of
    /// its field is a copy: destructuring it would copy every field and
    /// drop the value at once. pin-project's coherence check makes that a
    /// compile error (E0119, conflicting implementations, naming the trait
    /// below) instead: a blanket impl for `T: Drop` beside one for the type.
    fn drop_check(&self, number: usize) -> Option<Stmt> {
        let path = self.shape.path()?;
        let ty = match &self.annotated {
            Some(ty) => quote!(#ty),
            None => quote!(#path),
        };
        let name = &self.name;
        let check = format_ident!(
            "__CoroPartlyMoved{}MustNotImplDrop{number}",
            crate::syntax::names::camel(&name.to_string()),
            span = name.span()
        );
        let check = respan(
            quote! {
                const _: () = {
                    trait #check {}
                    #[allow(drop_bounds)]
                    impl<T: ::core::ops::Drop> #check for T {}
                    impl #check for #ty {}
                };
            },
            name.span(),
        );
        Some(syn::parse_quote!(#check))
    }
}

/// The pattern shape of the binding's type, from its annotation or its
/// initialiser.
fn shape(ty: Option<&Type>, init: &Expr, fields: &[Member]) -> Option<Shape> {
    if fields.is_empty() {
        return None;
    }
    let named = fields.iter().all(|m| matches!(m, Member::Named(_)));
    let unnamed = fields.iter().all(|m| matches!(m, Member::Unnamed(_)));
    let ty = ty.map(strip_type_parens);
    if named && !unnamed {
        return match ty {
            Some(Type::Path(t)) if t.qself.is_none() => Some(Shape::Struct(bare_path(&t.path))),
            None => match crate::syntax::expr::strip_parens(init) {
                Expr::Struct(s) if s.qself.is_none() => Some(Shape::Struct(bare_path(&s.path))),
                _ => None,
            },
            _ => None,
        };
    }
    if !unnamed {
        return None;
    }
    // Not guessed from a call's result (`Tracked::new(..)`): only a tuple
    // the syntax shows, or a tuple struct by its name.
    Some(match ty {
        Some(Type::Path(t)) if t.qself.is_none() => Shape::TupleStruct(bare_path(&t.path)),
        Some(Type::Tuple(_)) => Shape::Tuple,
        Some(_) => return None,
        None => match crate::syntax::expr::strip_parens(init) {
            Expr::Tuple(_) => Shape::Tuple,
            Expr::Call(c) => match &*c.func {
                Expr::Path(p) if p.qself.is_none() && is_type_like(&p.path) => {
                    Shape::TupleStruct(bare_path(&p.path))
                }
                _ => return None,
            },
            _ => return None,
        },
    })
}

fn strip_type_parens(mut ty: &Type) -> &Type {
    while let Type::Paren(p) = ty {
        ty = &p.elem;
    }
    ty
}

/// A path without generic arguments (a pattern infers them).
fn bare_path(path: &syn::Path) -> syn::Path {
    let mut path = path.clone();
    for seg in &mut path.segments {
        seg.arguments = syn::PathArguments::None;
    }
    path
}

fn is_type_like(path: &syn::Path) -> bool {
    path.segments
        .last()
        .is_some_and(|s| s.ident.to_string().starts_with(|c: char| c.is_uppercase()))
}

/// Every field of the split binding, in declaration order as far as the
/// syntax shows it (a struct literal's order, then the other fields
/// named), and whether the syntax shows them all (a literal of the type in
/// the body, a tuple's type or literal).
fn fields(
    shape: &Shape,
    init: &Expr,
    named: &[Member],
    literals: &StructLiterals,
) -> Option<(Vec<Member>, bool)> {
    let mut out: Vec<Member> = Vec::new();
    let complete;
    match shape {
        Shape::Struct(path) => {
            let literal = literals.fields_of(path);
            complete = literal.is_some();
            if let Some(order) = literal {
                out.extend(order.iter().cloned());
            }
            for m in named {
                if !out.contains(m) {
                    out.push(m.clone());
                }
            }
        }
        Shape::TupleStruct(_) | Shape::Tuple => {
            let literal_arity = match crate::syntax::expr::strip_parens(init) {
                Expr::Tuple(t) => t.elems.len(),
                Expr::Call(c) => c.args.len(),
                _ => 0,
            };
            complete = literal_arity > 0;
            let named_arity = named
                .iter()
                .filter_map(|m| match m {
                    Member::Unnamed(i) => Some(i.index as usize + 1),
                    Member::Named(_) => None,
                })
                .max()
                .unwrap_or(0);
            let arity = literal_arity.max(named_arity);
            out.extend((0..arity).map(|i| Member::Unnamed(syn::Index::from(i))));
        }
    }
    (!out.is_empty()).then_some((out, complete))
}

/// The field order of the first complete struct literal (no `..base`) of
/// each struct name in the body.
struct StructLiterals(Vec<(Ident, Vec<Member>)>);

impl StructLiterals {
    fn of(body: &Block) -> StructLiterals {
        struct Finder(Vec<(Ident, Vec<Member>)>);
        impl<'ast> Visit<'ast> for Finder {
            fn visit_expr_struct(&mut self, s: &'ast syn::ExprStruct) {
                if s.rest.is_none()
                    && let Some(last) = s.path.segments.last()
                    && !self.0.iter().any(|(n, _)| *n == last.ident)
                {
                    let order = s.fields.iter().map(|f| f.member.clone()).collect();
                    self.0.push((last.ident.clone(), order));
                }
                visit::visit_expr_struct(self, s);
            }
        }
        let mut f = Finder(Vec::new());
        f.visit_block(body);
        StructLiterals(f.0)
    }

    fn fields_of(&self, path: &syn::Path) -> Option<&[Member]> {
        let last = &path.segments.last()?.ident;
        self.0
            .iter()
            .find(|(n, _)| n == last)
            .map(|(_, order)| order.as_slice())
    }
}

/// How the statements after a `let` name its binding.
struct Mentions<'a> {
    name: &'a Ident,
    /// The binding named other than as a field's base.
    whole: bool,
    /// A field used by value (or the base of a struct update).
    moves_field: bool,
    /// Every field named, in order of first mention.
    fields: Vec<Member>,
    /// A pattern, closure parameter or item binds the name again.
    shadowed: bool,
    /// The name appears in a macro input the transform does not parse.
    opaque: bool,
    /// Whether the expression visited next is in a by-value position.
    by_value: bool,
}

impl<'a> Mentions<'a> {
    fn new(name: &'a Ident) -> Self {
        Mentions {
            name,
            whole: false,
            moves_field: false,
            fields: Vec::new(),
            shadowed: false,
            opaque: false,
            by_value: true,
        }
    }

    fn is_name(&self, e: &Expr) -> bool {
        bare_ident(crate::syntax::expr::strip_parens(e)).is_some_and(|i| i == self.name)
    }

    fn field(&mut self, m: &Member, by_value: bool) {
        if !self.fields.contains(m) {
            self.fields.push(m.clone());
        }
        self.moves_field |= by_value;
    }

    fn visit_in(&mut self, e: &Expr, by_value: bool) {
        self.by_value = by_value;
        self.visit_expr(e);
    }
}

impl<'ast> Visit<'ast> for Mentions<'_> {
    fn visit_expr(&mut self, e: &'ast Expr) {
        let by_value = std::mem::replace(&mut self.by_value, true);
        match e {
            Expr::Field(f) if self.is_name(&f.base) => self.field(&f.member, by_value),
            Expr::Path(_) if self.is_name(e) => self.whole = true,
            Expr::Reference(r) => self.visit_in(&r.expr, false),
            Expr::MethodCall(m) => {
                self.visit_in(&m.receiver, consumes_receiver(&m.method));
                m.args.iter().for_each(|a| self.visit_in(a, true));
            }
            Expr::Index(ix) => {
                self.visit_in(&ix.expr, false);
                self.visit_in(&ix.index, true);
            }
            Expr::Assign(a) => {
                self.visit_in(&a.left, false);
                self.visit_in(&a.right, true);
            }
            Expr::Binary(b) if is_place_operator(&b.op) => {
                self.visit_in(&b.left, false);
                self.visit_in(&b.right, !is_comparison(&b.op));
            }
            Expr::Struct(s) => {
                if s.rest.as_deref().is_some_and(|r| self.is_name(r)) {
                    // `..p` moves the fields the literal does not list.
                    self.moves_field = true;
                    for f in &s.fields {
                        self.field(&f.member, false);
                    }
                }
                s.fields.iter().for_each(|f| self.visit_in(&f.expr, true));
                if let Some(r) = &s.rest
                    && !self.is_name(r)
                {
                    self.visit_in(r, true);
                }
            }
            _ => visit::visit_expr(self, e),
        }
    }

    fn visit_pat(&mut self, pat: &'ast Pat) {
        pattern::bindings(pat, &mut |id, _| self.shadowed |= id == self.name);
    }

    fn visit_item(&mut self, item: &'ast syn::Item) {
        // A nested item cannot name a local; a `macro_rules!` could.
        if let syn::Item::Macro(m) = item {
            self.visit_macro(&m.mac);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        match operands(mac) {
            Operands::Exprs(args) => {
                let borrows = macros::is_format_like(&macros::name(mac));
                if let Some(lit) = &args.format
                    && format_names(&lit.to_string(), &self.name.to_string())
                {
                    self.whole = true;
                }
                for a in &args.args {
                    self.visit_in(&a.expr, !borrows);
                }
            }
            Operands::Yield(e) => e.iter().for_each(|e| self.visit_in(e, true)),
            Operands::YieldFrom(e) => self.visit_in(&e, true),
            Operands::AsyncFor(f) => {
                self.visit_pat(&f.pat);
                self.visit_in(&f.expr, true);
                self.visit_block(&f.body);
            }
            Operands::Textual => {}
            Operands::Opaque | Operands::Malformed(_) => {
                self.opaque |= names_ident(mac.tokens.clone(), self.name);
            }
        }
    }
}

/// `==`, `<`, ... (autoref'd operands) and `+=`, ... (a place on the left).
fn is_place_operator(op: &syn::BinOp) -> bool {
    is_comparison(op) || is_compound_assignment(op)
}

fn is_comparison(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(op, Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_))
}

fn is_compound_assignment(op: &syn::BinOp) -> bool {
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

/// Whether a format string names `name` inline (`{p}`, `{p:?}`).
fn format_names(literal: &str, name: &str) -> bool {
    literal.split('{').skip(1).any(|after| {
        let arg = after.split(['}', ':']).next().unwrap_or("");
        arg.trim() == name
    })
}

/// Whether raw tokens name `name` (not as a field or path segment).
fn names_ident(tokens: TokenStream, name: &Ident) -> bool {
    let mut after_dot = false;
    for tt in tokens {
        match tt {
            TokenTree::Ident(i) if i == *name && !after_dot => return true,
            TokenTree::Group(g) if names_ident(g.stream(), name) => return true,
            TokenTree::Punct(p) => {
                after_dot = p.as_char() == '.' || p.as_char() == ':';
                continue;
            }
            _ => {}
        }
        after_dot = false;
    }
    false
}

/// Rewrites the split binding's field mentions to the field bindings.
struct Renamer<'a> {
    split: &'a Split,
}

impl Renamer<'_> {
    fn is_name(&self, e: &Expr) -> bool {
        bare_ident(crate::syntax::expr::strip_parens(e)).is_some_and(|i| *i == self.split.name)
    }
}

impl VisitMut for Renamer<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Field(f) = e
            && self.is_name(&f.base)
        {
            let mut ident = self.split.field_name(&f.member);
            ident.set_span(member_span(&f.member));
            *e = syn::parse_quote!(#ident);
            return;
        }
        if let Expr::Struct(s) = e
            && s.rest.as_deref().is_some_and(|r| self.is_name(r))
        {
            // `..p`: the fields the literal does not list, from their bindings.
            for m in &self.split.fields {
                if !s.fields.iter().any(|f| f.member == *m) {
                    let ident = self.split.field_name(m);
                    s.fields.push(syn::parse_quote!(#m: #ident));
                }
            }
            s.rest = None;
            s.dot2_token = None;
        }
        visit_mut::visit_expr_mut(self, e);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        rewrite_operands(mac, |e| self.visit_expr_mut(e));
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

fn member_span(m: &Member) -> Span {
    match m {
        Member::Named(n) => n.span(),
        Member::Unnamed(i) => i.span,
    }
}
