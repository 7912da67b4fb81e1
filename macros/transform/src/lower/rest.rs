//! What a branch's pattern (a `match` arm, `if let`, `while let`) leaves of a scrutinee the branch owns: kept to the branch's end (`keep_rest`).

use super::*;

/// A branch's pattern, declared (`Lowerer::declare_branch_pattern`).
pub(super) struct BranchPattern {
    /// The pattern to emit.
    pub(super) pat: Pat,
    rest: Option<KeptRest>,
    /// Whether the branch's own scope was opened for it.
    own_scope: bool,
}

/// What a branch's pattern leaves of the scrutinee, kept (see
/// `Lowerer::keep_rest`).
struct KeptRest {
    /// The pattern with its `ref` bindings made `_`.
    plain: Pat,
    /// The binding holding the parts (user code cannot name it).
    holder: VarId,
    /// How many parts.
    count: usize,
    /// The `ref` bindings: the part each borrows, its name, `ref mut`.
    refs: Vec<(usize, Ident, bool)>,
    id: usize,
    /// The drop-order checks of parts a struct pattern leaves under two of
    /// its fields (`crate::drop_order`), made with the named pattern.
    order_checks: Vec<TokenStream>,
}

impl BranchPattern {
    /// How many scopes `declare_branch_pattern` opened.
    pub(super) fn scopes(&self) -> usize {
        usize::from(self.own_scope) + usize::from(self.rest.is_some())
    }
}

impl KeptRest {
    /// The pattern to emit: `declared` (the plain pattern, declared) with
    /// its wildcards named.
    fn named(&self, declared: &Pat) -> Pat {
        let id = self.id;
        crate::syntax::pattern::name_wildcards(declared, &mut |k| rest_part(id, k))
            .map(|(p, _)| p)
            .unwrap_or_else(|| declared.clone())
    }
}

fn rest_part(id: usize, k: usize) -> Ident {
    format_ident!("__coro_rest{}_{}", id, k, span = Span::mixed_site())
}

/// The drop-order checks of the parts of rest `id` that a struct pattern in
/// `named` leaves under two of its fields: the holder drops them in the
/// pattern's order.
fn order_checks(named: &Pat, id: usize) -> Vec<TokenStream> {
    crate::drop_order::struct_part_checks(named, &format!("__coro_rest{id}_"), |ty| {
        format!(
            "coro: this `{ty} {{ .. }}` pattern leaves two fields of the value it \
             matches that need drop under `_`; the coroutine keeps them to the end of \
             the branch in the order the pattern lists them, Rust in their declaration \
             order, which the macro cannot see. Bind them by name (`a: _a`), or bind \
             the value first"
        )
    })
}

/// The check that at most one of the parts a slice pattern leaves in runs
/// apart (`[_, b, .., _]`) needs drop: Rust drops what is left of an array
/// the last run first, the holder in the pattern's order.
fn slice_runs_check(kept: &KeptRest, span: Span) -> TokenStream {
    let parts: Vec<TokenStream> = (0..kept.count)
        .map(|k| rest_part(kept.id, k).to_token_stream())
        .collect();
    crate::drop_order::at_most_one_needs_drop(
        &parts,
        "coro: this slice pattern leaves elements of the array it matches apart, which need \
         drop; Rust drops them one run at a time, the last run first, and the coroutine keeps \
         them to the end of the branch in the pattern's order. Bind them by name (`[_a, b, \
         _c]`), or bind the array first",
        span,
    )
}

/// The names of the holders `keep_rest` made from counter `from` on (their
/// borrows are the scrutinee's, `lower_expr`).
pub(super) fn rest_holder_names(from: usize, to: usize) -> impl Iterator<Item = String> {
    (from..to).map(|id| format!("__coro_rest{id}"))
}

impl Lowerer {
    /// Whether what the patterns of a suspending `match` (`if let`, `while
    /// let`) leave of its scrutinee `e` is kept to the end of the branch
    /// (`keep_rest`): when the scrutinee is a value the branch owns (awaited,
    /// or not a place: `match (Pair { .. })`, `if let Some(ref x) = make()`)
    /// and a pattern binds from it (`binds`), so moves its parts out. One
    /// that no pattern binds from stays whole (a statement temporary, or an
    /// awaited value dropped after the `match`).
    pub(super) fn keeps_rest(&self, e: &Expr, binds: bool) -> bool {
        binds && (self.suspends(e) || is_owned_scrutinee(e))
    }

