//! How the statements after a `let` name its binding: whole, or by field,
//! and whether by value.

use crate::syntax::expr::{bare_ident, is_comparison, is_compound_assignment};
use crate::syntax::macros::{self, Operands, operands};
use crate::syntax::moves::consumes_receiver;
use crate::syntax::pattern;
use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::{Expr, Member, Pat, Stmt};

/// How the statements after a `let` name its binding.
pub(super) struct Mentions<'a> {
    name: &'a Ident,
    /// The binding named other than as a field's base.
    pub(super) whole: bool,
    /// A field used by value (or the base of a struct update).
    pub(super) moves_field: bool,
    /// Every field named, in order of first mention.
    pub(super) fields: Vec<Member>,
    /// A pattern, closure parameter or item binds the name again.
    pub(super) shadowed: bool,
    /// The name appears in a macro input the transform does not parse.
    pub(super) opaque: bool,
    /// Whether the expression visited next is in a by-value position.
    by_value: bool,
}

impl<'a> Mentions<'a> {
    pub(super) fn new(name: &'a Ident) -> Self {
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

    pub(super) fn visit_local_init(&mut self, init: &syn::LocalInit) {
        self.visit_expr(&init.expr);
        if let Some((_, diverge)) = &init.diverge {
            self.visit_expr(diverge);
        }
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
            // `p.a.x` moves out of `p.a` only if it is moved itself:
            // `p.a.x.len()` and `&p.a.x` read it in place.
            Expr::Field(f) => self.visit_in(&f.base, by_value),
            // A scrutinee is a place: a pattern that binds nothing
            // (`match p.kind { Kind::A => .. }`) does not move it.
            Expr::Match(m) => {
                let binds = m.arms.iter().any(|arm| binds_any(&arm.pat));
                self.visit_in(&m.expr, binds);
                m.arms.iter().for_each(|arm| self.visit_arm(arm));
            }
            Expr::Let(l) => {
                self.visit_pat(&l.pat);
                self.visit_in(&l.expr, binds_any(&l.pat));
            }
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

    fn visit_block(&mut self, block: &'ast syn::Block) {
        for stmt in &block.stmts {
            if let Some(init) = shadowing_init(stmt, self.name) {
                // The binding's scope ends here: only the initialiser names it.
                self.visit_local_init(init);
                return;
            }
            self.visit_stmt(stmt);
        }
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        let Some(fields) = destructured_fields(local, self.name) else {
            return visit::visit_local(self, local);
        };
        // `let Pair { a: t, b: ref r } = p;`: a use of each field, by value
        // where its sub-pattern binds by value.
        for (member, pat) in fields {
            self.field(&member, pattern::binds_by_value(pat));
            self.visit_pat(pat);
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
                // `matches!` reads its operand in place unless its pattern
                // binds by value; taken as a read, a move there is E0382.
                let name = macros::name(mac);
                let borrows = macros::is_format_like(&name) || name == "matches";
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

/// Whether `pat` binds a name (and so might move what it matches).
fn binds_any(pat: &Pat) -> bool {
    let mut any = false;
    pattern::bindings(pat, &mut |_, _| any = true);
    any
}

/// `==`, `<`, ... (autoref'd operands) and `+=`, ... (a place on the left).
fn is_place_operator(op: &syn::BinOp) -> bool {
    is_comparison(op) || is_compound_assignment(op)
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

/// Whether a `let` before the split point holds a borrow of `name` (`let r
/// = &p.b;`, `let g = || p.b.len();`) in a binding named from the split
/// point on: the split moves `name` whole, so it would be E0505 where the
/// field-by-field borrow check of `async fn` accepts the body.
pub(super) fn borrow_held_past(before: &[Stmt], after: &[Stmt], name: &Ident) -> bool {
    before.iter().any(|stmt| {
        let Stmt::Local(local) = stmt else {
            return false;
        };
        let Some(init) = &local.init else {
            return false;
        };
        if !borrows(&init.expr, name) {
            return false;
        }
        let mut held = false;
        pattern::bindings(&local.pat, &mut |id, _| {
            held |= after.iter().any(|s| {
                let mut m = Mentions::new(id);
                m.visit_stmt(s);
                m.whole || !m.fields.is_empty()
            });
        });
        held
    })
}

/// Whether `e`'s value is, as the syntax shows, a borrow of `name`: a
/// reference to it, a closure (not `move`) naming it, or an aggregate of
/// those.
fn borrows(e: &Expr, name: &Ident) -> bool {
    let names = |e: &Expr| {
        let mut m = Mentions::new(name);
        m.visit_expr(e);
        m.whole || !m.fields.is_empty()
    };
    match crate::syntax::expr::strip_parens(e) {
        Expr::Reference(r) => names(&r.expr),
        Expr::Closure(c) => c.capture.is_none() && names(&c.body),
        Expr::Tuple(t) => t.elems.iter().any(|e| borrows(e, name)),
        Expr::Array(a) => a.elems.iter().any(|e| borrows(e, name)),
        Expr::Struct(s) => s.fields.iter().any(|f| borrows(&f.expr, name)),
        _ => false,
    }
}

/// The initialiser of `stmt` if it is a `let` that shadows `name` (its
/// pattern binds the name again).
pub(super) fn shadowing_init<'a>(stmt: &'a syn::Stmt, name: &Ident) -> Option<&'a syn::LocalInit> {
    match stmt {
        syn::Stmt::Local(l) if pattern::binds_name(&l.pat, name) => l.init.as_ref(),
        _ => None,
    }
}

/// The fields a `let` destructures out of the binding `name` itself (`let
/// Pair { a: t, b: ref r } = p;`, `let (x, _) = p;`), each with its
/// sub-pattern: a field use by value where the sub-pattern binds by value.
/// `None` for any other `let` (a tuple pattern with `..` is one: its fields'
/// positions depend on the arity).
pub(super) fn destructured_fields<'a>(
    local: &'a syn::Local,
    name: &Ident,
) -> Option<Vec<(Member, &'a Pat)>> {
    let init = local.init.as_ref().filter(|i| i.diverge.is_none())?;
    bare_ident(crate::syntax::expr::strip_parens(&init.expr)).filter(|i| *i == name)?;
    let pat = match &local.pat {
        Pat::Type(t) => &*t.pat,
        p => p,
    };
    let positional = |elems: &'a syn::punctuated::Punctuated<Pat, syn::Token![,]>| {
        elems
            .iter()
            .enumerate()
            .map(|(i, p)| match p {
                Pat::Rest(_) => None,
                p => Some((Member::Unnamed(syn::Index::from(i)), p)),
            })
            .collect::<Option<Vec<_>>>()
    };
    match pat {
        Pat::Struct(s) if s.qself.is_none() => Some(
            s.fields
                .iter()
                .map(|f| (f.member.clone(), &*f.pat))
                .collect(),
        ),
        Pat::TupleStruct(s) if s.qself.is_none() => positional(&s.elems),
        Pat::Tuple(t) => positional(&t.elems),
        _ => None,
    }
}
