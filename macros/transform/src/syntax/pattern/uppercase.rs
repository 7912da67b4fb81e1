//! Uppercase names that are bindings (see the parent module): Python's
//! `MAX_RETRIES = 3` in a function.

use std::cell::RefCell;
use std::collections::BTreeSet;
use syn::Pat;

thread_local! {
    /// The uppercase names the body being expanded binds irrefutably.
    static UPPERCASE_BINDINGS: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Runs `f` (an expansion) with `names` taken for bindings (see the module).
pub fn with_uppercase_bindings<R>(names: BTreeSet<String>, f: impl FnOnce() -> R) -> R {
    let saved = UPPERCASE_BINDINGS.with(|s| s.replace(names));
    let out = f();
    UPPERCASE_BINDINGS.with(|s| s.replace(saved));
    out
}

/// Whether a name written alone in a pattern or as a value names a path (a
/// constant, a unit struct or variant) rather than a binding: by case.
pub fn names_a_path(name: &str) -> bool {
    name.starts_with(char::is_uppercase) && !UPPERCASE_BINDINGS.with(|s| s.borrow().contains(name))
}

/// The names starting with an uppercase letter that `item`'s parameters and
/// body bind in patterns that cannot be refutable.
pub fn uppercase_bindings(item: &syn::ItemFn) -> BTreeSet<String> {
    struct Finder(BTreeSet<String>);
    impl Finder {
        fn irrefutable(&mut self, pat: &Pat) {
            struct Idents<'a>(&'a mut BTreeSet<String>);
            impl<'ast> syn::visit::Visit<'ast> for Idents<'_> {
                fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
                    let name = p.ident.to_string();
                    if name.starts_with(char::is_uppercase) {
                        self.0.insert(name);
                    }
                    syn::visit::visit_pat_ident(self, p);
                }
                // A path in a pattern (`Some(x)`, `Pair { .. }`) is no binding.
                fn visit_path(&mut self, _: &'ast syn::Path) {}
            }
            syn::visit::Visit::visit_pat(&mut Idents(&mut self.0), pat);
        }
    }
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_local(&mut self, l: &'ast syn::Local) {
            if l.init.as_ref().is_none_or(|i| i.diverge.is_none()) {
                let before = self.0.clone();
                self.irrefutable(&l.pat);
                // `let Token = Token;`: a unit struct (or variant) matched
                // against its value, not a binding.
                if let Some(init) = &l.init {
                    let mut words = BTreeSet::new();
                    idents(quote::ToTokens::to_token_stream(&init.expr), &mut words);
                    let new: Vec<String> = self.0.difference(&before).cloned().collect();
                    for name in new {
                        if words.contains(&name) {
                            self.0.remove(&name);
                        }
                    }
                }
            }
            syn::visit::visit_local(self, l);
        }
        fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
            self.irrefutable(&f.pat);
            syn::visit::visit_expr_for_loop(self, f);
        }
        fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
            c.inputs.iter().for_each(|p| self.irrefutable(p));
            syn::visit::visit_expr_closure(self, c);
        }
        fn visit_fn_arg(&mut self, a: &'ast syn::FnArg) {
            if let syn::FnArg::Typed(t) = a {
                self.irrefutable(&t.pat);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut finder = Finder(BTreeSet::new());
    syn::visit::Visit::visit_signature(&mut finder, &item.sig);
    syn::visit::Visit::visit_block(&mut finder, &item.block);
    finder.0
}

/// The identifiers of `tokens` (not the words of its literals).
fn idents(tokens: proc_macro2::TokenStream, out: &mut BTreeSet<String>) {
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}
