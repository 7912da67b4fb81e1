//! Temporaries: made for evaluated operands, dropped where Rust drops a statement's temporaries, or extended by a `let`.

use super::*;

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
    /// recently made first, as Rust drops them.
    pub(super) fn drop_temps(&mut self, temps: &[(VarId, ExprId)]) {
        if self.terminated() {
            return;
        }
        for (v, _) in temps.iter().rev() {
            if self.out.vars.scopes.iter().any(|s| s.contains(v)) {
                let ident = self.out.vars.all[*v].ident.clone();
                self.emit(quote!(::core::mem::drop(#ident);));
            }
        }
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

    /// `let r = &make();`: the temporary lives as long as `r` (temporary
    /// lifetime extension). Made a binding of its own, declared just before
    /// `r`, so that it can be held (or given a home) like one.
    pub(super) fn split_extended_temporary(
        &mut self,
        local: &syn::Local,
    ) -> Option<(syn::Local, syn::Local)> {
        let init = local.init.as_ref()?;
        if init.diverge.is_some() || !crate::syntax::pattern::is_single_binding(&local.pat) {
            return None;
        }
        let Expr::Reference(r) = &*init.expr else {
            return None;
        };
        // Not a constant (`&5`, `&[1, 2]`), which is promoted to `'static`:
        // a call, or a literal built with one.
        let computed = match &*r.expr {
            Expr::Call(_) | Expr::MethodCall(_) | Expr::Macro(_) => true,
            e @ (Expr::Struct(_) | Expr::Tuple(_) | Expr::Array(_)) => contains_call(e),
            _ => false,
        };
        if !computed || self.suspends(&r.expr) {
            return None;
        }
        self.extended_count += 1;
        let name = Ident::new(
            &format!("__coro_extended{}", self.extended_count),
            Span::mixed_site(),
        );
        let m = r.mutability;
        let value = &r.expr;
        let Stmt::Local(extended) = syn::parse_quote!(let #m #name = #value;) else {
            return None;
        };
        let and = r.and_token;
        let mut rest = local.clone();
        if let Some(init) = &mut rest.init {
            *init.expr = syn::parse_quote!(#and #m #name);
        }
        Some((extended, rest))
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
