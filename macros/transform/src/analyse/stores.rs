//! Borrows stored into another binding: `v.push(&s)`, `m.insert(k.as_str(),
//! 1)`, `parts.extend(text.split(','))`, `h.f = Some(r.as_str())`. The
//! receiver of a method (taken `&mut`, it may keep what its arguments
//! borrow) and the place an assignment writes into belong to a binding, the
//! *root* (`v` of `v.last_mut().unwrap().push(..)`, `h` of `h.f`): that
//! binding may hold those borrows from then on, as `let r = &s;` holds one
//! (the same edges for the home plan, `Lowerer::note_assignments`). So may
//! a place passed `&mut` to any call (`push_into(&mut v, &s)`), and a
//! closure binding called with borrows (`add(&s)`), which may keep them in
//! what it captures (the lowering follows a store into a binding on to
//! what that binding borrows: `Lowerer::note_stores`).
//!
//! Syntactic, like the rest of the judgement (`borrows`): a method known
//! not to keep its arguments (`contains`, `get`, `push_str`, a method taking
//! `self`, one whose result owns its data) stores nothing. A missed store
//! is a compile error of the machine's borrow check, never unsoundness; a
//! store wrongly assumed costs one home where the root is held across a
//! suspension.
//!
//! Bindings of the await-free code itself (`for c in &cands { h.best =
//! Some(c); }`, `let w = ..;`, an arm's or an `if let`'s) are looked
//! through: a store of one of them stores what it was made from.

use super::borrows::{borrowed_names, value_names};
use crate::syntax::moves::consumes_temporary;
use std::collections::BTreeMap;
use syn::visit::{self, Visit};
use syn::{Expr, Pat};

/// A store: binding `root` may hold, from here on, borrows of `borrows`
/// and the values (with what they borrow) of `values`.
pub struct Store {
    pub root: String,
    pub borrows: Vec<String>,
    pub values: Vec<String>,
    /// Only through what `root` borrows: the call of a closure binding
    /// (`add(&s)`) stores into what it captures by reference, not into the
    /// closure (one that owns what it stores into, a `move` closure over a
    /// `Vec`, is missed: the machine's borrow error).
    pub through_root: bool,
}

/// The stores in `e`, outside closures (a closure's stores are made when it
/// is called, through its captures: not judged).
pub fn stores(e: &Expr) -> Vec<Store> {
    let mut finder = Finder::default();
    finder.visit_expr(e);
    finder.out
}

/// The store `e` itself makes (a call or an assignment of a statement that
/// suspends, lowered operand by operand: its await-free operands are
/// judged with [`stores`] where they are lowered).
pub fn own_stores(e: &Expr) -> Vec<Store> {
    let mut finder = Finder::default();
    finder.store_of(e);
    finder.out
}

/// What a binding local to the await-free code was made from.
#[derive(Clone, Default)]
struct Sources {
    borrows: Vec<String>,
    values: Vec<String>,
}

#[derive(Default)]
struct Finder {
    locals: BTreeMap<String, Sources>,
    out: Vec<Store>,
}

impl Finder {
    /// What `e` may borrow or carry, with local bindings looked through.
    fn sources(&self, e: &Expr) -> Sources {
        let mut out = Sources::default();
        for name in borrowed_names(e) {
            match self.locals.get(&name) {
                Some(local) => out.borrows.extend(local.borrows.iter().cloned()),
                None => out.borrows.push(name),
            }
        }
        for name in value_names(e) {
            match self.locals.get(&name) {
                Some(local) => {
                    out.borrows.extend(local.borrows.iter().cloned());
                    out.values.extend(local.values.iter().cloned());
                }
                None => out.values.push(name),
            }
        }
        out
    }

    /// The bindings `pat` binds hold what `from` may borrow or carry.
    fn bind(&mut self, pat: &Pat, from: &Expr) {
        let sources = self.sources(from);
        crate::syntax::pattern::bindings(pat, &mut |ident, _| {
            self.locals.insert(ident.to_string(), sources.clone());
        });
    }

    /// `root` (a place's root binding, or a local one standing for what it
    /// was made from) may hold `sources` from here on.
    fn store(&mut self, root: &syn::Ident, sources: Sources) {
        self.store_as(root, sources, false);
    }