    /// Opens the scope of a branch whose pattern is `pat` (`own_scope`; a
    /// `while let`'s is the loop's) and declares its bindings; `keep`: what
    /// it leaves of the scrutinee is kept (`keep_rest`, `keeps_rest`). The
    /// caller emits the pattern, then calls `enter_branch` where its
    /// bindings come into scope, and `close_branch` at the branch's end.
    ///
    /// A `mut` binding of the pattern of a branch whose body suspends
    /// (`body_suspends`) may be changed only after a suspension, in another
    /// arm: the segment that binds it would only move it into the state,
    /// and rustc would call its `mut` unneeded (`unused_mut`), which the
    /// `async fn` does not. So such a pattern is bound apart
    /// (`declare_pattern_apart`): it binds `mut __coro_bound7` (a name
    /// with `_` first, never linted), moved into `v` by an allowed `let mut
    /// v` where the branch begins. The user's unneeded `mut` there is then
    /// not reported (a lint lost, never one added).
    pub(super) fn declare_branch_pattern(
        &mut self,
        pat: &Pat,
        keep: bool,
        against_ref: bool,
        own_scope: bool,
        body_suspends: bool,
    ) -> BranchPattern {
        let mut rest = if keep { self.keep_rest(pat) } else { None };
        if own_scope {
            self.open_scope();
        }
        let pat = match &mut rest {
            Some(kept) => {
                let pat = self.declare_pattern_apart(kept.plain.clone(), against_ref);
                let named = kept.named(&pat);
                kept.order_checks = order_checks(&named, kept.id);
                if crate::syntax::slices::slice_leaves_split_runs(&kept.plain) {
                    kept.order_checks.push(slice_runs_check(kept, named.span()));
                }
                named
            }
            None if body_suspends && crate::syntax::pattern::binds_mut(pat) => {
                self.declare_pattern_apart(pat.clone(), against_ref)
            }
            None => self.declare_pattern_against(pat.clone(), against_ref),
        };
        BranchPattern {
            pat,
            rest,
            own_scope,
        }
    }

    /// Where a branch pattern's bindings come into scope: the holder of
    /// what it leaves, then its bindings (moved into their homes), then its
    /// `ref` bindings into the holder.
    pub(super) fn enter_branch(&mut self, branch: &BranchPattern) {
        if let Some(kept) = &branch.rest {
            self.init_rest(kept);
        }
        self.flush_homes();
        if let Some(kept) = &branch.rest {
            self.bind_rest_refs(kept);
        }
    }

    /// Closes the scopes `declare_branch_pattern` opened.
    pub(super) fn close_branch(&mut self, branch: &BranchPattern) {
        for _ in 0..branch.scopes() {
            self.close_scope();
        }
    }

    /// For a branch whose pattern moves parts out of its scrutinee (an
    /// owned one, `keeps_rest`): Rust keeps what the chosen pattern leaves
    /// of the value (the parts under `_`, and those `ref` bindings borrow)
    /// to the end of the `match` (of the `if let`'s `then`, of the `while
    /// let`'s body), after the branch's bindings; the machine would drop it
    /// at the branch's first suspension (it cannot carry a partly moved
    /// value on). So the pattern binds those parts too, and they are moved
    /// into one tuple, a binding (`holder`) declared in a scope of its own
    /// around the branch's (opened here) and never moved: it is held to the
    /// branch's end and drops after the branch's bindings, its parts in the
    /// pattern's order, on every path out of the branch and when the
    /// machine is dropped at a suspension in it. A `ref x` becomes `let x =
    /// &holder.k;` (see `bind_rest_refs`), so a borrow of it held across a
    /// suspension gives the holder a home, as any binding. The branch's own
    /// bindings are bound apart (`declare_pattern_apart`) and declared
    /// after the holder, so that a branch that does not suspend drops them
    /// first too. `None` (nothing opened) when the pattern leaves nothing
    /// to name.
    fn keep_rest(&mut self, pat: &Pat) -> Option<KeptRest> {
        let (plain, parts) = crate::syntax::pattern::rest_parts(pat)?;
        if parts.is_empty() {
            return None;
        }
        let id = self.rest_count;
        self.rest_count += 1;
        let name = format!("__coro_rest{id}");
        let mutable = parts.iter().any(|p| matches!(p, Some((_, true))));
        self.open_scope();
        let ident = Ident::new(&name, Span::mixed_site());
        let holder = self.out.vars.declare(name, ident, mutable, VarKind::User);
        self.out.vars.all[holder].slottable = true;
        self.mark_declared_since(holder);
        let count = parts.len();
        let refs = parts
            .into_iter()
            .enumerate()
            .filter_map(|(k, p)| p.map(|(i, m)| (k, i, m)))
            .collect();
        Some(KeptRest {
            plain,
            holder,
            count,
            refs,
            id,
            order_checks: Vec::new(),
        })
    }

