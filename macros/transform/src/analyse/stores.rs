//! Borrows stored into another binding: `v.push(&s)`, `m.insert(k.as_str(),
//! 1)`, `parts.extend(text.split(','))`, `h.f = Some(r.as_str())`. The
//! receiver of a method (taken `&mut`, it may keep what its arguments
//! borrow) and the place an assignment writes into belong to a binding, the
//! *root* (`v` of `v.last_mut().unwrap().push(..)`, `h` of `h.f`): that
//! binding may hold those borrows from then on, as `let r = &s;` holds one
//! (the same edges for the home plan, `Lowerer::note_assignments`).
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
}

/// The stores in `e`, outside closures (a closure's stores are made when it
/// is called, through its captures: not judged).
pub fn stores(e: &Expr) -> Vec<Store> {
    let mut finder = Finder::default();
    finder.visit_expr(e);
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
        if sources.borrows.is_empty() && sources.values.is_empty() {
            return;
        }
        let root = root.to_string();
        let roots = match self.locals.get(&root) {
            // `for bucket in &mut buckets { bucket.push(&s) }` stores into
            // `buckets`.
            Some(local) => local.borrows.iter().chain(&local.values).cloned().collect(),
            None => vec![root],
        };
        for root in roots {
            self.out.push(Store {
                root,
                borrows: sources.borrows.clone(),
                values: sources.values.clone(),
            });
        }
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Closure(_) | Expr::Async(_) => return,
            Expr::MethodCall(m) if !keeps_no_argument(&m.method) => {
                if let Some(root) = receiver_root(&m.receiver) {
                    let mut sources = Sources::default();
                    for arg in &m.args {
                        let s = self.sources(arg);
                        sources.borrows.extend(s.borrows);
                        sources.values.extend(s.values);
                    }
                    self.store(root, sources);
                }
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
            _ => {}
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
