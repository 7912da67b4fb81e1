//! Which bindings an expression may borrow, judged from syntax alone: the
//! input to the choice of which locals get a fixed home (a pinned slot).
//!
//! A binding is borrowed by `&x`/`&mut x` (through fields, indexing and
//! derefs: `&x.buf[1..]`), by a method call on it (`x.iter()`, `x.get()`:
//! autoref is decided by types the macro cannot see), and by a closure or
//! `async` block that mentions it (captures by reference). Two conventions
//! narrow it: methods known to take `self` by value (`into_*`, `unwrap`:
//! `syntax::moves`) (a move, not a borrow),
//! and a call whose result owns its data (`v.len()`, `x.to_string()`, see
//! `returns_owned`) ends the borrows inside it. A wrong guess either way is
//! a compile error, never unsoundness (the machine's own borrow check still
//! sees the bindings that have no slot). Over-approximate
//! on purpose: a binding wrongly thought borrowed only loses the packing of
//! the state (it keeps one home for its whole life); one wrongly thought
//! not borrowed would make the program fail to compile.

use crate::syntax::expr::{assignee_places, is_compound_assignment, place_root};
use crate::syntax::macros::{Operands, operands};
use crate::syntax::moves::consumes_receiver;
use syn::visit::{self, Visit};
use syn::{Expr, Ident};

/// Names of the bindings `e` may borrow, in source order (with repeats).
pub fn borrowed_names(e: &Expr) -> Vec<String> {
    let mut finder = Finder {
        names: Vec::new(),
        in_closure: 0,
    };
    finder.visit_expr(e);
    finder.names
}