    /// [`Finder::store`], `through_root` as [`Store`] says.
    fn store_as(&mut self, root: &syn::Ident, sources: Sources, through_root: bool) {
        if sources.borrows.is_empty() && sources.values.is_empty() {
            return;
        }
        let root = root.to_string();
        let (roots, through_root) = match self.locals.get(&root) {
            // `for bucket in &mut buckets { bucket.push(&s) }` stores into
            // `buckets` (already what the local borrows).
            Some(local) => {
                let made_from = local.borrows.iter().chain(&local.values).cloned();
                (made_from.collect(), false)
            }
            None => (vec![root], through_root),
        };
        for root in roots {
            self.out.push(Store {
                root,
                borrows: sources.borrows.clone(),
                values: sources.values.clone(),
                through_root,
            });
        }
    }
}

impl Finder {
    /// The store `e` itself makes, if it is a call or an assignment (not
    /// those of its operands).
    fn store_of(&mut self, e: &Expr) {
        match e {
            Expr::MethodCall(m) if !keeps_no_argument(&m.method) => {
                if let Some(root) = receiver_root(&m.receiver) {
                    let sources = self.sources_of(m.args.iter());
                    self.store(root, sources);
                }
                self.mut_ref_stores(m.args.iter());
            }
            Expr::Call(c) => {
                // A closure binding called with borrows may keep them in
                // what it captures (`let mut add = |x| v.push(x); add(&s);`).
                // (Not a constructor: `Some(&s)` is a value, `borrows` has it.)
                if let Some(callee) = crate::syntax::expr::bare_ident(&c.func)
                    .filter(|i| !crate::syntax::pattern::names_a_path(&i.to_string()))
                {
                    let sources = self.sources_of(c.args.iter());
                    self.store_as(callee, sources, true);
                }
                self.mut_ref_stores(c.args.iter());
            }
            Expr::Assign(a) => {
                for place in crate::syntax::expr::assignee_places(&a.left) {
                    let bare = crate::syntax::expr::bare_ident(place);
                    if let Some(local) = bare.filter(|i| self.locals.contains_key(&i.to_string())) {
                        // A local binding given another value holds that too.
                        let sources = self.sources(&a.right);
                        let held = self.locals.entry(local.to_string()).or_default();
                        held.borrows.extend(sources.borrows);
                        held.values.extend(sources.values);
                    } else if let Some(root) = receiver_root(place) {
                        let sources = self.sources(&a.right);
                        self.store(root, sources);
                    }
                }
            }
            _ => {}
        }
    }

    /// What the arguments `args` may borrow or carry.
    fn sources_of<'a>(&self, args: impl Iterator<Item = &'a Expr>) -> Sources {
        let mut sources = Sources::default();
        for arg in args {
            let s = self.sources(arg);
            sources.borrows.extend(s.borrows);
            sources.values.extend(s.values);
        }
        sources
    }

    /// `push_into(&mut v, &s)`, `Vec::push(&mut v, &s)`: an argument `&mut`
    /// a place may be given what the other arguments borrow or carry.
    fn mut_ref_stores<'a>(&mut self, args: impl Iterator<Item = &'a Expr> + Clone) {
        for (i, arg) in args.clone().enumerate() {
            if let Expr::Reference(r) = crate::syntax::expr::strip_parens(arg)
                && r.mutability.is_some()
                && let Some(root) = receiver_root(&r.expr)
            {
                let others = args.clone().enumerate().filter(|&(j, _)| j != i);
                let sources = self.sources_of(others.map(|(_, a)| a));
                self.store(root, sources);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Closure(_) | Expr::Async(_) => return,
            Expr::ForLoop(f) => {
                self.visit_expr(&f.expr);
                self.bind(&f.pat, &f.expr);
                self.visit_block(&f.body);
                return;
            }
            Expr::Let(l) => {
                self.visit_expr(&l.expr);
                self.bind(&l.pat, &l.expr);
                return;
            }
            Expr::Match(m) => {
                self.visit_expr(&m.expr);
                for arm in &m.arms {
                    self.bind(&arm.pat, &m.expr);
                    visit::visit_arm(self, arm);
                }
                return;
            }
            _ => self.store_of(e),
        }
        visit::visit_expr(self, e);
    }

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init {
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
            self.bind(&l.pat, &init.expr);
        }
    }

    // Nested items cannot name the coroutine's bindings.
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The binding whose value a method called on `e`, or an assignment to
/// `e`, may change: the root of a place, through the calls that borrow
/// into it (`v.last_mut().unwrap()`, `m.entry(k)`, `cell.borrow_mut()`,
/// `m.get_mut(k)?`). A call whose result owns its data (`v.clone()`,
/// `s.to_vec()`) has no root.
fn receiver_root(mut e: &Expr) -> Option<&syn::Ident> {
    loop {
        match e {
            Expr::Field(f) => e = &f.base,
            Expr::Index(i) => e = &i.expr,
            Expr::Paren(p) => e = &p.expr,
            Expr::Group(g) => e = &g.expr,
            Expr::Try(t) => e = &t.expr,
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => e = &u.expr,
            Expr::MethodCall(m) if !super::borrows::returns_owned(m) => e = &m.receiver,
            Expr::Path(p) if p.qself.is_none() => return p.path.get_ident(),
            _ => return None,
        }
    }
}

