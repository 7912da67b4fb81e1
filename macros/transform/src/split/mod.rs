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
//! (The split after the first ends its names with its number.)
//!
//! A binding with a home cannot be partly moved even with no suspension
//! after the move: when a first expansion gives homes, the body is split
//! again with their names (`homed`), split wherever a field is moved.
//!
//! The split goes where the binding was last used whole (`places`): before
//! the statement that first moves a field (or the first naming a field
//! since the last whole use), or into the branches of that statement where
//! another of its paths names the binding whole. A field binding whose
//! value a literal of the binding shows (`Outer { inner: Pair { .. }, .. }`)
//! is split in turn when a field of it is moved (`p.inner.a`).
//!
//! The split names every field it knows: those the body names, and those
//! of a struct literal of the type in the body. A wrong guess is a compile
//! error, never a different run: a struct with fields the body never names
//! is E0027 "pattern does not mention field", a tuple of another arity
//! E0308. A binding used whole after the first move of a field on a path
//! that reaches it (`drop(p)` after a move of a `Copy` field), named inside
//! an opaque macro or shadowed in its scope, or whose type the syntax does
//! not show (`let p = make();` with named fields), is left as it is (a
//! partly moved binding carried across a suspension is then rustc's E0382).

mod arms;
mod fields;
mod leftover_names;
mod leftovers;
pub use leftovers::Param;
pub use owned::leaves_unnamed_parts;
mod mentions;
mod operands;
mod owned;
mod places;
mod rest_probe;
mod scrutinee;

use crate::syntax::awaits::stmt_contains_await;
use crate::syntax::expr::{bare_ident, strip_parens};
use crate::syntax::macros::visit_operands_mut;
use crate::syntax::tokens::respan;
use fields::{StructLiterals, fields, shape};
use mentions::{Mentions, destructured_fields, shadowing_init};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Member, Pat, Stmt};

/// Splits the partly moved bindings of `body` (see the module's docs),
/// then keeps what patterns leave of the bindings not split, and of the
/// parameters (`params`, plain bindings; `leftovers`); the
/// errors of what cannot be kept. `homed`: the names of the bindings a
/// first expansion gave a home, split wherever a field is moved (see
/// `plan`). Returns how many bindings it split.
pub fn split_partial_moves(
    body: &mut Block,
    params: &[Param],
    homed: &[String],
) -> Result<usize, syn::Error> {
    owned::check_owned_scrutinees(body)?;
    arms::ArmToLet.visit_block_mut(body);
    let literals = StructLiterals::of(body);
    let mut splitter = Splitter {
        literals: &literals,
        splits: 0,
        nested: Vec::new(),
        homed,
    };
    splitter.visit_block_mut(body);
    let splits = splitter.splits;
    leftovers::keep_left_parts(body, params)?;
    Ok(splits)
}

struct Splitter<'a> {
    literals: &'a StructLiterals,
    /// Splits made so far: numbers each split's names.
    splits: usize,
    /// The field bindings of the splits made whose value a literal shows
    /// (`let p = Outer { inner: Pair { .. }, .. }`: `__coro_p_inner` is a
    /// `Pair { .. }`): a field moved out of one (`p.inner.a`) splits it in
    /// turn.
    nested: Vec<(Ident, Expr)>,
    homed: &'a [String],
}