/// Names `e` mentions as whole values outside closures (`f(r)`, `S { r }`,
/// `r`): a value that may carry what they borrow.
pub fn value_names(e: &Expr) -> Vec<String> {
    struct Values(Vec<String>);
    impl<'ast> Visit<'ast> for Values {
        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Path(p) if p.qself.is_none() => {
                    if let Some(i) = p.path.get_ident() {
                        self.0.push(i.to_string());
                    }
                }
                Expr::Closure(_) | Expr::Async(_) | Expr::Await(_) => {}
                Expr::MethodCall(m) if returns_owned(m) => {}
                // Borrowed, not taken: `borrowed_names` has them.
                Expr::Reference(_) => {}
                Expr::Macro(m) => {
                    for arg in carried_operands(&m.mac) {
                        self.visit_expr(&arg);
                    }
                }
                _ => visit::visit_expr(self, e),
            }
        }
        fn visit_expr_struct(&mut self, s: &'ast syn::ExprStruct) {
            for f in &s.fields {
                self.visit_expr(&f.expr);
            }
            if let Some(rest) = &s.rest {
                self.visit_expr(rest);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut v = Values(Vec::new());
    v.visit_expr(e);
    v.0
}

/// Names `e` assigns (`x = ..`) or borrows mutably (`&mut x`, `&mut x.f`),
/// outside closures, including inside `yield_!`/`yield_from!` operands.
pub fn changed_names(e: &Expr) -> Vec<String> {
    struct Changes(Vec<String>);
    impl<'ast> Visit<'ast> for Changes {
        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Assign(a) => {
                    assigned_roots(&a.left, &mut self.0);
                    visit::visit_expr(self, e);
                }
                Expr::Binary(b) if is_compound_assignment(&b.op) => {
                    if let Some(root) = place_root(&b.left) {
                        self.0.push(root.to_string());
                    }
                    visit::visit_expr(self, e);
                }
                Expr::Reference(r) if r.mutability.is_some() => {
                    if let Some(root) = place_root(&r.expr) {
                        self.0.push(root.to_string());
                    }
                    visit::visit_expr(self, e);
                }
                Expr::RawAddr(r) if matches!(r.mutability, syn::PointerMutability::Mut(_)) => {
                    if let Some(root) = place_root(&r.expr) {
                        self.0.push(root.to_string());
                    }
                    visit::visit_expr(self, e);
                }
                Expr::Closure(_) | Expr::Async(_) => {}
                Expr::Macro(m) if crate::syntax::macros::name(&m.mac) == "addr_of_mut" => {
                    if let Some(root) = raw_address_operand(&m.mac).as_ref().and_then(place_root) {
                        self.0.push(root.to_string());
                    }
                }
                Expr::Macro(m) => match operands(&m.mac) {
                    Operands::Yield(Some(inner)) | Operands::YieldFrom(inner) => {
                        self.visit_expr(&inner);
                    }
                    Operands::Exprs(args) => {
                        for a in &args.args {
                            self.visit_expr(&a.expr);
                        }
                    }
                    Operands::AsyncFor(f) => {
                        self.visit_expr(&f.expr);
                        visit::visit_block(self, &f.body);
                    }
                    Operands::Yield(None)
                    | Operands::Textual
                    | Operands::Opaque
                    | Operands::Malformed(_) => {}
                },
                _ => visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut c = Changes(Vec::new());
    c.visit_expr(e);
    c.0
}

/// The bindings the left side of an assignment assigns: each assigned
/// place's root.
fn assigned_roots(left: &Expr, out: &mut Vec<String>) {
    out.extend(
        assignee_places(left)
            .into_iter()
            .filter_map(place_root)
            .map(ToString::to_string),
    );
}

/// The assignments `x = value` to a bare binding in `e`, outside closures.
pub fn assignments<'a>(e: &'a Expr, out: &mut Vec<(&'a Ident, &'a Expr)>) {
    struct Assigns<'a, 'o>(&'o mut Vec<(&'a Ident, &'a Expr)>);
    impl<'a> Visit<'a> for Assigns<'a, '_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Assign(a) => {
                    if let Expr::Path(p) = &*a.left
                        && p.qself.is_none()
                        && let Some(i) = p.path.get_ident()
                    {
                        self.0.push((i, &a.right));
                    }
                    visit::visit_expr(self, e);
                }
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    Assigns(out).visit_expr(e);
}

/// The operands of a macro whose value carries what they borrow (`vec!`,
/// `dbg!`, `gather!`; the format family and asserts only borrow for the
/// call, `matches!` makes a `bool`).
fn carried_operands(mac: &syn::Macro) -> Vec<Expr> {
    match operands(mac) {
        Operands::Exprs(args) if args.carries_operands() => {
            args.args.into_iter().map(|a| a.expr).collect()
        }
        Operands::Exprs(_)
        | Operands::Yield(_)
        | Operands::YieldFrom(_)
        | Operands::AsyncFor(_)
        | Operands::Textual
        | Operands::Opaque
        | Operands::Malformed(_) => Vec::new(),
    }
}

/// The place of `addr_of!(place)` / `addr_of_mut!(place)` (any path to
/// them), the macro forms of `&raw const` / `&raw mut`.
pub fn raw_address_operand(mac: &syn::Macro) -> Option<Expr> {
    let name = crate::syntax::macros::name(mac);
    if name != "addr_of" && name != "addr_of_mut" {
        return None;
    }
    syn::parse2(mac.tokens.clone()).ok()
}

/// The identifiers of a macro's input, at any depth, and those its string
/// literals name inline as format arguments (`"{prefix}"`).
fn macro_names(tokens: proc_macro2::TokenStream, out: &mut Vec<String>) {
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Ident(i) => out.push(i.to_string()),
            proc_macro2::TokenTree::Group(g) => macro_names(g.stream(), out),
            proc_macro2::TokenTree::Literal(lit) => {
                out.extend(crate::syntax::macros::inline_format_names(&lit.to_string()));
            }
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
}

struct Finder {
    names: Vec<String>,
    in_closure: usize,
}

/// Methods whose result, by std's API and Rust's naming conventions, owns
/// its data (`v.len()`, `s.to_string()`, `o.is_some()`): whatever their
/// receiver and arguments borrow ends with the call. `cloned`/`copied` own
/// theirs on an `Option`/`Result` (`m.get(k).cloned()`), not on an
/// iterator (`v.iter().copied()` borrows `v`): a receiver that is a call of
/// an iterator's maker or adapter keeps its borrows.
pub(super) fn returns_owned(m: &syn::ExprMethodCall) -> bool {
    let method = &m.method;
    if (method == "cloned" || method == "copied")
        && let Expr::MethodCall(r) = crate::syntax::expr::strip_parens(&m.receiver)
        && makes_iterator(&r.method)
    {
        return false;
    }
    owned_by_name(method)
}

/// A method that by its name makes or adapts an iterator (`v.iter()`,
/// `m.values()`, `it.filter(f)`).
fn makes_iterator(method: &Ident) -> bool {
    const ITER: &[&str] = &[
        "iter",
        "iter_mut",
        "values",
        "values_mut",
        "keys",
        "chars",
        "bytes",
        "lines",
        "split",
        "split_whitespace",
        "windows",
        "chunks",
        "drain",
        "range",
        "rev",
        "skip",
        "take",
        "skip_while",
        "take_while",
        "step_by",
        "chain",
        "zip",
        "filter",
        "flatten",
        "flat_map",
        "peekable",
        "fuse",
        "inspect",
        "cycle",
    ];
    ITER.iter().any(|n| method == n)
}

pub(super) fn owned_by_name(method: &Ident) -> bool {
    const OWNED: &[&str] = &[
        "len",
        "capacity",
        "clone",
        "cloned",
        "copied",
        "count",
        "sum",
        "product",
        "contains",
        "contains_key",
        "starts_with",
        "ends_with",
        "eq",
        "ne",
        "cmp",
        "partial_cmp",
        "abs",
        "pow",
    ];
    let name = method.to_string();
    OWNED.contains(&name.as_str()) || name.starts_with("is_") || name.starts_with("to_")
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::MethodCall(m) if self.in_closure == 0 && returns_owned(m) => return,
            // An awaited operand's borrows are the lowering's own request.
            Expr::Await(_) => return,
            Expr::Reference(r) => {
                if let Some(root) = place_root(&r.expr) {
                    self.names.push(root.to_string());
                }
            }
            // A raw pointer to a binding (`&raw const x`, `addr_of!(x)`)
            // must keep pointing at it across a suspension: a home.
            Expr::RawAddr(r) => {
                if let Some(root) = place_root(&r.expr) {
                    self.names.push(root.to_string());
                }
            }
            Expr::Macro(m) if raw_address_operand(&m.mac).is_some() => {
                let place = raw_address_operand(&m.mac).expect("matched above");
                if let Some(root) = place_root(&place) {
                    self.names.push(root.to_string());
                }
                return;
            }
            Expr::MethodCall(m) if !consumes_receiver(&m.method) => {
                if let Some(root) = place_root(&m.receiver) {
                    self.names.push(root.to_string());
                }
            }
            // A `move` closure or `async move` block owns its captures.
            Expr::Closure(syn::ExprClosure {
                capture: Some(_), ..
            })
            | Expr::Async(syn::ExprAsync {
                capture: Some(_), ..
            }) => return,
            Expr::Closure(_) | Expr::Async(_) => {
                self.in_closure += 1;
                visit::visit_expr(self, e);
                self.in_closure -= 1;
                return;
            }
            Expr::Path(p) if self.in_closure > 0 && p.qself.is_none() => {
                if let Some(ident) = p.path.get_ident() {
                    self.names.push(ident.to_string());
                }
            }
            Expr::Macro(m) if self.in_closure == 0 => {
                for arg in carried_operands(&m.mac) {
                    self.visit_expr(&arg);
                }
                return;
            }
            Expr::Macro(m) if self.in_closure > 0 => {
                // Any identifier a macro in a closure names may be captured,
                // inline in a format string too (`format!("{prefix}{n}")`).
                macro_names(m.mac.tokens.clone(), &mut self.names);
            }
            _ => {}
        }
        visit::visit_expr(self, e);
    }

    // Nested items cannot borrow the coroutine's bindings.
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
