//! Declaring bindings: patterns, shadowing renames, fixed homes, and the borrow facts (`borrow_edges`, `value_edges`, `slot_requests`) the home plan is computed from.

use super::*;

impl Lowerer {
    /// Declares the bindings of a pattern of flattened code, renaming those
    /// that shadow a binding still in scope (the generated jumps must be
    /// able to name both), and returns the pattern to emit.
    /// [`Self::declare_pattern`] for a pattern matched against `scrutinee`;
    /// against a reference (`&x`), its bindings have no drop glue.
    pub(super) fn declare_pattern_against(&mut self, pat: Pat, against_reference: bool) -> Pat {
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(pat);
        if against_reference {
            for var in &mut self.out.vars.all[first..] {
                var.no_drop_glue = true;
            }
        }
        pat
    }

    pub(super) fn declare_pattern(&mut self, pat: Pat) -> Pat {
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern_inner(pat, false);
        self.mark_declared_since(first);
        pat
    }

    /// [`Self::declare_pattern_against`], with every binding bound under
    /// another name and moved into its own by `flush_homes` (as when one
    /// has a home): code emitted between the pattern and `flush_homes`
    /// then declares values that drop after the pattern's bindings. A
    /// `mut` stays on its binding (`mut __coro_bound7`: a `_` name is
    /// never `unused_mut`), where it makes the binding by value under a
    /// reference's default binding mode (edition 2021).
    pub(super) fn declare_pattern_apart(&mut self, pat: Pat, against_reference: bool) -> Pat {
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern_inner(pat, true);
        self.mark_declared_since(first);
        if against_reference {
            for var in &mut self.out.vars.all[first..] {
                var.no_drop_glue = true;
            }
        }
        pat
    }

    /// Declares `pat`'s bindings; `apart`: see [`Self::declare_pattern_apart`].
    pub(super) fn declare_pattern_inner(&mut self, mut pat: Pat, apart: bool) -> Pat {
        let mut declared: BTreeMap<String, Ident> = BTreeMap::new();
        let mut ids = Vec::new();
        // The span of each `mut` binding's name (see below).
        let mut mut_spans = Vec::new();
        let mut list = Vec::new();
        crate::syntax::pattern::bindings(&pat, &mut |ident, mutable| {
            list.push((ident.clone(), mutable))
        });
        for (ident, mutable) in list {
            let name = ident.to_string();
            if declared.contains_key(&name) {
                continue;
            }
            let shadows = self.out.vars.resolve(&name).is_some();
            let new_ident = if shadows {
                self.shadow_count += 1;
                // Hygienic: no user name can collide with it.
                format_ident!(
                    "{}_shadowing{}",
                    name,
                    self.shadow_count,
                    span = Span::mixed_site()
                )
            } else {
                ident.clone()
            };
            let id = self
                .out
                .vars
                .declare(name.clone(), new_ident.clone(), mutable, VarKind::User);
            self.out.vars.all[id].slottable = true;
            ids.push(id);
            mut_spans.push(mutable.then(|| ident.span()));
            declared.insert(name, new_ident);
        }
        if apart || ids.iter().any(|&id| self.out.vars.all[id].slot.is_some()) {
            // Bound under other names, then each moved into its home or
            // into its binding, in the pattern's order (so they drop in
            // the reverse of it, as the pattern's bindings would). A `mut`
            // binding's name has the user's span: under a reference's
            // default binding mode, `mut x` is by value in edition 2021
            // and an error in 2024, judged by the binding's span; numbered,
            // so that it is snake case whatever the user's name.
            for (&id, span) in ids.iter().zip(&mut_spans) {
                let var = &self.out.vars.all[id];
                let bound = match span {
                    Some(span) => format_ident!("__coro_bound{}", id, span = *span),
                    None => format_ident!("__coro_bound_{}", var.ident, span = Span::mixed_site()),
                };
                self.pending_homes.push((id, bound.clone()));
                declared.insert(var.name.clone(), bound);
            }
        }
        crate::syntax::pattern::rename(&mut pat, &mut |ident| {
            let new = declared.get(&ident.to_string())?;
            if new == ident {
                None
            } else {
                Some(new.clone())
            }
        });
        pat
    }

