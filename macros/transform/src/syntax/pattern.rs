//! The bindings a pattern introduces.
//!
//! Syntax alone cannot tell a binding `x` from a unit struct or constant `X`
//! in a pattern; like rustc's lints, we go by case: an identifier pattern that
//! starts with an uppercase letter and has no `ref`/`mut`/`@` is a path,
//! except a name the body binds where a pattern cannot be refutable (`let
//! MAX_RETRIES = 3;`, a parameter, a `for` pattern, a closure's parameter):
//! a constant of that name in scope would make that `let` E0005, so in a
//! body that compiles the name is a binding everywhere in it
//! ([`uppercase_bindings`], Python's `MAX_RETRIES = 3` in a function).

use proc_macro2::Ident;
use syn::Pat;

/// An identifier pattern that names a constant or unit struct (`None`,
/// `MAX`) rather than binding: by case, with no `ref`/`mut`/`@`.
pub fn is_path_like(p: &syn::PatIdent) -> bool {
    p.by_ref.is_none()
        && p.mutability.is_none()
        && p.subpat.is_none()
        && names_a_path(&p.ident.to_string())
}

/// Calls `f(ident, is_mut)` for each binding of `pat`, left to right.
pub fn bindings(pat: &Pat, f: &mut dyn FnMut(&Ident, bool)) {
    match pat {
        Pat::Ident(p) => {
            let is_path = is_path_like(p);
            if !is_path {
                f(&p.ident, p.mutability.is_some());
            }
            if let Some((_, sub)) = &p.subpat {
                bindings(sub, f);
            }
        }
        Pat::Or(p) => {
            // Every alternative binds the same names: take the first.
            if let Some(first) = p.cases.first() {
                bindings(first, f);
            }
        }
        Pat::Paren(p) => bindings(&p.pat, f),
        Pat::Reference(p) => bindings(&p.pat, f),
        Pat::Slice(p) => p.elems.iter().for_each(|e| bindings(e, f)),
        Pat::Struct(p) => p.fields.iter().for_each(|fp| bindings(&fp.pat, f)),
        Pat::Tuple(p) => p.elems.iter().for_each(|e| bindings(e, f)),
        Pat::TupleStruct(p) => p.elems.iter().for_each(|e| bindings(e, f)),
        Pat::Type(p) => bindings(&p.pat, f),
        _ => {}
    }
}

/// The names `pat` binds written `ref mut x`.
pub fn ref_mut_bindings(pat: &Pat) -> Vec<String> {
    struct Finder(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            if p.by_ref.is_some() && p.mutability.is_some() {
                self.0.push(p.ident.to_string());
            }
            syn::visit::visit_pat_ident(self, p);
        }
    }
    let mut f = Finder(Vec::new());
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

/// `pat` with its bindings other than `keep` replaced by `_` (an `x @ p`
/// binding by `p`): for a match that only tests which arm applies.
pub fn wildcard_bindings(pat: &Pat, keep: &[String]) -> Pat {
    struct Wild<'a>(&'a [String]);
    impl syn::visit_mut::VisitMut for Wild<'_> {
        fn visit_pat_mut(&mut self, p: &mut Pat) {
            if let Pat::Ident(pi) = p {
                let is_path = is_path_like(pi);
                if !is_path && !self.0.iter().any(|k| pi.ident == k) {
                    *p = match pi.subpat.take() {
                        Some((_, sub)) => *sub,
                        None => Pat::Wild(syn::PatWild {
                            attrs: Vec::new(),
                            underscore_token: Default::default(),
                        }),
                    };
                }
            }
            syn::visit_mut::visit_pat_mut(self, p);
        }
        /// A shorthand field (`S { x }`, `S { ref x }`) whose binding
        /// became `_` is written out: `S { x: _ }`.
        fn visit_field_pat_mut(&mut self, f: &mut syn::FieldPat) {
            syn::visit_mut::visit_field_pat_mut(self, f);
            if f.colon_token.is_none() && !matches!(&*f.pat, Pat::Ident(_)) {
                f.colon_token = Some(Default::default());
            }
        }
    }
    let mut out = pat.clone();
    syn::visit_mut::VisitMut::visit_pat_mut(&mut Wild(keep), &mut out);
    out
}

