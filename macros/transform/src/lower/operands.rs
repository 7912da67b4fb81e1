//! THE operand-order rule: operands are evaluated left to right, those before the last suspending one into temporaries (places and constants read in place). Calls, methods, indexing, literals, ranges, binary operators and macros all use it.

use super::*;

impl Lowerer {
    /// Operands in Rust's evaluation order: every operand before the last one
    /// that suspends is evaluated into a temporary first, unless it is a
    /// side-effect-free place or constant (those are read in place, after).
    /// With `receiver`, the first operand is a method receiver or indexed
    /// place: a place there is never moved into a temporary.
    pub(super) fn lower_operands(
        &mut self,
        operands: &[&Expr],
        receiver: bool,
    ) -> Vec<TokenStream> {
        let operands: Vec<(&Expr, Ctx)> = operands
            .iter()
            .enumerate()
            .map(|(i, &e)| {
                let ctx = if receiver && i == 0 {
                    Ctx::Receiver
                } else {
                    Ctx::Value
                };
                (e, ctx)
            })
            .collect();
        self.lower_operands_in(&operands)
    }

    /// THE operand-order rule, for every form that evaluates operands left
    /// to right (calls, methods, literals, macros). Each operand comes with
    /// how it is used: `Ctx::Receiver` (a method receiver or indexed place:
    /// never moved into a temporary), `Ctx::Place` (borrowed where it is
    /// used, as a format argument is: never read by value), or `Ctx::Value`.
    pub(super) fn lower_operands_in(&mut self, operands: &[(&Expr, Ctx)]) -> Vec<TokenStream> {
        let operands: Vec<(&Expr, Ctx, At)> = operands
            .iter()
            .map(|&(e, ctx)| (e, ctx, At::Value))
            .collect();
        self.lower_operands_at(&operands)
    }

    /// [`Self::lower_operands_in`], each operand also with where it stands
    /// for the statement-temporaries rule (`temps::At`: the operands of a
    /// comparison are borrowed, so a value there is a temporary).
    pub(super) fn lower_operands_at(
        &mut self,
        operands_at: &[(&Expr, Ctx, At)],
    ) -> Vec<TokenStream> {
        let operands: Vec<(&Expr, Ctx)> = operands_at.iter().map(|&(e, ctx, _)| (e, ctx)).collect();
        let ats: Vec<At> = operands_at.iter().map(|&(_, _, at)| at).collect();
        let last_await = operands.iter().rposition(|(e, _)| self.suspends(e));
        let changed = self.changed_by_suspending(&operands);
        if let Some(last) = last_await {
            self.refuse_borrows_through_changed(&operands[..last], &changed);
        }
        // Inside an operand evaluated before a later suspension, an operand
        // after the last one that suspends may bind statement temporaries
        // (`temps::At`): the operands before it are evaluated first.
        let last_temps = (self.hoisting > 0)
            .then(|| {
                operands
                    .iter()
                    .zip(&ats)
                    .rposition(|(&(e, _), &at)| !self.suspends(e) && binds_temps(e, at))
            })
            .flatten();
        let last = last_await.max(last_temps);
        // A place read by value before a later operand that is evaluated
        // now and names its root (`g(n, bump(&mut n), f().await)`, `n +
        // n.inc() + f().await`) is read now too: in place, after the
        // suspension, it would see that operand's change.
        let named_later: Vec<VarSet> = (0..operands.len())
            .map(|i| match last {
                Some(l) if i < l => operands[i + 1..=l]
                    .iter()
                    .flat_map(|(e, _)| self.named_vars(e))
                    .collect(),
                _ => VarSet::new(),
            })
            .collect();
        let vals: Vec<Operand> = operands
            .iter()
            .enumerate()
            .map(|(i, &(op, ctx))| {
                let before = last.is_some_and(|l| i < l);
                let changed: VarSet = changed.union(&named_later[i]).copied().collect();
                self.lower_operand(op, ctx, ats[i], before, &changed)
            })
            .collect();
        // Places and constants before the suspension are read in place,
        // after it: lower them now, in the block that reads them.
        vals.into_iter().map(|v| self.operand_tokens(v)).collect()
    }

    /// The bindings `e` names (any identifier of its tokens that resolves
    /// to one in scope: a superset, which only reads a place earlier).
    fn named_vars(&self, e: &Expr) -> VarSet {
        let mut names = Vec::new();
        collect_idents(e.to_token_stream(), &mut names);
        names
            .iter()
            .filter_map(|n| self.out.vars.resolve(n))
            .collect()
    }