/// Methods that, by std's API, keep none of their arguments in their
/// receiver: lookups and comparisons (`get`, `contains`, `starts_with`),
/// copies (`push_str`, `extend_from_slice`, `write_all`), and any method
/// taking `self` (the receiver is consumed: what it keeps is the result's,
/// which the `let` holding it records). A user method of such a name that
/// does keep an argument's borrow is a compile error (the machine's borrow
/// check), as before this judgement.
fn keeps_no_argument(method: &syn::Ident) -> bool {
    const NAMES: &[&str] = &[
        "get",
        "get_mut",
        "get_key_value",
        "find",
        "rfind",
        "position",
        "rposition",
        "binary_search",
        "binary_search_by",
        "binary_search_by_key",
        "remove",
        "retain",
        "split_off",
        "strip_prefix",
        "strip_suffix",
        "matches",
        "replacen",
        "push_str",
        "extend_from_slice",
        "copy_from_slice",
        "clone_from_slice",
        "clone_from",
        "write",
        "write_all",
        "write_str",
        "write_fmt",
        "lt",
        "le",
        "gt",
        "ge",
        "sort_by",
        "sort_by_key",
        "sort_unstable_by",
        "sort_unstable_by_key",
        "dedup_by",
        "dedup_by_key",
        "any",
        "all",
        "join",
        "concat",
        "parse",
        "as_ref",
        "as_mut",
    ];
    let name = method.to_string();
    let name = name.trim_start_matches("r#");
    NAMES.contains(&name)
        || consumes_temporary(method)
        || super::borrows::owned_by_name(method)
        || name.starts_with("as_")
        || name.starts_with("split")
        || name.starts_with("trim")
        || name.starts_with("iter")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each store of `src` as `root <- borrows`, or `root <= values` for
    /// one that borrows nothing.
    fn judged(src: &str) -> Vec<String> {
        let e: Expr = syn::parse_str(src).expect("an expression");
        stores(&e)
            .into_iter()
            .map(|s| match s.borrows.is_empty() {
                true => format!("{} <= {}", s.root, s.values.join(",")),
                false => format!("{} <- {}", s.root, s.borrows.join(",")),
            })
            .collect()
    }

    #[test]
    fn stores_go_to_the_root_of_the_receiver_or_place() {
        assert_eq!(judged("v.push(&s)"), ["v <- s"]);
        assert_eq!(judged("v.push(s.as_str())"), ["v <- s"]);
        assert_eq!(judged("parts.extend(text.split(','))"), ["parts <- text"]);
        assert_eq!(
            judged("groups.last_mut().unwrap().push(&s)"),
            ["groups <- s"]
        );
        assert_eq!(judged("h.f = Some(r.as_str())"), ["h <- r"]);
        assert_eq!(judged("v.push(t)"), ["v <= t"]);
        // (A callee is judged as a closure binding; a function's name
        // resolves to no binding of the coroutine.)
        assert_eq!(
            judged("push_into(&mut v, &s)"),
            ["push_into <- v,s", "v <- s"]
        );
        assert_eq!(judged("add(&s)"), ["add <- s"]);
        assert_eq!(
            judged("for c in &cands { h.best = Some(c); }"),
            ["h <- cands"]
        );
        assert_eq!(
            judged("for b in &mut buckets { b.push(&s); }"),
            ["buckets <- s"]
        );
    }

    #[test]
    fn lookups_copies_and_consumers_store_nothing() {
        for src in [
            "m.get(&k)",
            "seen.contains(&name)",
            "buf.push_str(&s)",
            "out.write_all(&data)",
            "v.iter().zip(w.iter()).count()",
            "v.clone().push(&s)",
            "|| v.push(&s)",
            "v.sort_by_key(|x| x.len())",
        ] {
            assert!(judged(src).is_empty(), "{src}: {:?}", judged(src));
        }
    }
}
