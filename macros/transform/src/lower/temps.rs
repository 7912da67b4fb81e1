//! Temporaries: made for evaluated operands, dropped where Rust drops a statement's temporaries, or extended by a `let`.

use super::*;
use crate::syntax::expr::is_temporary_value;
use temp_syntax::{macro_operands, operands_of, rebuild, span_key};

/// Where editions 2021 and 2024 end a block tail's temporaries.
pub(super) const BLOCK_TAIL_RULE: &str = "edition 2024 drops the temporaries of a block's tail \
     at the block's end, earlier editions at the end of the enclosing statement";

impl Lowerer {
    pub(super) fn temp_binding(&mut self, value: TokenStream, mutable: bool) -> TokenStream {
        let value = without_parens(value);
        let v = self.out.vars.temp(mutable);
        let ident = self.out.vars.all[v].ident.clone();
        let m = mutable.then(|| quote!(mut));
        // Declared first: the initialiser's temporaries are uses, this one is not.
        self.mark_declared_since(v);
        self.emit(quote!(let #m #ident = #value;));
        // Its own `let` names it, which `note_temps` counted as a move: it
        // is not moved before its first use (see `Var::held_to_use`).
        self.flow.moved.remove(&v);
        self.flow.moved_surely.remove(&v);
        ident.into_token_stream()
    }

    /// An operand evaluated now into a temporary, used by a later part of
    /// its expression: held until that use (see `Var::held_to_use`).
    pub(super) fn operand_binding(&mut self, value: TokenStream, mutable: bool) -> TokenStream {
        let tokens = self.temp_binding(value, mutable);
        if let Some(v) = self.out.vars.temp_id(&tokens.to_string()) {
            self.out.vars.all[v].held_to_use = true;
        }
        tokens
    }

    /// Drops, at the end of a statement that suspends, the temporaries it
    /// made for values it uses by reference: Rust drops a statement's
    /// temporaries there, and the `async` copy is checked against that (a
    /// temporary borrowing a homed local that outlived its statement could
    /// outlive the local). Temporaries of a `let` whose value may extend
    /// them (`let r = &x.await;`) live on, as in Rust.
    pub(super) fn drop_statement_temps(&mut self, from: usize, extended: &BTreeSet<ExprId>) {
        let temps: Vec<(VarId, ExprId)> = self
            .ref_temps
            .drain(from..)
            .filter(|(_, node)| !extended.contains(node))
            .collect();
        self.drop_temps(&temps);
    }

    /// Drops the given temporaries that are still in scope now, the most
    /// recently made first, as Rust drops them (a temporary's id is its
    /// order of creation: a hoisted receiver is noted after its arguments'
    /// temporaries but made before them).
    pub(super) fn drop_temps(&mut self, temps: &[(VarId, ExprId)]) {
        if self.terminated() {
            return;
        }
        for (v, code) in self.temp_drops(temps) {
            self.emit(code);
            self.flow.moved.insert(v);
        }
    }

    /// The drops `drop_temps` emits, in its order, for code that places
    /// them itself (a `let .. else`'s `else`, see `lower_let_else`).
    pub(super) fn temp_drops(&self, temps: &[(VarId, ExprId)]) -> Vec<(VarId, TokenStream)> {
        let mut ids: Vec<VarId> = temps.iter().map(|&(v, _)| v).collect();
        ids.sort();
        ids.into_iter()
            .rev()
            .filter(|v| self.out.vars.scopes.iter().any(|s| s.contains(v)))
            .map(|v| {
                // Generated (mixed-site) tokens: a drop of a reference or a
                // `Copy` value is not linted as the user's.
                let ident = &self.out.vars.all[v].ident;
                (v, quote!(::core::mem::drop(#ident);))
            })
            .collect()
    }

    /// An expression whose temporaries live on past its evaluation (a
    /// scrutinee, a `for` head: `temps::At`), lowered with them bound.
    pub(super) fn lower_held_operand(&mut self, e: &Expr) -> TokenStream {
        self.hoisting += 1;
        let v = if self.suspends(e) {
            self.lower_expr(e)
        } else {
            let e = self.bind_statement_temps(e, At::Value);
            self.fragment_expr(e, Ctx::Value)
        };
        self.hoisting -= 1;
        v
    }

    /// An `if let`'s scrutinee temporaries drop after its `then` branch's
    /// bindings (its locals, then the pattern's): in a join after the
    /// branch, outside its scope (made before the branch's scope opens).
    pub(super) fn after_then_block(
        &mut self,
        temps: &[(VarId, ExprId)],
        line: usize,
    ) -> Option<(BlockId, VarId)> {
        (!temps.is_empty()).then(|| {
            let b = self.new_block(
                BlockKind::Join,
                "AfterThen",
                format!("After the `then` branch of the `if` at line {line}."),
            );
            (b, self.join_result(b))
        })
    }

    /// Ends an `if`'s `then` branch (its `scopes` open) with value `v`: to
    /// `join`, through `after_then` where the scrutinee's temporaries drop.
    pub(super) fn end_then_branch(
        &mut self,
        v: TokenStream,
        join: BlockId,
        after_then: Option<(BlockId, VarId)>,
        temps: &[(VarId, ExprId)],
        scopes: usize,
    ) {
        match after_then {
            Some((after, value)) if !self.terminated() => {
                self.goto(after, vec![v]);
                for _ in 0..scopes {
                    self.close_scope();
                }
                self.switch_to(after);
                self.drop_temps(temps);
                let v = self.out.vars.all[value].ident.to_token_stream();
                self.goto(join, vec![v]);
            }
            _ => {
                self.goto(join, vec![v]);
                for _ in 0..scopes {
                    self.close_scope();
                }
            }
        }
    }

    /// A block's tail: its temporaries drop when its value is computed,
    /// before the block's locals (edition 2024), except those a `let`
    /// around the block extends (`let r = { .. &make() };`).
    /// `block_has_locals`: the block declares a local (which edition 2021
    /// drops before the tail's temporaries, edition 2024 after).
    pub(super) fn lower_tail(&mut self, e: &Expr, block_has_locals: bool) -> TokenStream {
        let from = self.ref_temps.len();
        let value = self.lower_expr(e);
        let mut extended = BTreeSet::new();
        extending_borrows(e, &mut extended);
        let temps: Vec<(VarId, ExprId)> = self.ref_temps[from..]
            .iter()
            .filter(|(_, node)| !extended.contains(node))
            .copied()
            .collect();
        if temps.is_empty() || self.terminated() {
            return value;
        }
        self.ref_temps.retain(|t| !temps.contains(t));
        let same_in_2021 = !block_has_locals && self.final_tails.contains(&span_key(e));
        if !same_in_2021 {
            self.require_edition_2024(e.span(), BLOCK_TAIL_RULE);
        }
        let value = self.temp_binding(value, false);
        self.drop_temps(&temps);
        value
    }

    /// A compile-time assertion that the crate is in edition 2024 or later,
    /// where a statement's temporaries are placed by a rule of edition
    /// 2024 that an earlier edition does not have (`rule` says which, and
    /// what to write): an earlier edition would keep them longer, so the
    /// coroutine would drop them before the same `async fn` does.
    pub(super) fn require_edition_2024(&mut self, span: Span, rule: &str) {
        let is_2024 = crate::private_api::IS_EDITION_2024.at(span);
        let message = format!(
            "coro: {rule}; here, where the statement suspends, this coroutine drops them as \
             edition 2024 does, but this crate is in an earlier edition: use edition 2024, \
             or bind the value to a `let` first"
        );
        self.emit(quote_spanned! {span=>
            const _: () = ::core::assert!(#is_2024(&|| ::core::panic!()), #message);
        });
    }

    /// A condition (`if c`, `while c`, an operand of `&&`/`||`): a
    /// temporary scope of its own, so the temporaries it holds across its
    /// suspensions drop before the enclosing statement's operands do
    /// (`Var::statement_start`).
    pub(super) fn lower_condition(&mut self, cond: &Expr) -> TokenStream {
        let enclosing = self.begin_temp_scope();
        let c = self.lower_expr(cond);
        self.end_temp_scope(enclosing);
        c
    }

    /// A condition (`if c`, `while c`) that made temporaries used by
    /// reference: Rust drops them when the condition is evaluated, before
    /// the branch; so the condition's value is bound first.
    pub(super) fn settle_condition(&mut self, from: usize, c: TokenStream) -> TokenStream {
        let temps: Vec<(VarId, ExprId)> = self.ref_temps.drain(from..).collect();
        if temps.is_empty() {
            return c;
        }
        let value = self.temp_binding(c, false);
        self.drop_temps(&temps);
        value
    }
}

/// THE statement-temporaries rule (edition 2024). A value expression in a
/// place context (a method receiver that is autoref'd, the operand of `&`,
/// an operand of a comparison, the base of a field or index, a `match`
/// scrutinee no arm binds from; the like inside the std macros that
/// `temp_syntax::macro_operands` reads) is
/// a temporary that lives to the end of its enclosing statement. When such
/// an expression is evaluated before a later suspension of its statement
/// (a hoisted operand, the awaited expression, a scrutinee whose arms
/// suspend), the temporary is made a binding of its own, noted in
/// `ref_temps`, so that it is held across the suspension and dropped where
/// Rust drops it (`drop_statement_temps`, the scrutinee's end, a block's
/// tail). The receiver rule (`syntax::moves`): a receiver is taken to be
/// borrowed unless the method is known to take `self` by value; if it does
/// take `self`, the drop at the statement's end is E0382 "use of moved
/// value" (rewrite: `Type::method(receiver)`), never a different run.
/// A temporary made from another one (`make().as_str()`) may borrow it and
/// is not bound (a temporary cannot have a home): it drops when the
/// expression that uses it is evaluated.
/// Operands evaluated before such a temporary are evaluated first, into
/// temporaries, so that Rust's order is kept. Blocks, closures, conditions,
/// the operands of `&&`/`||`, arms and the other macros are temporary
/// scopes of their own (or opaque): not entered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum At {
    /// The value is used as it is (moved or copied).
    Value,
    /// Rust makes a temporary of a value here (see above).
    Place,
}

impl Lowerer {
    /// `e` (await-free) with its statement temporaries bound now (see
    /// [`At`]); the returned expression is evaluated next, in place.
    pub(super) fn bind_statement_temps(&mut self, e: &Expr, at: At) -> Expr {
        if at == At::Value
            && let Some(field) = self.bind_moved_field(e)
        {
            return field;
        }
        if let Some(rebuilt) = self
            .bind_consumed_receiver(e)
            .or_else(|| self.bind_struct_update(e))
        {
            return self.bind_as_statement_temp(e, at, rebuilt);
        }
        if !binds_temps(e, at) {
            return e.clone();
        }
        let rebuilt = match macro_operands(e) {
            Some((mut args, ats)) => {
                let ops: Vec<(&Expr, At)> = args.args.iter().map(|a| &a.expr).zip(ats).collect();
                let vals = self.bind_operand_temps(&ops);
                for (arg, v) in args.args.iter_mut().zip(vals) {
                    arg.expr = v;
                }
                // Still a macro: the fragment pass reads its operands.
                let mut e = e.clone();
                if let Expr::Macro(m) = &mut e {
                    m.mac.tokens = args.to_tokens();
                }
                e
            }
            None => {
                let ops = operands_of(e);
                let vals = self.bind_operand_temps(&ops);
                rebuild(e, vals)
            }
        };
        self.bind_as_statement_temp(e, at, rebuilt)
    }

    /// `rebuilt` (`e` with its operands' temporaries bound), itself bound
    /// as a statement temporary when it is one.
    fn bind_as_statement_temp(&mut self, e: &Expr, at: At, rebuilt: Expr) -> Expr {
        // A value made directly from a temporary (called on it, or given a
        // reference to it: `format!(..).as_bytes()`, `Some(&make())`) may
        // borrow it, and a temporary cannot have a home: such a value
        // stays a temporary of the expression that uses it.
        if at == At::Place && is_temporary_value(e) && !made_from_temporary(e) {
            let v = self.fragment_expr(rebuilt, Ctx::Value);
            let tokens = self.temp_binding(v, true);
            self.note_statement_temp(&tokens, e);
            return Expr::Verbatim(tokens);
        }
        rebuilt
    }

    /// `make().sum()`, before a later suspension of its statement: a
    /// temporary receiver of a method that the receiver rule takes, by its
    /// name, to move it. It is evaluated first and split by its type
    /// (`lower::receiver_check::held_receiver`): the call takes it where
    /// std's method of that name takes `self`, else it is held as a
    /// temporary of the statement and borrowed, to the `;` as in Rust; for
    /// a prefix name (`make().into_text()`) the call takes it, checked by
    /// rustc's lookup (`Lowerer::by_value_lookup_check`). Its
    /// arguments are evaluated after it, as in Rust. `None` for any other
    /// expression, and for a receiver made from a temporary (it may borrow
    /// it: it stays where it is).
    fn bind_consumed_receiver(&mut self, e: &Expr) -> Option<Expr> {
        // Without the user's parentheses, which the split receiver no longer
        // needs (`match (P2 { .. }.sum())` would be `unused_parens`).
        let e = strip_parens(e);
        let Expr::MethodCall(m) = e else {
            return None;
        };
        if !temp_syntax::holds_consumed_receiver(e) || self.suspends(e) {
            return None;
        }
        let lookup = crate::syntax::moves::std_takers(&m.method)
            .is_none()
            .then_some(&crate::private_api::METHOD_TAKEN_TO_MOVE_ITS_RECEIVER_BORROWS_IT);
        Some(self.call_on_bound_receiver(m, lookup))
    }

    /// `m` with its temporary receiver bound first, then its arguments (as
    /// Rust evaluates them). `lookup`: the receiver is taken by the call,
    /// checked by rustc's by-value lookup in that macro
    /// (`Lowerer::by_value_lookup_check`); `None`: it is split by its type
    /// (`Lowerer::held_receiver`, a name of `std_takers`).
    pub(super) fn call_on_bound_receiver(
        &mut self,
        m: &syn::ExprMethodCall,
        lookup: Option<&crate::private_api::Private>,
    ) -> Expr {
        let value = match strip_parens(&m.receiver) {
            // A builder chain's link (`client.get(u).header(k, v)` before
            // `.send().await`): taken to move its temporary receiver, checked.
            Expr::MethodCall(link) if lookup.is_some() && temp_syntax::builder_link(link) => {
                self.chained_receiver(link)
            }
            receiver => self.bind_statement_temps(receiver, At::Value),
        };
        let tokens = self.fragment_expr(value, Ctx::Value);
        let receiver = match lookup {
            None => self.held_receiver(tokens, m),
            Some(_) => self.operand_binding(tokens, true),
        };
        let ops: Vec<(&Expr, At)> = m.args.iter().map(|a| (a, At::Value)).collect();
        let args = self.bind_operand_temps(&ops);
        if let Some(check) = lookup {
            self.by_value_lookup_check(&receiver, m, &args, check);
        }
        let mut call = m.clone();
        call.receiver = Box::new(Expr::Verbatim(receiver));
        for (arg, v) in call.args.iter_mut().zip(args) {
            *arg = v;
        }
        Expr::MethodCall(call)
    }

    /// Operands in Rust's order, the last one that makes a statement
    /// temporary included: those before it are evaluated now (places and
    /// constants read in place, unless that operand changes them).
    pub(super) fn bind_operand_temps(&mut self, ops: &[(&Expr, At)]) -> Vec<Expr> {
        match ops.iter().rposition(|&(o, at)| binds_temps(o, at)) {
            Some(last) => self.bind_operands_through(ops, last),
            None => ops.iter().map(|(o, _)| (*o).clone()).collect(),
        }
    }

    /// Operands in Rust's order: those before `last` evaluated now (or
    /// read in place), `last` with its statement temporaries bound.
    pub(super) fn bind_operands_through(&mut self, ops: &[(&Expr, At)], last: usize) -> Vec<Expr> {
        let mut changed = Vec::new();
        for (o, _) in &ops[..=last] {
            changed.extend(crate::analyse::borrows::changed_names(o));
        }
        let mut out = Vec::new();
        for (i, &(o, at)) in ops.iter().enumerate() {
            if i > last {
                out.push(o.clone());
                continue;
            }
            let bound = binds_temps(o, at);
            let v = self.bind_statement_temps(o, at);
            // (A value made from a temporary is not bound by
            // `bind_statement_temps`: it is evaluated here like any other.)
            let made_temp = at == At::Place && is_temporary_value(o) && !made_from_temporary(o);
            let in_place = is_place_or_const(o)
                && !place_root_ident(o).is_some_and(|r| changed.contains(&r.to_string()));
            // A field of a statement temporary, borrowed (`make().1.plus(..)`
            // before an argument that binds temporaries): read in place, in
            // the temporary held to the statement's end.
            let held_field = at == At::Place && self.is_place_of_held_temp(&v.to_token_stream());
            if i == last || made_temp || held_field || (in_place && !bound) {
                out.push(v);
            } else {
                let tokens = self.fragment_expr(v, Ctx::Value);
                out.push(Expr::Verbatim(
                    self.operand_binding(tokens, at == At::Place),
                ));
            }
        }
        out
    }

    /// Notes temporary `v`, made for `e`, as one of the statement's: it is
    /// dropped at the statement's end (or a scrutinee's, a tail's), and held
    /// until then like a user binding (`Var::held_to_use`), also on a path
    /// that leaves the statement early (`break 'l f().await` in an `if let`'s
    /// branch): then it drops when the jump leaves its scope, as in Rust.
    pub(super) fn push_statement_temp(&mut self, v: VarId, e: &Expr) {
        self.out.vars.all[v].held_to_use = true;
        self.out.vars.all[v].statement_temp = true;
        self.out.vars.all[v].statement_start = Some(self.statement_start());
        self.ref_temps.push((v, ExprId::of(e)));
        self.declare_at_statement_start(v);
    }

    /// A temporary callee evaluated before its arguments' suspension
    /// (`make()(f().await)`, `(move |x| ..)(f().await)`): moved into a
    /// temporary of the call's own statement (`identity(callee)(..)`), so
    /// that it drops when the call is made whether the call moved it (an
    /// `FnOnce`) or borrowed it (an `Fn`), never at a later statement's
    /// suspension. Rust keeps an `Fn` callee to its statement's end: where
    /// a later operand of the statement suspends, this drops it before
    /// that suspension (limit 2; holding it there would make every
    /// `FnOnce` callee E0382, which the macro cannot tell apart).
    pub(super) fn callee_after_suspension(&self, callee: &TokenStream) -> TokenStream {
        if self.out.vars.temp_id(&callee.to_string()).is_none() {
            return callee.clone();
        }
        quote!(::core::convert::identity(#callee))
    }

    /// Notes `tokens`, a temporary made for `e`, as one of the statement's
    /// (dropped at its end); nothing when it is not a fresh temporary or is
    /// noted already.
    pub(super) fn note_statement_temp(&mut self, tokens: &TokenStream, e: &Expr) {
        let Some(v) = self.out.vars.temp_id(&tokens.to_string()) else {
            return;
        };
        if self.ref_temps.iter().any(|&(t, _)| t == v)
            || !self.out.vars.scopes.iter().any(|s| s.contains(&v))
        {
            return;
        }
        self.push_statement_temp(v, e);
        self.note_held_borrows(tokens, e);
    }

    /// A temporary holding `e`'s value across a suspension (a statement
    /// temporary, an operand evaluated before a later one's `.await`:
    /// `g(v.iter(), f().await)`): what `e` may borrow lives on while it is
    /// held, so a binding it borrows gets a home (E0505 "cannot move out of
    /// `v` because it is borrowed" was).
    pub(super) fn note_held_borrows(&mut self, tokens: &TokenStream, e: &Expr) {
        let Some(v) = self.out.vars.temp_id(&tokens.to_string()) else {
            return;
        };
        let borrows = self.borrowed_vars(e);
        if !borrows.is_empty() {
            self.facts.borrow_edges.push((vec![v], borrows));
        }
        let values = self.value_vars(e);
        if !values.is_empty() {
            self.facts.value_edges.push((vec![v], values));
        }
    }
}

/// An operand the user parenthesised (`(a && b) || c.await`) loses its
/// parentheses when it becomes a temporary's initialiser or a variant's
/// field, where they would trip `unused_parens`; a parenthesised tuple or
/// anything else stays as it is.
pub(super) fn without_parens(value: TokenStream) -> TokenStream {
    let mut tokens = value.clone().into_iter();
    let is_one_paren_group = matches!(
        (tokens.next(), tokens.next()),
        (Some(proc_macro2::TokenTree::Group(g)), None)
            if g.delimiter() == proc_macro2::Delimiter::Parenthesis
    );
    if !is_one_paren_group {
        return value;
    }
    match syn::parse2::<Expr>(value.clone()) {
        Ok(Expr::Paren(p)) => p.expr.into_token_stream(),
        _ => value,
    }
}

/// The `&` expressions of a `let` initialiser whose temporaries Rust extends
/// to the end of the enclosing block: the initialiser itself, and recursively
/// the operands of `&`, struct/tuple/array literals, casts and the tail of a
/// plain block. (Missing one is safe: the temporary is dropped at the end of
/// the `let`, and a borrow of it that outlives that fails to compile.)
pub(super) fn extending_borrows(e: &Expr, out: &mut BTreeSet<ExprId>) {
    match e {
        Expr::Reference(r) => {
            out.insert(ExprId::of(e));
            extending_borrows(&r.expr, out);
        }
        Expr::Struct(s) => s
            .fields
            .iter()
            .for_each(|f| extending_borrows(&f.expr, out)),
        Expr::Tuple(t) => t.elems.iter().for_each(|x| extending_borrows(x, out)),
        Expr::Array(a) => a.elems.iter().for_each(|x| extending_borrows(x, out)),
        Expr::Cast(c) => extending_borrows(&c.expr, out),
        Expr::Paren(p) => extending_borrows(&p.expr, out),
        Expr::Group(g) => extending_borrows(&g.expr, out),
        Expr::Block(b) if b.label.is_none() => {
            if let Some(Stmt::Expr(tail, None)) = b.block.stmts.last() {
                extending_borrows(tail, out);
            }
        }
        _ => {}
    }
}

/// A node of the body being lowered, by identity: a `let`'s extended
/// borrows are matched with the temporaries made for them. The body is
/// borrowed for the whole lowering, so a live node's id is never another
/// node's (ids of nodes made and dropped during lowering never match one).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) struct ExprId(usize);

impl ExprId {
    pub(super) fn of(e: &Expr) -> ExprId {
        ExprId(std::ptr::from_ref(e).addr())
    }
}