    /// Bindings a suspending operand assigns (`x = ..`, `x += ..`,
    /// `(x, y) = ..`) or borrows mutably: an earlier place operand that
    /// reads one must read it before that operand runs (Rust's order).
    fn changed_by_suspending(&self, operands: &[(&Expr, Ctx)]) -> VarSet {
        let mut changed = VarSet::new();
        for (op, _) in operands.iter().filter(|(e, _)| self.suspends(e)) {
            for name in crate::analyse::borrows::changed_names(op) {
                changed.extend(self.out.vars.resolve(&name));
            }
        }
        changed
    }

    /// A borrow or receiver through a binding a later suspending operand
    /// re-points (`&*r`, `r.f`, `r.m()` with `r = &mut other` later) would
    /// borrow the old target in Rust and the new one in the machine: refused.
    fn refuse_borrows_through_changed(&mut self, earlier: &[(&Expr, Ctx)], changed: &VarSet) {
        for &(op, ctx) in earlier {
            if self.suspends(op) || !is_place_or_const(op) {
                continue;
            }
            let Some(root) = place_root_ident(op) else {
                continue;
            };
            let Some(id) = self.out.vars.resolve(&root.to_string()) else {
                continue;
            };
            // By-value reads are hoisted; borrows and receivers cannot be.
            if changed.contains(&id)
                && (is_borrowed(op, ctx) || matches!(ctx, Ctx::Receiver | Ctx::Callee))
            {
                let rule = Rule::OperandBorrowsChanged {
                    root: root.to_string(),
                };
                self.errors.push(rule.at(op.span()));
            }
        }
    }

    /// One operand: `before` the last suspending one, it is evaluated now
    /// (into a temporary) unless it is a place or constant that can be read
    /// in place later; a place whose index a later operand changes has its
    /// index evaluated now.
    fn lower_operand(
        &mut self,
        op: &Expr,
        ctx: Ctx,
        at: At,
        before: bool,
        changed: &VarSet,
    ) -> Operand {
        // A callee is used in place like a receiver (borrowed by an `Fn` or
        // `FnMut` call), and one that must be evaluated now (`make()(..)`)
        // goes into a mutable temporary.
        let receiver = matches!(ctx, Ctx::Receiver | Ctx::Callee);
        if self.suspends(op) {
            self.hoisting += usize::from(before);
            let v = if matches!(op, Expr::Field(_)) {
                self.lower_field_of_suspending(op, FieldUse::of_operand(ctx, at))
            } else {
                self.lower_expr(op)
            };
            self.hoisting -= usize::from(before);
            // A field of a value held to the statement's end, or a
            // reference to it (`f().await.0 == g().await`, `consume(&f()
            // .await.b, g().await)`), is a place: read where it is used,
            // after the later suspension (moving it, or holding a borrow
            // of the held value beside it, would not be Rust's).
            let held_place = self.is_place_of_held_temp(&v);
            let v = if before && !held_place {
                self.operand_binding(v, receiver)
            } else {
                v
            };
            self.note_borrowed_receiver(&v, op);
            return Operand::Ready(v);
        }
        if !before {
            // Evaluated after the suspension, in place; inside an operand
            // that is itself evaluated before a later one, its temporaries
            // must outlive that one too.
            let op = if self.hoisting > 0 {
                self.bind_statement_temps(op, at)
            } else {
                op.clone()
            };
            return Operand::Ready(self.fragment_expr(op, ctx));
        }
        if (ctx == Ctx::Place || (ctx == Ctx::Receiver && !is_place_or_const(op)))
            && is_place_expr(op)
        {
            // Borrowed in place by the macro, or a receiver place with a
            // computed index (`rows[i + 1].push(f().await)`, autoref'd by
            // Rust): only its index operands are evaluated now.
            return Operand::InPlace(Box::new(self.hoist_place_operands(op)), ctx);
        }
        let changed_here = |names: Vec<String>| {
            names
                .iter()
                .filter_map(|n| self.out.vars.resolve(n))
                .any(|v| changed.contains(&v))
        };
        let root_changed = changed_here(
            place_root_ident(op)
                .map(ToString::to_string)
                .into_iter()
                .collect(),
        );
        // A binding a comparison borrows (`t < f().await`: Rust's
        // `PartialOrd::lt(&t, ..)`) stays where it is, unless a later
        // operand changes it (a primitive's operand is read first then).
        // Moved into the statement's temporary it would drop with them.
        let compared_binding =
            at == At::Place && bare_ident(strip_parens(op)).is_some() && !root_changed;
        let by_value = !receiver && !is_borrowed(op, ctx) && !compared_binding;
        if !is_place_or_const(op)
            || (by_value && (self.reads_place_by_value(op) || root_changed || self.moves_owner(op)))
            || borrows_indexed_place(op)
        {
            let hoisted = self.hoist_operand(op, ctx, receiver);
            if let Operand::Ready(v) = &hoisted {
                self.note_borrowed_receiver(v, op);
                self.note_held_borrows(v, op);
            }
            return hoisted;
        }
        if is_place_expr(op) && changed_here(index_names(op)) {
            // `v[i]` with `i` changed later: the index is read now.
            return Operand::InPlace(Box::new(self.hoist_place_operands(op)), ctx);
        }
        Operand::InPlace(Box::new(op.clone()), ctx)
    }