    /// The holder's `let`: the parts the pattern bound, in one tuple.
    fn init_rest(&mut self, kept: &KeptRest) {
        for check in &kept.order_checks {
            self.emit(quote!(#check;));
        }
        let values = (0..kept.count).map(|k| rest_part(kept.id, k));
        self.let_var(kept.holder, quote!((#(#values,)*)));
    }

    /// The `ref` bindings of a kept rest: `let x = &holder.k;`, lowered as
    /// the user's own `let` (so the borrow is seen by the home plan).
    fn bind_rest_refs(&mut self, kept: &KeptRest) {
        let holder = Ident::new(&self.out.vars.all[kept.holder].name, Span::mixed_site());
        for (k, ident, mutable) in &kept.refs {
            let index = syn::Index::from(*k);
            let local: Stmt = if *mutable {
                syn::parse_quote!(let #ident = &mut #holder.#index;)
            } else {
                syn::parse_quote!(let #ident = &#holder.#index;)
            };
            if let Stmt::Local(local) = local {
                self.lower_local(&local);
            }
        }
    }
}

/// A `match` on a binding that some arms move and others leave whole
/// (`syntax::pattern::arms_leave_whole`: `Ok(v) => .., Err(_) => ..`): Rust
/// moves it on the paths of the arms that bind by value only, and drops
/// what the others leave at the end of the binding's scope (a drop flag:
/// liveness gives the binding a home, `Plan::cond_moved`).
pub(super) struct LeftBinding {
    var: VarId,
    name: Ident,
    /// The binding has a home and every arm moves all of it or binds
    /// nothing (`arms_read_whole`): the scrutinee is read out of the home,
    /// and an arm that binds nothing puts the value back first thing (it
    /// moved nothing out of it). Otherwise the scrutinee is a place.
    pub(super) put_back: bool,
    /// Some arm binds by value.
    moves: bool,
}

impl Lowerer {
    /// The scrutinee binding of `m`, if its arms leave it whole on some
    /// paths and may move it on others.
    pub(super) fn arms_leave_binding(&self, m: &syn::ExprMatch) -> Option<LeftBinding> {
        let name = bare_ident(strip_parens(&m.expr))?;
        let var = self.out.vars.resolve(&name.to_string())?;
        let pats: Vec<&Pat> = m.arms.iter().map(|a| &a.pat).collect();
        if !crate::syntax::pattern::arms_leave_whole(&pats) {
            return None;
        }
        Some(LeftBinding {
            var,
            name: name.clone(),
            put_back: self.is_homed_binding(&m.expr)
                && crate::syntax::pattern::arms_read_whole(&pats),
            moves: pats
                .iter()
                .any(|p| crate::syntax::pattern::binds_by_value(p)),
        })
    }

    /// A `match` kept as written (its arms do not suspend): the binding is
    /// moved on some paths only.
    pub(super) fn note_moved_by_some_arm(&mut self, l: &LeftBinding) {
        if l.moves && self.out.vars.all[l.var].slot.is_none() {
            self.flow.moved.insert(l.var);
        }
    }

    /// A flattened arm with pattern `pat` (declared as `branch`): one that
    /// binds by value moves the binding on its path; with `put_back`, one
    /// that binds nothing binds the value read out of the home as a whole
    /// (`__coro_left @ (pat)`) and the statement returned puts it back.
    pub(super) fn arm_leaves_binding(
        &mut self,
        l: &LeftBinding,
        pat: &Pat,
        branch: &mut BranchPattern,
    ) -> Option<Stmt> {
        if crate::syntax::pattern::binds_by_value(pat) {
            if self.out.vars.all[l.var].slot.is_none() {
                self.flow.moved.insert(l.var);
                self.flow.moved_surely.insert(l.var);
            }
            return None;
        }
        if !l.put_back {
            return None;
        }
        let left = Ident::new("__coro_left", Span::mixed_site());
        let inner = branch.pat.clone();
        branch.pat = syn::parse_quote!(#left @ (#inner));
        let name = &l.name;
        Some(syn::parse_quote!(#name = #left;))
    }
}