    /// `&x`, `&mut x.field`: a borrow of one of the coroutine's bindings.
    pub(super) fn borrowed_local(&self, e: &Expr) -> Option<(Span, String)> {
        let Expr::Reference(r) = e else {
            return None;
        };
        let mut place = &*r.expr;
        loop {
            match place {
                Expr::Field(f) => place = &f.base,
                Expr::Index(i) => place = &i.expr,
                Expr::Paren(p) => place = &p.expr,
                _ => break,
            }
        }
        let ident = bare_ident(place)?;
        let name = ident.to_string();
        self.out.vars.resolve(&name)?;
        Some((e.span(), name))
    }

    /// The bindings `e` may borrow (see `borrows`), resolved here.
    pub(super) fn borrowed_vars(&self, e: &Expr) -> VarSet {
        crate::analyse::borrows::borrowed_names(e)
            .iter()
            .filter_map(|name| self.out.vars.resolve(name))
            .collect()
    }

    /// The bindings a pattern on `e` may borrow: those `e` borrows, and
    /// those a binding it names whole holds borrows of (`let o = Some(&t);
    /// if let Some(r) = o { .. }`: `r` borrows `t`).
    pub(super) fn lent_by(&self, e: &Expr) -> VarSet {
        let mut vars = self.borrowed_vars(e);
        for v in self.value_vars(e) {
            vars.extend(self.lent_through(v));
        }
        vars
    }

    /// The bindings the binding `v` holds borrows of (the edges of its
    /// `let` or pattern).
    fn lent_through(&self, v: VarId) -> VarSet {
        let edges = self.facts.borrow_edges.iter();
        let mine = edges.filter(|(holders, _)| holders.contains(&v));
        mine.flat_map(|(_, borrowed)| borrowed.iter().copied().filter(|&b| b != v))
            .collect()
    }

    /// The bindings `e` names as a whole value (see `borrows::value_names`).
    pub(super) fn value_vars(&self, e: &Expr) -> VarSet {
        crate::analyse::borrows::value_names(e)
            .iter()
            .filter_map(|name| self.out.vars.resolve(name))
            .collect()
    }

    /// `e`'s borrows live across a suspension: ask for fixed homes. A `&mut`
    /// binding passed on by value is reborrowed, so it is borrowed too.
    pub(super) fn request_slots(&mut self, e: &Expr) {
        let mut vars = self.borrowed_vars(e);
        for v in self.value_vars(e) {
            self.moved_across.insert(v);
            if self.out.vars.all[v].mut_ref {
                vars.insert(v);
            }
            // A binding moved in that holds borrows (`let r = &t; call(r)
            // .await`, a struct of references, a closure): what it borrows
            // lives across the suspension inside the awaitable.
            vars.extend(self.lent_through(v));
        }
        self.facts.requests.extend(vars);
    }

    /// Records what the bindings of a branch's patterns (`holders`) may
    /// borrow. Their edge is known only after the branch's body, so one
    /// already moved into an awaitable there (`if let Some(x) = v.first()
    /// { show(x).await; } v.len()`) asks for homes for what it borrows now,
    /// as `request_slots` does for a `let` holder (E0505 before).
    /// Only bindings declared before the branch (`first` on are its own).
    pub(super) fn note_pattern_edge(
        &mut self,
        first: VarId,
        holders: Vec<VarId>,
        borrowed: VarSet,
    ) {
        if holders.iter().any(|h| self.moved_across.contains(h)) {
            let lent = borrowed.iter().filter(|&&b| b < first);
            self.facts.requests.extend(lent);
        }
        self.facts.borrow_edges.push((holders, borrowed));
    }

