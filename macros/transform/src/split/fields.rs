//! What the syntax shows of a split binding's type: its pattern shape and
//! its fields.

use super::Shape;
use crate::syntax::expr::strip_parens;
use proc_macro2::Ident;
use syn::visit::{self, Visit};
use syn::{Block, Expr, Member, Type};

/// The pattern shape of the binding's type, from its annotation or its
/// initialiser.
pub(super) fn shape(ty: Option<&Type>, init: &Expr, fields: &[Member]) -> Option<Shape> {
    if fields.is_empty() {
        return None;
    }
    let named = fields.iter().all(|m| matches!(m, Member::Named(_)));
    let unnamed = fields.iter().all(|m| matches!(m, Member::Unnamed(_)));
    let ty = ty.map(strip_type_parens);
    if named && !unnamed {
        return match ty {
            Some(Type::Path(t)) if t.qself.is_none() => Some(Shape::Struct(bare_path(&t.path))),
            None => match strip_parens(init) {
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
        None => match strip_parens(init) {
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

/// Whether an annotation names a type with generic arguments (`Rc<Cfg>`,
/// `Box<Cfg>`, `Holder<T>`). With no literal of it in the body, its fields
/// may be a pointee's, reached through `Deref` (`let cfg: Arc<Config> =
/// ..; let port = cfg.port;`): a split would be E0026 where the binding,
/// left whole, compiles.
pub(super) fn names_a_generic_type(ty: &Type) -> bool {
    match strip_type_parens(ty) {
        Type::Path(t) => t
            .path
            .segments
            .iter()
            .any(|s| !matches!(s.arguments, syn::PathArguments::None)),
        _ => false,
    }
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
pub(super) fn fields(
    shape: &Shape,
    ty: Option<&Type>,
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
                // A field the complete literal does not list is reached
                // through `Deref` (`w.n`, `w: Wrap { inner }`): the binding
                // is not split (E0026 "no field `n`" was).
                if named.iter().any(|m| !order.contains(m)) {
                    return None;
                }
                out.extend(order.iter().cloned());
            }
            for m in named {
                if !out.contains(m) {
                    out.push(m.clone());
                }
            }
        }
        Shape::TupleStruct(_) | Shape::Tuple => {
            // A tuple's type shows its arity (`let t: (A, B, C) = make();`).
            let literal_arity = match (ty.map(strip_type_parens), strip_parens(init)) {
                (Some(Type::Tuple(t)), _) => t.elems.len(),
                (_, Expr::Tuple(t)) => t.elems.len(),
                (_, Expr::Call(c)) => c.args.len(),
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
pub(super) struct StructLiterals(Vec<(Ident, Vec<Member>)>);

impl StructLiterals {
    pub(super) fn of(body: &Block) -> StructLiterals {
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
            // A literal in a known macro's operand (`ready("r", Pair { .. })`
            // inside `vec![..]`) shows the order too.
            fn visit_macro(&mut self, mac: &'ast syn::Macro) {
                crate::syntax::macros::visit_operands(mac, self);
            }
        }
        let mut f = Finder(Vec::new());
        f.visit_block(body);
        StructLiterals(f.0)
    }

    pub(super) fn fields_of(&self, path: &syn::Path) -> Option<&[Member]> {
        let last = &path.segments.last()?.ident;
        self.0
            .iter()
            .find(|(n, _)| n == last)
            .map(|(_, order)| order.as_slice())
    }
}