impl VisitMut for Splitter<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let mut i = 0;
        while i < block.stmts.len() {
            let nested = nested_init(&block.stmts[i], &self.nested);
            let homed = self.homed;
            if let Some(split) = plan(&block.stmts, i, nested, self.literals, self.splits, homed) {
                self.nested.extend(split.nested_inits());
                // The field bindings declared next may split in turn.
                split.apply(&mut block.stmts, i);
                self.splits += 1;
            }
            i += 1;
        }
        visit_mut::visit_block_mut(self, block);
    }
    // Closures and items cannot suspend the coroutine.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    // A block in a known macro's operand (`vec![{ let p = ..; .. }]`).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if crate::syntax::awaits::find_await(mac.tokens.clone()).is_some() {
            visit_operands_mut(mac, self);
        }
    }
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
    /// The binding's value as written (a literal: its fields' values).
    init: Expr,
    mutable: bool,
    shape: Shape,
    /// Every field, in declaration order as far as the syntax shows it.
    fields: Vec<Member>,
    /// Where the split goes among the statements after the `let`
    /// (`places`).
    actions: Vec<places::Action>,
    /// Index, among the statements after the `let`, of the first one out of
    /// its scope.
    end: usize,
    /// The fields' order is the body's naming order, not known to be the
    /// declaration order (a struct with no literal in the body).
    order_guessed: bool,
    /// How many splits the body had before this one: the field bindings of
    /// the second split of a name (a shadowing `let p`) get other names.
    number: usize,
}

/// The value a literal shows of a field binding declared at `stmt` (`let
/// __coro_p_inner;`).
fn nested_init<'a>(stmt: &Stmt, nested: &'a [(Ident, Expr)]) -> Option<&'a Expr> {
    let Stmt::Local(syn::Local {
        pat: Pat::Ident(p),
        init: None,
        ..
    }) = stmt
    else {
        return None;
    };
    nested.iter().find(|(n, _)| *n == p.ident).map(|(_, e)| e)
}