    /// Records what the bindings a `let` declared (from `first` on) may
    /// borrow or take on, for the slot decision (see `expand::slots_wanted`).
    pub(super) fn note_let_edges(
        &mut self,
        local: &syn::Local,
        first: VarId,
        borrows: VarSet,
        values: VarSet,
    ) {
        let declared: Vec<VarId> = (first..self.out.vars.all.len()).collect();
        // `let n: u64 = f(&x);`: a type that cannot hold a borrow.
        if let Pat::Type(t) = &local.pat
            && holds_no_borrow(&t.ty)
        {
            return;
        }
        let mut_ref = match (&local.pat, &local.init) {
            (Pat::Type(t), _) => {
                matches!(&*t.ty, syn::Type::Reference(r) if r.mutability.is_some())
            }
            (_, Some(init)) => matches!(&*init.expr, Expr::Reference(r) if r.mutability.is_some()),
            _ => false,
        };
        if mut_ref && declared.len() == 1 {
            self.out.vars.all[declared[0]].mut_ref = true;
        }
        if !borrows.is_empty() {
            self.facts.borrow_edges.push((declared.clone(), borrows));
        }
        if !values.is_empty() {
            self.facts.value_edges.push((declared, values));
        }
    }

    /// Moves the bindings the last pattern bound into their homes (see
    /// `pending_homes`); each caller of `declare_pattern` calls this where
    /// the pattern's bindings come into scope.
    pub(super) fn flush_homes(&mut self) {
        for (id, bound) in std::mem::take(&mut self.pending_homes) {
            self.let_var(id, quote!(#bound));
        }
    }

    /// The `let` that gives variable `id` its first value: through its
    /// home's `init` when it has one, else a plain (`mut` if declared so)
    /// binding. Every binding the lowering introduces with a value comes
    /// into scope here.
    pub(super) fn let_var(&mut self, id: VarId, value: TokenStream) {
        let var = &self.out.vars.all[id];
        let ident = var.ident.clone();
        match var.slot {
            Some(index) => {
                let handle = crate::codegen::slot_handle(index);
                self.emit(quote!(let #ident = #handle.init(#value);));
            }
            None => {
                let m = var.mutable.then(|| quote!(mut));
                self.emit(quote!(#[allow(unused_mut)] let #m #ident = #value;));
            }
        }
    }

    /// Runs `f` with the bindings of `pending_homes` seen as the plain
    /// bindings their pattern binds (`__coro_bound_x`, no home yet): a
    /// guard reads them before `flush_homes` moves them into their homes.
    pub(super) fn with_bound_names<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved: Vec<(VarId, Ident, Option<usize>)> = self
            .pending_homes
            .iter()
            .map(|(id, bound)| {
                let var = &mut self.out.vars.all[*id];
                let old = std::mem::replace(&mut var.ident, bound.clone());
                (*id, old, var.slot.take())
            })
            .collect();
        let out = f(self);
        for (id, ident, slot) in saved {
            let var = &mut self.out.vars.all[id];
            var.ident = ident;
            var.slot = slot;
        }
        out
    }

    /// Bindings of a pattern that cannot be moved into homes right after
    /// it (a destructuring `let` without a value): they stay in the moving
    /// state.
    pub(super) fn unhome_since(&mut self, first: VarId) {
        for var in &mut self.out.vars.all[first..] {
            var.slottable = false;
        }
    }

    /// Declares the coroutine's receiver.
    pub(super) fn declare_self(&mut self, mutable: bool) -> Ident {
        let ident = Ident::new("__coro_self", Span::call_site());
        self.out
            .vars
            .declare("self".into(), ident.clone(), mutable, VarKind::User);
        ident
    }

    pub(super) fn open_root_scope(&mut self) {
        self.out.vars.scopes.push(Vec::new());
    }
}