    /// A by-value read of a place (`*r`, `s.b`, `v[i]`, `x`) in a coroutine
    /// with homes: read before a later operand's suspension, as Rust orders
    /// it. The `async` copy checks Rust's order, and the place may be a home
    /// or reached through a reference into one that the later operand
    /// borrows mutably or ends (reading it afterwards would be undefined).
    /// Receivers are left in place (Rust borrows them two-phase, and a copy
    /// would lose a `&mut self` call's effect), and so are borrows (`&p`:
    /// the copy rejects a later conflicting borrow while they live).
    pub(super) fn reads_place_by_value(&self, op: &Expr) -> bool {
        if self.out.vars.home_plan.is_empty() {
            return false;
        }
        !matches!(strip_parens(op), Expr::Reference(_) | Expr::Lit(_))
    }

    /// A binding or a field of one (`t`, `p.a`) used by value, whose value
    /// may have drop glue: Rust moves it into the operand's temporary before
    /// a later operand's suspension, so a machine dropped there drops it
    /// with the statement's temporaries, before the locals (read in place
    /// after the suspension, it would drop as the binding, in the locals'
    /// order). An index (`v[i]`) read by value is `Copy`: read in place.
    fn moves_owner(&self, op: &Expr) -> bool {
        let e = strip_parens(op);
        matches!(e, Expr::Path(_) | Expr::Field(_))
            && place_root_ident(e)
                .and_then(|root| self.out.vars.resolve(&root.to_string()))
                .is_some_and(|v| !self.out.vars.all[v].no_drop_glue)
    }

    /// A place (`v[i + 1].f`) whose index operands are evaluated now, into
    /// temporaries; the place itself is read or borrowed where it is used
    /// (the caller lowers the returned place there, after the suspension).
    pub(super) fn hoist_place_operands(&mut self, e: &Expr) -> Expr {
        match e {
            Expr::Index(i) => {
                let mut i = i.clone();
                *i.expr = self.hoist_place_operands(&i.expr);
                if !matches!(&*i.index, Expr::Lit(_)) {
                    let index = self.hoist_operand(&i.index, Ctx::Value, false);
                    *i.index = Expr::Verbatim(self.operand_tokens(index));
                }
                Expr::Index(i)
            }
            Expr::Field(f) => {
                let mut f = f.clone();
                *f.base = self.hoist_place_operands(&f.base);
                Expr::Field(f)
            }
            Expr::Paren(p) => {
                let mut p = p.clone();
                *p.expr = self.hoist_place_operands(&p.expr);
                Expr::Paren(p)
            }
            other => other.clone(),
        }
    }

