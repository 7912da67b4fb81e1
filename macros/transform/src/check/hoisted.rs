//! Items of blocks that suspend. The lowering hoists them to the body's
//! scope (`lower::stmts`, limit 6): the block is cut at its suspensions,
//! and each piece must see them. Rust scopes an item to its block, so a
//! mention of its name outside the block means another item there (a
//! module's `fn helper`, an outer `macro_rules! m`), which the hoisted one
//! would shadow, silently. Refused where the name is written outside every
//! block that declares an item of that name.

use crate::rules::Rule;
use crate::syntax::awaits::stmt_contains_await;
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::BTreeMap;
use syn::visit::{self, Visit};
use syn::{Block, ItemFn, Stmt};

/// Reports each item of a nested block that suspends whose name is also
/// written outside the blocks declaring that name. (Two such items of
/// one name in blocks that suspend are `Rule::DuplicateItem`, which the
/// lowering reports; `#[cfg]` alternatives of one block count once.)
pub fn hoisted_items(item: &ItemFn, errors: &mut Vec<syn::Error>) {
    let mut finder = Hoisted {
        top: true,
        stack: Vec::new(),
        blocks: Vec::new(),
    };
    finder.visit_block(&item.block);
    let body = names_written(item.block.to_token_stream());
    let bound = names_bound(&item.block);
    for block in &finder.blocks {
        if !block.suspends {
            continue;
        }
        for (name, is_macro) in &block.names {
            let key = (name.to_string(), *is_macro);
            // A local of that name shadows the item where it is in scope:
            // its mentions cannot be told from the item's (not counted).
            if !is_macro && bound.contains(&key.0) {
                continue;
            }
            let hoisted = finder
                .blocks
                .iter()
                .filter(|b| b.suspends && b.declares(&key));
            if hoisted.count() > 1 {
                continue;
            }
            // Mentions inside a block declaring the name are its own
            // (the outermost such blocks, so none is counted twice).
            let declaring: Vec<usize> = (0..finder.blocks.len())
                .filter(|&d| finder.blocks[d].declares(&key))
                .collect();
            let inside: usize = declaring
                .iter()
                .filter(|&&d| {
                    !finder.blocks[d]
                        .ancestors
                        .iter()
                        .any(|a| declaring.contains(a))
                })
                .map(|&d| finder.blocks[d].written.get(&key).copied().unwrap_or(0))
                .sum();
            if body.get(&key).copied().unwrap_or(0) > inside {
                let rule = Rule::HoistedItemNamedOutside { name: key.0 };
                errors.push(rule.at(name.span()));
            }
        }
    }
    // A glob may import any name: refused whatever is written outside.
    let calls = method_calls(item.block.to_token_stream());
    for block in finder.blocks.iter().filter(|b| b.suspends) {
        for (import, glob) in &block.trait_imports {
            if *glob || calls > block.method_calls {
                errors.push(Rule::HoistedTraitImport.spanning(import));
            }
        }
    }
}

/// A nested block that declares items.
struct Declaring {
    suspends: bool,
    /// Ids of the declaring blocks around it.
    ancestors: Vec<usize>,
    /// The names its items declare (`true`: a `macro_rules!`).
    names: Vec<(Ident, bool)>,
    written: BTreeMap<(String, bool), usize>,
    /// Its `use` items that may import a trait (`use std::io::Write;`,
    /// `use m::*;`, `use T as _;`), at their paths; `true`: a glob.
    trait_imports: Vec<(syn::UseTree, bool)>,
    /// The method calls written inside it.
    method_calls: usize,
}

impl Declaring {
    fn declares(&self, key: &(String, bool)) -> bool {
        self.names.iter().any(|(n, m)| *n == key.0 && *m == key.1)
    }
}

struct Hoisted {
    top: bool,
    /// The declaring blocks being visited.
    stack: Vec<usize>,
    blocks: Vec<Declaring>,
}

impl<'ast> Visit<'ast> for Hoisted {
    fn visit_block(&mut self, b: &'ast Block) {
        let nested = !std::mem::replace(&mut self.top, false);
        let mut names = Vec::new();
        let mut trait_imports = Vec::new();
        for stmt in &b.stmts {
            if let Stmt::Item(item) = stmt {
                names.extend(declared_names(item));
                if let syn::Item::Use(u) = item
                    && may_import_trait(&u.tree)
                {
                    trait_imports.push((u.tree.clone(), has_glob(&u.tree)));
                }
            }
        }
        // A name declared twice in one block (`#[cfg]` alternatives) once.
        names.sort_by_key(|(n, m)| (n.to_string(), *m));
        names.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        let pushed = nested && !(names.is_empty() && trait_imports.is_empty());
        if pushed {
            self.blocks.push(Declaring {
                suspends: b.stmts.iter().any(stmt_contains_await),
                ancestors: self.stack.clone(),
                names,
                written: names_written(b.to_token_stream()),
                trait_imports,
                method_calls: method_calls(b.to_token_stream()),
            });
            self.stack.push(self.blocks.len() - 1);
        }
        visit::visit_block(self, b);
        if pushed {
            self.stack.pop();
        }
    }

