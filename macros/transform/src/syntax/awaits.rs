//! Where the coroutine suspends: `.await` and coro's suspension macros.

use super::macros::{Operands, operands};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::{Block, Expr, Stmt};

/// Whether `e` suspends the coroutine: an `.await` or a `yield_!`,
/// `yield_from!`, `async_for!` that belongs to it (not one inside a closure,
/// `async` block or nested item), including inside a known macro's operands
/// and, conservatively, anywhere inside an opaque macro's tokens.
pub fn contains_await(e: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_expr(&mut self, e: &'ast Expr) {
            if !self.0 {
                syn::visit::visit_expr(self, e);
            }
        }
        fn visit_expr_await(&mut self, _: &'ast syn::ExprAwait) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
        fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            self.0 |= match operands(mac) {
                Operands::Yield(_)
                | Operands::YieldFrom(_)
                | Operands::AsyncFor(_)
                | Operands::Malformed(_) => true,
                Operands::Exprs(args) => args.args.iter().any(|a| contains_await(&a.expr)),
                Operands::Textual => false,
                Operands::Opaque => find_await(mac.tokens.clone()).is_some(),
            };
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

/// Whether a statement suspends the coroutine (see [`contains_await`]).
pub fn stmt_contains_await(s: &Stmt) -> bool {
    stmt_suspends(s, &contains_await)
}

/// Whether a statement suspends, `suspends` answering for its expressions
/// (a statement macro is asked about as an expression).
fn stmt_suspends(s: &Stmt, suspends: &dyn Fn(&Expr) -> bool) -> bool {
    match s {
        Stmt::Local(l) => l.init.as_ref().is_some_and(|i| {
            suspends(&i.expr) || i.diverge.as_ref().is_some_and(|(_, d)| suspends(d))
        }),
        Stmt::Item(_) => false,
        Stmt::Expr(e, _) => suspends(e),
        Stmt::Macro(m) => suspends(&Expr::Macro(syn::ExprMacro {
            attrs: Vec::new(),
            mac: m.mac.clone(),
        })),
    }
}

/// The span of the first `await` that follows a `.` in raw tokens (an
/// opaque macro's input).
pub fn find_await(tokens: TokenStream) -> Option<Span> {
    let mut prev_dot = false;
    for tt in tokens {
        match &tt {
            TokenTree::Ident(i) if prev_dot && i == "await" => return Some(i.span()),
            TokenTree::Group(g) => {
                if let Some(s) = find_await(g.stream()) {
                    return Some(s);
                }
            }
            _ => {}
        }
        prev_dot = matches!(&tt, TokenTree::Punct(p) if p.as_char() == '.');
    }
    None
}

/// [`contains_await`] of every expression of a body, computed once, bottom
/// up (asking each node's question afresh re-walks its subtree, which is
/// quadratic in the nesting). A node not in the body (one made while
/// lowering, or a macro's re-parsed operand) is answered directly.
pub struct Suspensions {
    /// By node address: the body is borrowed while the map is used, so an
    /// address in it is never another node's.
    marks: std::collections::HashMap<usize, bool>,
}

impl Suspensions {
    pub fn of_block(block: &Block) -> Suspensions {
        let mut marker = Marker {
            marks: std::collections::HashMap::new(),
            stack: vec![false],
        };
        syn::visit::Visit::visit_block(&mut marker, block);
        Suspensions {
            marks: marker.marks,
        }
    }

    /// Whether a block's statements suspend.
    pub fn block(&self, b: &Block) -> bool {
        b.stmts
            .iter()
            .any(|s| stmt_suspends(s, &|e| self.contains(e)))
    }

    /// Whether `e` suspends (see [`contains_await`]).
    pub fn contains(&self, e: &Expr) -> bool {
        match self.marks.get(&std::ptr::from_ref(e).addr()) {
            Some(&mark) => mark,
            None => contains_await(e),
        }
    }
}

struct Marker {
    marks: std::collections::HashMap<usize, bool>,
    /// Whether the expression being visited (each level) suspends so far.
    stack: Vec<bool>,
}

impl Marker {
    fn found(&mut self, suspends: bool) {
        if let Some(top) = self.stack.last_mut() {
            *top |= suspends;
        }
    }
}

impl<'ast> syn::visit::Visit<'ast> for Marker {
    fn visit_expr(&mut self, e: &'ast Expr) {
        let mark = match e {
            // Their own code: never this coroutine's suspension.
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => false,
            // A macro's operands are parsed anew by whoever asks.
            Expr::Macro(_) => contains_await(e),
            _ => {
                self.stack.push(matches!(e, Expr::Await(_)));
                syn::visit::visit_expr(self, e);
                self.stack.pop().unwrap_or(false)
            }
        };
        self.marks.insert(std::ptr::from_ref(e).addr(), mark);
        self.found(mark);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // A statement macro (`println!(..);`).
        let e = Expr::Macro(syn::ExprMacro {
            attrs: Vec::new(),
            mac: mac.clone(),
        });
        self.found(contains_await(&e));
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