    /// A call: the callee, then the arguments, in Rust's order.
    pub(super) fn lower_call(&mut self, c: &syn::ExprCall) -> TokenStream {
        // The callee is used in place, as a receiver is (an `Fn` or
        // `FnMut` call borrows it): `g(x.await)` calls `g` itself.
        let mut operands: Vec<(&Expr, Ctx)> = vec![(&c.func, Ctx::Callee)];
        operands.extend(c.args.iter().map(|a| (a, Ctx::Value)));
        let mut vals = self.lower_operands_in(&operands);
        self.note_exploded_closure_call(c);
        if crate::syntax::expr::is_temporary_value(&c.func) {
            vals[0] = self.callee_after_suspension(&vals[0]);
        }
        let (func, args) = vals.split_first().expect("callee");
        // A field read as the callee (`(holder().cb)(x.await)`, its value
        // held as `__coro_tmp0.cb`) keeps its parentheses: without them it
        // is a method call (E0599).
        let field_callee = func
            .clone()
            .into_iter()
            .any(|t| matches!(t, proc_macro2::TokenTree::Punct(p) if p.as_char() == '.'));
        if field_callee {
            return quote!((#func)(#(#args),*));
        }
        quote!(#func(#(#args),*))
    }

    /// `&*c.borrow()`, `&mut *make()`: a borrow through a temporary (a
    /// guard, a box) that Rust keeps to the statement's end. The temporary
    /// is held so (what it borrows lives on) and dereferenced where the
    /// operand is used; moving its pointee into a temporary would be E0507.
    fn hoist_borrow_through_temporary(&mut self, r: &syn::ExprReference) -> Option<Operand> {
        let Expr::Unary(u) = strip_parens(&r.expr) else {
            return None;
        };
        let pointer = strip_parens(&u.expr);
        if !matches!(u.op, syn::UnOp::Deref(_))
            || !crate::syntax::expr::is_temporary_value(pointer)
            || made_from_temporary(pointer)
        {
            return None;
        }
        let value = self.bind_statement_temps(pointer, At::Value);
        let v = self.fragment_expr(value, Ctx::Value);
        let home = self.temp_binding(v, r.mutability.is_some());
        self.note_statement_temp(&home, pointer);
        let m = &r.mutability;
        Some(Operand::Ready(quote!(&#m *#home)))
    }

    /// Evaluates an await-free operand now, into a temporary. `&value` keeps
    /// the *value* in the temporary and borrows it where it is used, so no
    /// reference is held across the suspension.
    pub(super) fn hoist_operand(&mut self, op: &Expr, ctx: Ctx, mutable: bool) -> Operand {
        let inner = strip_parens(op);
        if let Expr::Reference(r) = inner {
            if is_place_expr(&r.expr) {
                // A borrow of a place borrows that place, not a copy of it:
                // only its index operands are evaluated now.
                let mut r = r.clone();
                *r.expr = self.hoist_place_operands(&r.expr);
                return Operand::InPlace(Box::new(Expr::Reference(r)), ctx);
            }
            if let Some(through) = self.hoist_borrow_through_temporary(r) {
                return through;
            }
            // `&make().1` borrows the field in place: the value is held
            // whole to the statement's end (`fields.rs`).
            let (referent, members) = fields::field_path(&r.expr)
                .filter(|(root, _)| !made_from_temporary(root))
                .unwrap_or((&r.expr, Vec::new()));
            let value = self.bind_statement_temps(referent, At::Value);
            let v = self.fragment_expr(value, Ctx::Value);
            let home = self.temp_binding(v, r.mutability.is_some());
            self.push_statement_temp(self.out.vars.all.len() - 1, inner);
            let m = &r.mutability;
            return Operand::Ready(quote!(&#m #home #(.#members)*));
        }
        // A field of a value, borrowed as a receiver or callee
        // (`make().b.plus(f().await)`): the value is held whole to the
        // statement's end and the field read in place (`fields.rs`).
        if matches!(ctx, Ctx::Receiver | Ctx::Callee)
            && fields::field_path(inner).is_some_and(|(root, _)| {
                crate::syntax::expr::is_temporary_value(root) && !made_from_temporary(root)
            })
        {
            let inner = self.bind_statement_temps(inner, At::Place);
            return Operand::Ready(self.fragment_expr(inner, ctx));
        }
        // Without its parentheses: they would be `unused_parens` in a `let`.
        // Its own temporaries live to the statement's end (`temps::At`).
        if let Some(span) = temp_syntax::block_tail_making_temporaries(inner) {
            self.require_edition_2024(span, temps::BLOCK_TAIL_RULE);
        }
        let inner = self.bind_statement_temps(inner, At::Value);
        let v = self.fragment_expr(inner, ctx);
        Operand::Ready(self.operand_binding(v, mutable))
    }

    /// A method's receiver the call borrows, just evaluated into a
    /// temporary: one of the statement's from here on (Rust's autoref makes
    /// it one), so an exit in a later argument drops it after the statement
    /// temporaries made since, as Rust does.
    fn note_borrowed_receiver(&mut self, v: &TokenStream, op: &Expr) {
        if self.borrowed_receiver == Some(ExprId::of(op)) {
            self.note_statement_temp(v, op);
        }
    }

    /// The tokens of a lowered operand; one read in place is lowered now.
    pub(super) fn operand_tokens(&mut self, op: Operand) -> TokenStream {
        match op {
            Operand::Ready(tokens) => tokens,
            Operand::InPlace(e, ctx) => self.fragment_expr(*e, ctx),
        }
    }
}

/// An operand evaluated before a later operand's suspension.
pub(super) enum Operand {
    /// Evaluated (into a temporary, or it is the suspension's value).
    Ready(TokenStream),
    /// A place or constant read where it is used, after the suspension (its
    /// index operands already evaluated into temporaries).
    InPlace(Box<Expr>, Ctx),
}

/// An operand used by reference where it stands: a format argument, or an
/// explicit `&place`.
fn is_borrowed(op: &Expr, ctx: Ctx) -> bool {
    ctx == Ctx::Place || matches!(strip_parens(op), Expr::Reference(_))
}
