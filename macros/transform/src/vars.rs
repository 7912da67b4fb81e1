//! Bindings of the coroutine body and the lexical scopes they live in.
//!
//! Every binding the body declares (and every temporary the lowering
//! introduces) gets a [`VarId`], allocated in source order, so that a larger
//! id was declared later. Variants list their fields in reverse id order,
//! which makes a dropped (cancelled) machine drop its values the way an
//! `async fn` drops its locals: the most recently declared first.

use proc_macro2::{Ident, Span};
use std::collections::BTreeSet;

/// Index of a binding in [`Vars`].
pub type VarId = usize;
/// A set of bindings, ordered by declaration.
pub type VarSet = BTreeSet<VarId>;
/// The position of a binding the user wrote among all such bindings, in
/// source order. Unlike a [`VarId`] it does not depend on how many
/// temporaries the lowering made, so it names the same binding in every
/// lowering pass of one body: the home plan is keyed by it.
pub type UserBinding = usize;

/// Which user bindings get a fixed home, and the index of each home in the
/// machine's slot list. Temporaries can never get one.
pub type HomePlan = std::collections::BTreeMap<UserBinding, usize>;

/// What introduced a binding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VarKind {
    /// A binding the user wrote (`let`, a pattern, an argument).
    User,
    /// A value the lowering keeps across a suspension (an evaluated operand,
    /// an awaited result, a join's value, a `for` loop's iterator).
    Temp,
}

/// One binding.
#[derive(Clone, Debug)]
pub struct Var {
    /// The name user code writes (`self` for the receiver; empty for temporaries).
    pub name: String,
    /// The identifier the generated code binds it to: the user's own, a
    /// renamed one when it shadows a binding that is still alive, or a
    /// hygienic one for temporaries.
    pub ident: Ident,
    /// Declared `mut`.
    pub mutable: bool,
    /// Who introduced it.
    pub kind: VarKind,
    /// For a binding the user wrote: which one (see [`UserBinding`]).
    pub user: Option<UserBinding>,
    /// Known to have no drop glue (a binding of a pattern matched against
    /// a reference: it is a reference or a copy), so nothing is lost by
    /// not holding it while it is dead.
    pub no_drop_glue: bool,
    /// Initialised with a closure that a call moves (`FnOnce`, judged by
    /// `fragment::Usage::closure_called_moves`): `c()` moves `c`.
    pub called_moves: bool,
    /// Initialised with a closure literal that is not `move`: it owns a
    /// value only if it uses it by value, and then its call consumes it
    /// (`FnOnce`), so a call `c()` of it in a home reads it out of the home
    /// (`fragment::Rewriter::slotted`); else it holds only references or
    /// copies and no drop glue, and reading it out is a copy.
    pub called_reads: bool,
    /// `let r = &x;` of another binding `x`: where, and `x`'s name. Such a
    /// binding cannot be held across a suspension (see `expand`).
    pub borrow_of: Option<(proc_macro2::Span, String)>,
    /// Declared by a plain `let x = ..` (or an argument): a binding that can
    /// be given a fixed home if it is borrowed across a suspension.
    pub slottable: bool,
    /// A `&mut` reference (by its declared type or initialiser): passing it
    /// on reborrows it, so an awaited operand naming it borrows the binding.
    pub mut_ref: bool,
    /// A temporary holding an evaluated operand (`lower::temps`,
    /// `operand_binding`): held until its use, like a user binding until its
    /// scope's end, so that a path leaving before that use (`vec![t, { if c
    /// { return f().await; } u }]`) keeps it across the exit's suspension.
    pub held_to_use: bool,
    /// A temporary of a statement (`lower::temps::At`): dropped explicitly
    /// at the statement's end, so only that drop moves it; held (with
    /// `held_to_use`) until then, on every path.
    pub statement_temp: bool,
    /// For a statement temporary: how many variables were declared when
    /// its statement began. Held in a state, it drops as if declared just
    /// before that statement's first variable, after the statement's
    /// operands and inner locals: Rust drops a statement's temporaries
    /// after them when the coroutine is dropped in the statement.
    pub statement_start: Option<usize>,
    /// Its index in the machine's slot list: it is borrowed across a
    /// suspension, so it lives in a pinned slot and the binding holds a
    /// `Local` guard (see `coro::__private::Local`).
    pub slot: Option<usize>,
}