/// `nested`: the value of a field binding declared without one.
fn plan(
    stmts: &[Stmt],
    i: usize,
    nested: Option<&Expr>,
    literals: &StructLiterals,
    number: usize,
    homed: &[String],
) -> Option<Split> {
    let Stmt::Local(local) = &stmts[i] else {
        return None;
    };
    let init = match &local.init {
        Some(init) if init.diverge.is_none() => &*init.expr,
        Some(_) => return None,
        None => nested?,
    };
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
    // The binding's scope among the statements after it: to the end of the
    // block, or to a `let` that shadows it, whose initialiser still names it.
    let rest = &stmts[i + 1..];
    let shadow = rest
        .iter()
        .position(|s| shadowing_init(s, &ident.ident).is_some());
    let rest = &rest[..shadow.map_or(rest.len(), |k| k + 1)];
    let mut mentions = Mentions::new(&ident.ident);
    let mut at = None;
    for (k, stmt) in rest.iter().enumerate() {
        match shadowing_init(stmt, &ident.ident) {
            Some(init) => mentions.visit_local_init(init),
            None => mentions.visit_stmt(stmt),
        }
        if at.is_none() && mentions.moves_field {
            at = Some(k);
        }
        if mentions.opaque || mentions.shadowed {
            return None;
        }
    }
    let at = at?;
    // A shadowed binding still lives to the end of its block: any
    // suspension after the first move counts. A binding with a home cannot
    // be partly moved at all (E0507 "cannot move out of a mutable
    // reference"): one held across an earlier suspension gets one where
    // the body has others (`analyse::homes`, held only to be dropped).
    let homed = homed.iter().any(|h| ident.ident == h);
    if !homed && !stmts[i + 1 + at..].iter().any(stmt_contains_await) {
        return None;
    }
    let actions = places::place(rest, &ident.ident, false, false)?;
    let from = actions.first()?.first(rest.len());
    if mentions::borrow_held_past(&rest[..from], &rest[from..], &ident.ident) {
        return None;
    }
    let shape = shape(ty, init, &mentions.fields)?;
    let (fields, complete) = fields(&shape, ty, init, &mentions.fields, literals)?;
    // Every field known, or the fields used after the move: either way a
    // wrong guess is a compile error (see `fields_used_after_a_suspension`).
    if !complete
        && (!fields_used_after_a_suspension(&rest[at..], &ident.ident)
            || ty.is_some_and(fields::names_a_generic_type))
    {
        return None;
    }
    let order_guessed = !complete && matches!(shape, Shape::Struct(_));
    Some(Split {
        init: strip_parens(init).clone(),
        name: ident.ident.clone(),
        mutable: ident.mutability.is_some(),
        shape,
        fields,
        actions,
        end: rest.len(),
        order_guessed,
        number,
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

impl Split {
    /// The field bindings whose value the literal of the binding shows
    /// (`Outer { inner: Pair { .. }, .. }`), each with that value.
    fn nested_inits(&self) -> Vec<(Ident, Expr)> {
        let values: Vec<(Member, &Expr)> = match &self.init {
            Expr::Struct(s) => s
                .fields
                .iter()
                .map(|f| (f.member.clone(), &f.expr))
                .collect(),
            Expr::Tuple(t) => t
                .elems
                .iter()
                .enumerate()
                .map(|(k, e)| (Member::Unnamed(syn::Index::from(k)), e))
                .collect(),
            _ => Vec::new(),
        };
        values
            .into_iter()
            .filter(|(_, e)| matches!(strip_parens(e), Expr::Struct(_) | Expr::Tuple(_)))
            .map(|(m, e)| (self.field_name(&m), e.clone()))
            .collect()
    }

    fn field_name(&self, m: &Member) -> Ident {
        let field = match m {
            Member::Named(n) => leftover_names::name_part(n.to_string().trim_start_matches("r#")),
            Member::Unnamed(i) => i.index.to_string(),
        };
        // A field binding split in turn (`__coro_p_inner`): `__coro_p_inner_a_1`.
        let name = syn::ext::IdentExt::unraw(&self.name).to_string();
        let name = match name.strip_prefix("__coro_") {
            Some(split) => split.to_string(),
            None => leftover_names::name_part(&name),
        };
        match self.number {
            0 => format_ident!("__coro_{}_{}", name, field, span = self.name.span()),
            n => format_ident!("__coro_{}_{}_{n}", name, field, span = self.name.span()),
        }
    }

    /// Rewrites `stmts` (the `let` is at `i`); returns how many statements
    /// it inserted before the ones after the `let`.
    fn apply(&self, stmts: &mut Vec<Stmt>, i: usize) -> usize {
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
        let unit: Vec<Stmt> = [self.order_check(), self.drop_check(), Some(split)]
            .into_iter()
            .flatten()
            .collect();
        self.apply_actions(stmts, i + 1, i + 1 + self.end, &self.actions, &unit);
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
    /// Carries out `actions` (`places`) on `stmts[from..to]`: inserts `unit`
    /// (the checks and the split) and renames the field mentions after it.
    fn apply_actions(
        &self,
        stmts: &mut Vec<Stmt>,
        from: usize,
        to: usize,
        actions: &[places::Action],
        unit: &[Stmt],
    ) {
        let mut renamer = Renamer { split: self };
        // From the last: an insertion does not move the statements before.
        for action in actions.iter().rev() {
            match action {
                places::Action::SplitBefore(k) => {
                    renamer.rename_stmts(stmts, from + k, to);
                    stmts.splice(from + k..from + k, unit.iter().cloned());
                }
                places::Action::Branches { k, plans, rest } => {
                    if *rest {
                        renamer.rename_stmts(stmts, from + k + 1, to);
                    }
                    let name = &self.name;
                    places::with_branches_mut(&mut stmts[from + k], name, plans, &mut |b| {
                        if *rest {
                            b.after.into_iter().for_each(|e| renamer.visit_expr_mut(e));
                            let blocks = b.after_blocks.into_iter();
                            blocks.for_each(|b| renamer.visit_block_mut(b));
                        }
                        for (block, plan) in b.blocks.into_iter().zip(plans) {
                            if let (Some(block), Some(plan)) = (block, plan) {
                                let len = block.stmts.len();
                                self.apply_actions(&mut block.stmts, 0, len, plan, unit);
                            }
                        }
                    });
                }
                places::Action::AtEnd => {
                    let at = places::end_of(stmts, from, to, &self.name);
                    let to = to.max(at + 1).min(stmts.len());
                    renamer.rename_stmts(stmts, at, to);
                    stmts.splice(at..at, unit.iter().cloned());
                }
            }
        }
    }
}

impl Split {
    /// A struct with a `Drop` impl cannot be split, and a by-value use of
    /// its field is a copy: destructuring it would copy every field and
    /// drop the value at once. A probe of the binding makes that a compile
    /// error instead (E0034, multiple applicable items, naming the traits
    /// below): `check` is a method of two traits for a type with a `Drop`
    /// impl, of one otherwise. It reads the type from the value, so it
    /// needs no name for it (a generic struct, `Self`).
    fn drop_check(&self) -> Option<Stmt> {
        self.shape.path()?;
        let name = &self.name;
        let items = crate::drop_probe::drop_impl_probe("PartlyMoved", name, self.number);
        let check = respan(
            quote! {
                {
                    #items
                    __CoroProbe(&#name).check();
                }
            },
            name.span(),
        );
        Some(syn::parse_quote!(#check))
    }
}

impl Split {
    /// Field bindings drop in reverse declaration order: in a guessed order,
    /// two fields with drop glue could drop in an order Rust's does not. A
    /// post-monomorphization assertion makes that a compile error ("coro:
    /// ..."), never a different run.
    fn order_check(&self) -> Option<Stmt> {
        if !self.order_guessed || self.fields.len() < 2 {
            return None;
        }
        let name = &self.name;
        let ty = self.shape.path().map_or(String::new(), |p| {
            let p = quote!(#p).to_string();
            p.replace(' ', "")
        });
        let message = format!(
            "coro: `{name}` is split into its fields, whose declaration order the \
             body does not show, and two of them need drop: write a struct literal \
             of `{ty}` in the body, or `let {ty} {{ .. }} = {name};`"
        );
        let values: Vec<TokenStream> = self.fields.iter().map(|m| quote!(#name.#m)).collect();
        let check = crate::drop_order::at_most_one_needs_drop(&values, &message, name.span());
        Some(syn::parse_quote!(#check))
    }
}

/// Rewrites the split binding's field mentions to the field bindings.
struct Renamer<'a> {
    split: &'a Split,
}

impl Renamer<'_> {
    fn is_name(&self, e: &Expr) -> bool {
        bare_ident(crate::syntax::expr::strip_parens(e)).is_some_and(|i| *i == self.split.name)
    }

    /// Renames in `stmts[from..to]`; a `let` destructuring the binding
    /// (`let Pair { a: t, b: ref r } = p;`) becomes one `let` per field
    /// (`let t = __coro_p_a; let ref r = __coro_p_b;`), in its order.
    fn rename_stmts(&mut self, stmts: &mut Vec<Stmt>, from: usize, mut to: usize) {
        let mut k = from;
        while k < to {
            if let Stmt::Local(l) = &mut stmts[k]
                && l.init.is_some()
                && crate::syntax::pattern::binds_name(&l.pat, &self.split.name)
            {
                // The binding's scope ends here (`shadowing_init`): only the
                // initialiser names it.
                if let Some(init) = &mut l.init {
                    self.visit_expr_mut(&mut init.expr);
                    if let Some((_, diverge)) = &mut init.diverge {
                        self.visit_expr_mut(diverge);
                    }
                }
                return;
            }
            let per_field = match &stmts[k] {
                Stmt::Local(l) => destructured_fields(l, &self.split.name).map(|fields| {
                    fields
                        .into_iter()
                        .map(|(m, pat)| {
                            let field = self.split.field_name(&m);
                            syn::parse_quote!(let #pat = #field;)
                        })
                        .collect::<Vec<Stmt>>()
                }),
                _ => None,
            };
            match per_field {
                Some(lets) => {
                    let n = lets.len();
                    stmts.splice(k..=k, lets);
                    k += n;
                    to = to + n - 1;
                }
                None => {
                    self.visit_stmt_mut(&mut stmts[k]);
                    k += 1;
                }
            }
        }
    }
}

impl VisitMut for Renamer<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let len = block.stmts.len();
        self.rename_stmts(&mut block.stmts, 0, len);
    }

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
        visit_operands_mut(mac, self);
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

fn member_span(m: &Member) -> Span {
    match m {
        Member::Named(n) => n.span(),
        Member::Unnamed(i) => i.span,
    }
}