    // Blocks of these are not cut at suspensions.
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The names an item declares in its scope (`true`: a `macro_rules!`,
/// whose mentions are `name!`).
fn declared_names(item: &syn::Item) -> Vec<(Ident, bool)> {
    let mut names = Vec::new();
    crate::syntax::expr::item_names(item, &mut names);
    let mut out: Vec<(Ident, bool)> = names.into_iter().map(|n| (n, false)).collect();
    if let syn::Item::Macro(m) = item
        && let Some(ident) = &m.ident
    {
        out.push((ident.clone(), true));
    }
    out
}

/// Every identifier written in `tokens` that may name an item, with its
/// count: keyed by the name and whether it is a macro call (`name!`).
/// Not counted: a field or method (after `.`), a later path segment (after
/// `::`), a label or lifetime (after `'`), a name a `let` binds, a field
/// name in a struct literal or pattern (before a single `:`).
fn names_written(tokens: TokenStream) -> BTreeMap<(String, bool), usize> {
    fn walk(tokens: TokenStream, out: &mut BTreeMap<(String, bool), usize>) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let punct = |k: usize, c: char| matches!(trees.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
        let word = |k: usize, w: &str| matches!(trees.get(k), Some(TokenTree::Ident(i)) if i == w);
        for (k, tt) in trees.iter().enumerate() {
            match tt {
                TokenTree::Ident(i) => {
                    let before = k.checked_sub(1);
                    let skipped = before.is_some_and(|b| {
                        punct(b, '.')
                            || punct(b, '\'')
                            || (punct(b, ':') && b > 0 && punct(b - 1, ':'))
                            || word(b, "let")
                            || word(b, "mut")
                            || word(b, "ref")
                    }) || (punct(k + 1, ':') && !punct(k + 2, ':'));
                    if !skipped {
                        let call = punct(k + 1, '!');
                        *out.entry((i.to_string(), call)).or_default() += 1;
                    }
                }
                TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(tokens, &mut out);
    out
}

/// Whether a `use` tree may import a trait: a name written like a type
/// (`Write`, `StreamExt`), a glob, or an import `as _`.
fn may_import_trait(tree: &syn::UseTree) -> bool {
    let type_like = |i: &Ident| {
        crate::syntax::names::unraw(&i.to_string())
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    match tree {
        syn::UseTree::Path(p) => may_import_trait(&p.tree),
        syn::UseTree::Name(n) => type_like(&n.ident),
        syn::UseTree::Rename(r) => type_like(&r.ident) || r.rename == "_",
        syn::UseTree::Glob(_) => true,
        syn::UseTree::Group(g) => g.items.iter().any(may_import_trait),
    }
}

fn has_glob(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(p) => has_glob(&p.tree),
        syn::UseTree::Glob(_) => true,
        syn::UseTree::Group(g) => g.items.iter().any(has_glob),
        syn::UseTree::Name(_) | syn::UseTree::Rename(_) => false,
    }
}

/// How many method calls `tokens` writes (`.name(` or `.name::<`).
fn method_calls(tokens: TokenStream) -> usize {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let punct =
        |k: usize, c: char| matches!(trees.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let mut calls = 0;
    for (k, tt) in trees.iter().enumerate() {
        match tt {
            TokenTree::Ident(_) if k > 0 && punct(k - 1, '.') && !(k > 1 && punct(k - 2, '.')) => {
                let called = matches!(trees.get(k + 1), Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis);
                if called || (punct(k + 1, ':') && punct(k + 2, ':')) {
                    calls += 1;
                }
            }
            TokenTree::Group(g) => calls += method_calls(g.stream()),
            _ => {}
        }
    }
    calls
}

/// The names the body's patterns bind (`let total = ..`, arms, closures).
fn names_bound(block: &Block) -> std::collections::BTreeSet<String> {
    struct Bound(std::collections::BTreeSet<String>);
    impl<'ast> Visit<'ast> for Bound {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.insert(p.ident.to_string());
            visit::visit_pat_ident(self, p);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut bound = Bound(Default::default());
    bound.visit_block(block);
    bound.0
}