impl Var {
    /// A homed binding that a move syntax proves (a method taking `self`, a
    /// pattern moving all of it) reads out of its home; the shadow moves it
    /// there too. Not a known `&mut` (a method call reborrows it, so a later
    /// use stays valid, and it compiles in place) nor a binding known to
    /// have no drop glue (in place it is a copy).
    pub fn moves_out_of_home(&self) -> bool {
        self.slot.is_some() && !self.mut_ref && !self.no_drop_glue
    }
}

/// The binding table and the stack of open lexical scopes.
#[derive(Default)]
pub struct Vars {
    pub all: Vec<Var>,
    /// Open scopes, innermost last; each lists the bindings declared in it.
    pub scopes: Vec<Vec<VarId>>,
    temp_count: usize,
    user_count: usize,
    /// The temporaries by the identifier generated code spells them with.
    temps: std::collections::HashMap<String, VarId>,
    /// Which user bindings get a home (decided from a first pass).
    pub home_plan: HomePlan,
}

impl Vars {
    pub fn level(&self) -> usize {
        self.scopes.len() - 1
    }

    pub fn declare(&mut self, name: String, ident: Ident, mutable: bool, kind: VarKind) -> VarId {
        let id = self.all.len();
        let user = (kind == VarKind::User).then(|| {
            self.user_count += 1;
            self.user_count - 1
        });
        let slot = user.and_then(|u| self.home_plan.get(&u).copied());
        // A binding with a home holds its `Local` guard under a name no user
        // code can write: a mention the rewriter cannot see (in the body of a
        // `macro_rules!`) is then an error, never the guard itself.
        let ident = if slot.is_some() {
            // From the (possibly shadow-renamed, so unique) identifier.
            let plain = ident.to_string();
            let plain = plain.trim_start_matches("r#");
            Ident::new(&format!("__coro_home_{plain}"), Span::mixed_site())
        } else {
            ident
        };
        self.all.push(Var {
            name,
            ident,
            mutable,
            kind,
            user,
            no_drop_glue: false,
            called_moves: false,
            called_reads: false,
            borrow_of: None,
            slottable: false,
            mut_ref: false,
            held_to_use: false,
            statement_temp: false,
            statement_start: None,
            slot,
        });
        self.scopes.last_mut().expect("a scope is open").push(id);
        if kind == VarKind::Temp {
            self.temps.insert(self.all[id].ident.to_string(), id);
        }
        id
    }

    /// A fresh hygienic temporary (`__coro_tmpN`, invisible to user code).
    pub fn temp(&mut self, mutable: bool) -> VarId {
        let name = format!("__coro_tmp{}", self.temp_count);
        self.temp_count += 1;
        self.declare(
            String::new(),
            Ident::new(&name, Span::mixed_site()),
            mutable,
            VarKind::Temp,
        )
    }

    /// The temporary spelled `name` (exactly: no prefix test).
    pub fn temp_id(&self, name: &str) -> Option<VarId> {
        self.temps.get(name).copied()
    }

    /// The temporaries `tokens` mention: generated code names them by their
    /// identifiers, looked up in the table of temporaries.
    pub fn temps_in(&self, tokens: &proc_macro2::TokenStream) -> VarSet {
        let mut found = VarSet::new();
        self.collect_temps(tokens, &mut found);
        found
    }

    fn collect_temps(&self, tokens: &proc_macro2::TokenStream, out: &mut VarSet) {
        for tt in tokens.clone() {
            match tt {
                proc_macro2::TokenTree::Ident(i) => out.extend(self.temp_id(&i.to_string())),
                proc_macro2::TokenTree::Group(g) => self.collect_temps(&g.stream(), out),
                _ => {}
            }
        }
    }

    /// The `n` bindings declared last in the innermost scope, latest first.
    pub fn latest_in_scope(&self, n: usize) -> Vec<VarId> {
        let scope = self.scopes.last().expect("a scope is open");
        scope.iter().rev().take(n).copied().collect()
    }

    /// The innermost binding named `name` that is in scope.
    pub fn resolve(&self, name: &str) -> Option<VarId> {
        self.scopes
            .iter()
            .rev()
            .flat_map(|s| s.iter().rev())
            .copied()
            .find(|&id| self.all[id].kind == VarKind::User && self.all[id].name == name)
    }
}