/// Whether `pat` matches anything (`_`, bindings, tuples of those).
pub fn is_irrefutable(pat: &Pat) -> bool {
    match pat {
        Pat::Wild(_) | Pat::Rest(_) => true,
        Pat::Ident(p) => p.subpat.is_none() && !names_a_path(&p.ident.to_string()),
        Pat::Paren(p) => is_irrefutable(&p.pat),
        Pat::Tuple(t) => t.elems.iter().all(is_irrefutable),
        Pat::Type(t) => is_irrefutable(&t.pat),
        _ => false,
    }
}

/// Whether `pat` binds anything (and so may move out of what it matches).
pub fn has_bindings(pat: &Pat) -> bool {
    let mut any = false;
    bindings(pat, &mut |_, _| any = true);
    any
}

/// Renames the bindings of `pat` for which `rename` returns a new identifier.
pub fn rename(pat: &mut Pat, rename: &mut dyn FnMut(&Ident) -> Option<Ident>) {
    match pat {
        Pat::Ident(p) => {
            let is_path = is_path_like(p);
            if !is_path && let Some(new) = rename(&p.ident) {
                p.ident = new;
            }
            if let Some((_, sub)) = &mut p.subpat {
                self::rename(sub, rename);
            }
        }
        Pat::Or(p) => p.cases.iter_mut().for_each(|c| self::rename(c, rename)),
        Pat::Paren(p) => self::rename(&mut p.pat, rename),
        Pat::Reference(p) => self::rename(&mut p.pat, rename),
        Pat::Slice(p) => p.elems.iter_mut().for_each(|e| self::rename(e, rename)),
        Pat::Struct(p) => p.fields.iter_mut().for_each(|fp| {
            let before = (*fp.pat).clone();
            self::rename(&mut fp.pat, rename);
            if fp.colon_token.is_none() && *fp.pat != before {
                // Shorthand `Struct { x }` with a renamed binding: spell out the field.
                fp.colon_token = Some(Default::default());
            }
        }),
        Pat::Tuple(p) => p.elems.iter_mut().for_each(|e| self::rename(e, rename)),
        Pat::TupleStruct(p) => p.elems.iter_mut().for_each(|e| self::rename(e, rename)),
        Pat::Type(p) => self::rename(&mut p.pat, rename),
        _ => {}
    }
}

/// Whether `pat` is one plain binding (`x`, `mut x`, `x: T`): matching it
/// against a value moves the whole value, not a part.
pub fn is_single_binding(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(p) => p.by_ref.is_none() && p.subpat.is_none() && !is_path_like(p),
        Pat::Type(t) => is_single_binding(&t.pat),
        _ => false,
    }
}

/// Whether `pat` has a `ref`/`ref mut` binding (borrows what it matches).
pub fn binds_by_ref(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0 |= p.by_ref.is_some();
            syn::visit::visit_pat_ident(self, p);
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

/// `pat` with each wildcard `_` that stands for a part of the matched value
/// (under tuples, structs, tuple structs, slices) replaced by a binding
/// named `name(k)`, `k` counting from 0 in the pattern's order; and how
/// many. A part a `_` leaves stays in the matched value, so the caller can
/// move it out instead and drop it when the matched value would have
/// dropped. `None` when a wildcard stands where a binding could not take
/// its place the same way: in an or-pattern (every alternative would have
/// to bind the same names with the same types) or under a `@` binding.
/// Wildcards under a `&` pattern are left alone (that part is borrowed,
/// never owned).
pub fn name_wildcards(pat: &Pat, name: &mut dyn FnMut(usize) -> Ident) -> Option<(Pat, usize)> {
    fn walk(p: &mut Pat, name: &mut dyn FnMut(usize) -> Ident, n: &mut usize) -> bool {
        match p {
            Pat::Wild(_) => {
                *p = Pat::Ident(syn::PatIdent {
                    attrs: Vec::new(),
                    by_ref: None,
                    mutability: None,
                    ident: name(*n),
                    subpat: None,
                });
                *n += 1;
                true
            }
            Pat::Ident(pi) => pi.subpat.as_ref().is_none_or(|(_, s)| !has_wildcard(s)),
            Pat::Or(o) => !o.cases.iter().any(has_wildcard),
            Pat::Paren(p) => walk(&mut p.pat, name, n),
            Pat::Type(p) => walk(&mut p.pat, name, n),
            Pat::Tuple(t) => t.elems.iter_mut().all(|e| walk(e, name, n)),
            Pat::TupleStruct(t) => t.elems.iter_mut().all(|e| walk(e, name, n)),
            Pat::Slice(s) => s.elems.iter_mut().all(|e| match e {
                // `[a, ..]`: the elements under `..` are named as a `_`
                // is, by `name @ ..` (an array of them, matched by value;
                // a reference to them, matched through one).
                Pat::Rest(rest) => {
                    let rest = Pat::Rest(rest.clone());
                    *e = Pat::Ident(syn::PatIdent {
                        attrs: Vec::new(),
                        by_ref: None,
                        mutability: None,
                        ident: name(*n),
                        subpat: Some((Default::default(), Box::new(rest))),
                    });
                    *n += 1;
                    true
                }
                e => walk(e, name, n),
            }),
            Pat::Struct(s) => s.fields.iter_mut().all(|f| walk(&mut f.pat, name, n)),
            _ => true,
        }
    }
    let mut out = pat.clone();
    let mut n = 0;
    walk(&mut out, name, &mut n).then_some((out, n))
}

/// A part of the matched value that an arm's pattern leaves in it: under a
/// `_`, or borrowed by a `ref`/`ref mut` binding (its name, and whether
/// `mut`).
pub type RestPart = Option<(Ident, bool)>;

/// `pat` with its `ref x`/`ref mut x` bindings (without `@`) replaced by
/// `_`, and the parts [`name_wildcards`] will then name, in its order:
/// `None` for a `_` of the pattern, the binding for a replaced one. `None`
/// when [`name_wildcards`] would refuse the pattern.
pub fn rest_parts(pat: &Pat) -> Option<(Pat, Vec<RestPart>)> {
    fn walk(p: &mut Pat, out: &mut Vec<RestPart>) -> bool {
        match p {
            Pat::Wild(_) => {
                out.push(None);
                true
            }
            Pat::Ident(pi) if pi.by_ref.is_some() && pi.subpat.is_none() => {
                out.push(Some((pi.ident.clone(), pi.mutability.is_some())));
                *p = Pat::Wild(syn::PatWild {
                    attrs: Vec::new(),
                    underscore_token: Default::default(),
                });
                true
            }
            Pat::Ident(pi) => pi
                .subpat
                .as_ref()
                .is_none_or(|(_, s)| !has_wildcard(s) && !binds_by_ref(s)),
            Pat::Or(o) => !o.cases.iter().any(|c| has_wildcard(c) || binds_by_ref(c)),
            Pat::Paren(p) => walk(&mut p.pat, out),
            Pat::Type(p) => walk(&mut p.pat, out),
            Pat::Tuple(t) => t.elems.iter_mut().all(|e| walk(e, out)),
            Pat::TupleStruct(t) => t.elems.iter_mut().all(|e| walk(e, out)),
            Pat::Slice(s) => s.elems.iter_mut().all(|e| match e {
                // Named by `name_wildcards`, as a `_` is.
                Pat::Rest(_) => {
                    out.push(None);
                    true
                }
                e => walk(e, out),
            }),
            Pat::Struct(s) => s.fields.iter_mut().all(|f| {
                let shorthand_ref = f.colon_token.is_none()
                    && matches!(&*f.pat, Pat::Ident(pi) if pi.by_ref.is_some());
                let ok = walk(&mut f.pat, out);
                if shorthand_ref {
                    // `S { ref x }` became `S { x: _ }`.
                    f.colon_token = Some(Default::default());
                }
                ok
            }),
            // A `ref` under `&` borrows what the reference points to.
            _ => true,
        }
    }
    let mut out = pat.clone();
    let mut parts = Vec::new();
    walk(&mut out, &mut parts).then_some((out, parts))
}

/// Whether `pat` has a `_`, or a slice pattern's `..`, anywhere (a part
/// `name_wildcards` would name).
pub(super) fn has_wildcard(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_wild(&mut self, _: &'ast syn::PatWild) {
            self.0 = true;
        }
        fn visit_pat_slice(&mut self, s: &'ast syn::PatSlice) {
            self.0 |= s.elems.iter().any(|e| matches!(e, Pat::Rest(_)));
            syn::visit::visit_pat_slice(self, s);
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

/// Whether `pat` has a `mut` by-value binding (`mut x`, not `ref mut x`).
pub fn binds_mut(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0 |= p.by_ref.is_none() && p.mutability.is_some();
            syn::visit::visit_pat_ident(self, p);
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

/// `pat` without `mut` on its by-value bindings (`mut x` becomes `x`).
pub fn without_mut(pat: &Pat) -> Pat {
    struct Strip;
    impl syn::visit_mut::VisitMut for Strip {
        fn visit_pat_ident_mut(&mut self, p: &mut syn::PatIdent) {
            if p.by_ref.is_none() {
                p.mutability = None;
            }
            syn::visit_mut::visit_pat_ident_mut(self, p);
        }
    }
    let mut out = pat.clone();
    syn::visit_mut::VisitMut::visit_pat_mut(&mut Strip, &mut out);
    out
}

/// Whether matching a value against `pat` by value moves out everything of
/// it that could own something: it binds a name, and every leaf is a
/// by-value binding (`whole @ Some(_)` too) or a literal, range or unit
/// path (no `_`, `..`, `ref`, or `&`). What stays in the matched place is then `Copy`
/// parts and field-less variants, so reading the whole value out of a
/// home (`read_local`) and matching that runs as Rust's partial move does,
/// except where the value's type (or a unit part's) implements `Drop` and
/// only `Copy` parts are bound (ARCHITECTURE.md, known limit 3).
pub fn moves_whole(pat: &Pat) -> bool {
    has_bindings(pat) && leaves_move(pat)
}

fn leaves_move(pat: &Pat) -> bool {
    match pat {
        // `whole @ Some(_)` moves all it matches (a binding under it can
        // only copy: Rust refuses a move or `ref` there beside it).
        Pat::Ident(p) => {
            p.by_ref.is_none() && p.subpat.as_ref().is_none_or(|(_, sub)| !binds_by_ref(sub))
        }
        Pat::Lit(_) | Pat::Range(_) | Pat::Path(_) => true,
        Pat::Or(p) => p.cases.iter().all(leaves_move),
        Pat::Paren(p) => leaves_move(&p.pat),
        Pat::Type(p) => leaves_move(&p.pat),
        Pat::Tuple(t) => t.elems.iter().all(leaves_move),
        Pat::TupleStruct(t) => t.elems.iter().all(leaves_move),
        Pat::Struct(s) => s.rest.is_none() && s.fields.iter().all(|f| leaves_move(&f.pat)),
        // An array matched by value: each element bound, or under a
        // by-value `rest @ ..` (matched through a reference, nothing moves).
        Pat::Slice(s) => s.elems.iter().all(|e| leaves_move(e) || binds_rest(e)),
        _ => false,
    }
}

/// A by-value `rest @ ..` (in a slice pattern): it moves all it matches.
pub(super) fn binds_rest(pat: &Pat) -> bool {
    matches!(pat, Pat::Ident(p) if p.by_ref.is_none()
        && matches!(p.subpat.as_ref(), Some((_, sub)) if matches!(**sub, Pat::Rest(_))))
}

/// Whether every arm of a `match` on a homed binding either moves all of
/// it ([`moves_whole`]) or binds nothing and tests only literals and unit
/// paths (`None`), and one arm moves: the whole value can be read out of
/// its home, since what an arm leaves in it never owns anything.
pub fn arms_move_whole(pats: &[&Pat]) -> bool {
    pats.iter().any(|p| moves_whole(p))
        && pats
            .iter()
            .all(|p| moves_whole(p) || (!has_bindings(p) && leaves_move(p)))
}

/// Whether a `match` on a binding may move it in some arms and leaves it
/// whole in others: [`arms_move_whole`] does not hold and some arm binds
/// nothing by value (`Err(_)`, `_`, `Some(ref t)`). Such an arm leaves the
/// binding in place, to be dropped at the end of its scope, so the `match`
/// moves it on the paths of the other arms only (a drop flag).
pub fn arms_leave_whole(pats: &[&Pat]) -> bool {
    !arms_move_whole(pats) && pats.iter().any(|p| !binds_by_value(p))
}

/// Whether every arm of a `match` on a binding either moves all of it
/// ([`moves_whole`]) or binds nothing, and one moves: the whole value can be
/// read out of a home and matched, an arm that binds nothing putting it
/// back first thing (it moved nothing out, so the value is whole).
pub fn arms_read_whole(pats: &[&Pat]) -> bool {
    pats.iter().any(|p| moves_whole(p)) && pats.iter().all(|p| moves_whole(p) || !has_bindings(p))
}

/// Whether a refutable `let` pattern (`if let`, `let .. else`) moves all of
/// its scrutinee and what does not match it owns nothing: only bindings
/// (irrefutable) or `Some(..)` of only bindings (taken to be `Option`'s,
/// whose other value is `None`).
pub fn let_moves_whole(pat: &Pat) -> bool {
    fn only_bindings(p: &Pat) -> bool {
        leaves_move(p) && is_irrefutable(p)
    }
    moves_whole(pat)
        && match pat {
            Pat::TupleStruct(t) => {
                t.qself.is_none()
                    && t.path.is_ident("Some")
                    && t.elems.len() == 1
                    && t.elems.iter().all(only_bindings)
            }
            p => only_bindings(p),
        }
}

/// Whether a `let` (with or without `else`) moves all of its initialiser
/// ([`moves_whole`], [`let_moves_whole`]).
pub fn local_moves_whole(local: &syn::Local) -> bool {
    match &local.init {
        Some(init) if init.diverge.is_some() => let_moves_whole(&local.pat),
        Some(_) => moves_whole(&local.pat),
        None => false,
    }
}

/// Whether `pat` binds `name`.
pub fn binds_name(pat: &Pat, name: &Ident) -> bool {
    let mut found = false;
    bindings(pat, &mut |id, _| found |= id == name);
    found
}

/// Whether a pattern has a binding that is not `ref`: matched against a
/// place, it moves (or copies) what it binds.
pub fn binds_by_value(pat: &Pat) -> bool {
    let mut found = false;
    by_value_bindings(pat, &mut found);
    found
}

fn by_value_bindings(pat: &Pat, found: &mut bool) {
    match pat {
        Pat::Ident(p) => {
            *found |= p.by_ref.is_none() && !is_path_like(p);
            if let Some((_, sub)) = &p.subpat {
                by_value_bindings(sub, found);
            }
        }
        Pat::Or(p) => p.cases.iter().for_each(|c| by_value_bindings(c, found)),
        Pat::Paren(p) => by_value_bindings(&p.pat, found),
        Pat::Slice(p) => p.elems.iter().for_each(|e| by_value_bindings(e, found)),
        Pat::Struct(p) => p
            .fields
            .iter()
            .for_each(|f| by_value_bindings(&f.pat, found)),
        Pat::Tuple(p) => p.elems.iter().for_each(|e| by_value_bindings(e, found)),
        Pat::TupleStruct(p) => p.elems.iter().for_each(|e| by_value_bindings(e, found)),
        Pat::Type(p) => by_value_bindings(&p.pat, found),
        // `&pat` matches through a reference: nothing of the place moves.
        _ => {}
    }
}

/// The parts (bindings `is_part` accepts) that each struct pattern with
/// named fields in `pat` binds under two or more of its fields, with the
/// pattern: kept in the order the pattern lists them, where Rust drops
/// them in the fields' declaration order, which syntax does not show
/// (the drop-order check). A tuple's or tuple struct's parts are in order.
pub fn struct_parts_in_a_guessed_order(
    pat: &Pat,
    is_part: &dyn Fn(&Ident) -> bool,
) -> Vec<(syn::PatStruct, Vec<Ident>)> {
    struct Parts<'a> {
        is_part: &'a dyn Fn(&Ident) -> bool,
        found: Vec<Ident>,
    }
    impl<'ast> syn::visit::Visit<'ast> for Parts<'_> {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            if (self.is_part)(&p.ident) {
                self.found.push(p.ident.clone());
            }
            syn::visit::visit_pat_ident(self, p);
        }
    }
    struct Groups<'a> {
        is_part: &'a dyn Fn(&Ident) -> bool,
        groups: Vec<(syn::PatStruct, Vec<Ident>)>,
    }
    impl<'ast> syn::visit::Visit<'ast> for Groups<'_> {
        fn visit_pat_struct(&mut self, s: &'ast syn::PatStruct) {
            let mut fields_with_parts = 0;
            let mut all = Vec::new();
            for field in &s.fields {
                let mut parts = Parts {
                    is_part: self.is_part,
                    found: Vec::new(),
                };
                syn::visit::Visit::visit_pat(&mut parts, &field.pat);
                fields_with_parts += usize::from(!parts.found.is_empty());
                all.extend(parts.found);
            }
            if fields_with_parts >= 2 {
                self.groups.push((s.clone(), all));
            }
            syn::visit::visit_pat_struct(self, s);
        }
    }
    let mut groups = Groups {
        is_part,
        groups: Vec::new(),
    };
    syn::visit::Visit::visit_pat(&mut groups, pat);
    groups.groups
}

#[cfg(test)]
mod tests;
mod uppercase;

pub use uppercase::{names_a_path, uppercase_bindings, with_uppercase_bindings};
