//! Statements: the body, blocks of statements, and `let` (with `else`, extended temporaries and homes).

use super::*;
use crate::private_api::*;

impl Lowerer {
    /// Lowers the function body (a block whose value is returned).
    pub(super) fn lower_body(&mut self, body: &SynBlock) {
        // The body's scope stays open to the end: the return value is
        // computed while its bindings live (they drop as the closure returns).
        self.open_scope();
        // Nothing is evaluated after the body's tail: the parameters drop
        // after its temporaries in every edition.
        temp_syntax::note_final_block(&body.stmts, &mut self.final_tails);
        let value = self.lower_block_stmts(&body.stmts);
        let has_tail = matches!(body.stmts.last(), Some(Stmt::Expr(_, None)));
        if !self.terminated() {
            if !has_tail && !self.returns_unit {
                // No value and a non-`()` return type: in valid code the end
                // is unreachable (the last statement diverges).
                self.emit(quote!(::core::unreachable!()));
            } else {
                let ret = self.return_tokens(value);
                self.emit(ret);
            }
            self.terminate();
        }
    }

    /// Lowers statements in the current scope; returns the value of the tail.
    pub(super) fn lower_block_stmts(&mut self, stmts: &[Stmt]) -> TokenStream {
        // Items are visible in the whole block: hoist those of flattened blocks.
        for stmt in stmts {
            if let Stmt::Item(item) = stmt {
                let mut names = Vec::new();
                item_names(item, &mut names);
                for name in names {
                    let key = name.to_string();
                    // Items under `#[cfg]` may be alternatives of one name
                    // (`#[cfg(x)] fn f` beside `#[cfg(not(x))] fn f`): rustc
                    // reports the ones that are both compiled in.
                    if configured(item) {
                        continue;
                    }
                    if self.item_names.contains(&key) {
                        let rule = Rule::DuplicateItem { name: key };
                        self.errors.push(rule.at(name.span()));
                    } else {
                        self.item_names.insert(key);
                    }
                }
                self.out.items.push(item.to_token_stream());
            }
        }
        let mut value = quote!(());
        for stmt in stmts {
            match stmt {
                Stmt::Local(syn::Local {
                    init: Some(init), ..
                }) if init.diverge.is_none() => {
                    temp_syntax::note_final_tails(&init.expr, &mut self.final_tails);
                }
                Stmt::Expr(e, _) => temp_syntax::note_final_tails(e, &mut self.final_tails),
                _ => {}
            }
        }
        for (i, stmt) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            let enclosing = self.begin_temp_scope();
            match stmt {
                Stmt::Item(_) => {}
                Stmt::Local(local) => {
                    let from = self.ref_temps.len();
                    self.lower_local(local);
                    // `let x = &v.await;`, `let s = S { r: &v.await }`: extended.
                    let mut extended = BTreeSet::new();
                    if let Some(init) = &local.init {
                        extending_borrows(&init.expr, &mut extended);
                    }
                    self.drop_statement_temps(from, &extended);
                }
                Stmt::Expr(e, semi) => {
                    if last && semi.is_none() {
                        let locals = temp_syntax::declares_locals(stmts);
                        value = self.lower_tail(e, locals);
                    } else if self.suspends(e) {
                        let from = self.ref_temps.len();
                        let v = self.lower_expr(e);
                        self.emit_discarded_at(v, e);
                        self.drop_statement_temps(from, &BTreeSet::new());
                    } else {
                        let s = self.fragment_stmt(stmt.clone());
                        self.emit(s);
                        if diverges(e) {
                            self.terminate();
                        }
                    }
                }
                Stmt::Macro(m) => {
                    let e = Expr::Macro(syn::ExprMacro {
                        attrs: m.attrs.clone(),
                        mac: m.mac.clone(),
                    });
                    if self.suspends(&e) {
                        let from = self.ref_temps.len();
                        let v = self.lower_expr(&e);
                        self.emit_discarded(v);
                        self.drop_statement_temps(from, &BTreeSet::new());
                    } else {
                        let s = self.fragment_stmt(stmt.clone());
                        self.emit(s);
                    }
                }
            }
            self.end_temp_scope(enclosing);
        }
        value
    }

    /// What a `let`'s initialiser may borrow, and which bindings it names
    /// as whole values (resolved before the `let` declares its own).
    pub(super) fn let_sources(&self, local: &syn::Local) -> (VarSet, VarSet) {
        let Some(init) = &local.init else {
            return Default::default();
        };
        let mut borrows = self.borrowed_vars(&init.expr);
        // `let ref r = x;` borrows `x`.
        if crate::syntax::pattern::binds_by_ref(&local.pat)
            && let Some(root) = bare_ident(&init.expr)
            && let Some(id) = self.out.vars.resolve(&root.to_string())
        {
            borrows.insert(id);
        }
        (borrows, self.value_vars(&init.expr))
    }

    pub(super) fn lower_local(&mut self, local: &syn::Local) {
        if let Some((extended, rest)) = self.split_extended_temporary(local) {
            self.lower_local(&extended);
            self.lower_local(&rest);
            return;
        }
        // The statement's temporaries made by its initialiser (a `let ..
        // else` drops them before its `else` runs).
        let temps_from = self.ref_temps.len();
        // `let c = |..| ..;`: whether a call `c()` moves `c` (`syntax::moves`).
        let mut called_moves = false;
        let mut called_reads = false;
        let mut captures = (Vec::new(), Vec::new(), Vec::new());
        let (value, diverge) = match &local.init {
            Some(init) => {
                let ctx = if crate::syntax::pattern::is_single_binding(&local.pat)
                    || (crate::syntax::pattern::local_moves_whole(local)
                        && self.is_homed_binding(&init.expr))
                {
                    Ctx::Value
                } else if crate::syntax::pattern::has_bindings(&local.pat) {
                    Ctx::Project
                } else {
                    Ctx::Place
                };
                let v = if self.suspends(&init.expr) {
                    self.lower_expr(&init.expr)
                } else {
                    let (v, usage) = self.fragment_expr_usage((*init.expr).clone(), ctx);
                    called_moves = usage.closure_called_moves;
                    called_reads = usage.closure_not_move;
                    captures = (
                        usage.closure_value_captures,
                        usage.closure_captures,
                        usage.closure_pattern_captures,
                    );
                    v
                };
                (Some(v), init.diverge.as_ref().map(|(_, d)| &**d))
            }
            None => (None, None),
        };
        let single = crate::syntax::pattern::is_single_binding(&local.pat);
        // A `move` closure judged `FnOnce`: its check goes before its `let`.
        let probe = (called_moves && !called_reads && single)
            .then(|| self.closure_probe_place(captures))
            .flatten();
        let first = self.out.vars.all.len();
        self.lower_local_value(local, value, diverge, temps_from);
        if called_moves && single {
            for var in &mut self.out.vars.all[first..] {
                var.called_moves = true;
                var.called_reads = called_reads;
            }
            let bound = (first..self.out.vars.all.len())
                .rev()
                .find(|&v| self.out.vars.all[v].user.is_some());
            if let (Some(probe), Some(var)) = (probe, bound) {
                self.closure_probe_binding(probe, var);
            }
        }
    }

    fn lower_local_value(
        &mut self,
        local: &syn::Local,
        value: Option<TokenStream>,
        diverge: Option<&Expr>,
        temps_from: usize,
    ) {
        match (value, diverge) {
            (None, _) => self.lower_uninit_local(local),
            (Some(v), None) => self.lower_plain_local(local, v),
            (Some(v), Some(diverge)) if !self.suspends(diverge) => {
                self.lower_let_else(local, v, diverge, temps_from)
            }
            (Some(v), Some(diverge)) => self.lower_let_else_awaiting(local, v, diverge, temps_from),
        }
    }

    /// `let x;` (declared without a value).
    fn lower_uninit_local(&mut self, local: &syn::Local) {
        let attrs = &local.attrs;
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(local.pat.clone());
        self.pending_homes.clear();
        if !crate::syntax::pattern::is_single_binding(&local.pat) {
            self.unhome_since(first);
        } else {
            if let Some(index) = self.out.vars.all[first].slot {
                let ident = self.out.vars.all[first].ident.clone();
                let handle = crate::codegen::slot_handle(index);
                let ty = match &local.pat {
                    Pat::Type(t) => {
                        let ty = &t.ty;
                        quote!(: #LOCAL<'_, #ty>)
                    }
                    _ => quote!(),
                };
                self.emit(quote!(#(#attrs)* let #ident #ty = #handle.declare();));
                return;
            }
        }
        // Declared without a value: not initialised yet.
        let declared: Vec<VarId> = self.out.vars.latest_in_scope(count_bindings(&pat));
        self.flow.uninit.extend(declared.iter().copied());
        // `let x;` is emitted only if this block itself goes on to use
        // `x`: a block that only passes it on could not infer its type.
        self.out.uninit_decls.push(UninitDecl {
            block: self.cur_block,
            vars: declared,
            tokens: quote!(#(#attrs)* #[allow(unused_mut)] let #pat;),
        });
        self.emit(Marker::Uninit(self.out.uninit_decls.len() - 1).tokens());
    }

    /// `let P = v;`
    fn lower_plain_local(&mut self, local: &syn::Local, v: TokenStream) {
        let attrs = &local.attrs;
        // (A field of a value, `let _ = f().await.1;`, is a place of a
        // temporary of the statement as lowered, `{ __coro_tmp1 }.1`, which
        // `let _` leaves in place, as Rust does: `fields.rs`.)
        if matches!(local.pat, Pat::Wild(_))
            && local
                .init
                .as_ref()
                .is_some_and(|i| self.suspends(&i.expr) && fields::field_path(&i.expr).is_none())
        {
            // `let _ = x.await;` drops the value at the end of the
            // statement; the lowered value is a temporary's name (a place,
            // which `let _` would leave alive): move it into a value first.
            self.emit(quote!(#(#attrs)* let _ = ::core::convert::identity(#v);));
            return;
        }
        let borrowed = local
            .init
            .as_ref()
            .and_then(|init| self.borrowed_local(&init.expr))
            .filter(|(_, of)| {
                self.out
                    .vars
                    .resolve(of)
                    .is_some_and(|id| self.out.vars.all[id].slot.is_none())
            });
        let (borrows, values) = self.let_sources(local);
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(local.pat.clone());
        let declared: Vec<VarId> = (first..self.out.vars.all.len()).collect();
        self.note_let_edges(local, first, borrows, values);
        if crate::syntax::pattern::is_single_binding(&local.pat)
            && let [id] = declared[..]
            && let Some(index) = self.out.vars.all[id].slot
        {
            // Initialised straight into its home.
            self.pending_homes.clear();
            let ident = self.out.vars.all[id].ident.clone();
            let handle = crate::codegen::slot_handle(index);
            let v = match &local.pat {
                Pat::Type(t) => {
                    let ty = &t.ty;
                    let typed = Ident::new("__coro_typed", Span::mixed_site());
                    quote!({ let #typed: #ty = #v; #typed })
                }
                _ => v,
            };
            self.emit(quote!(#(#attrs)* let #ident = #handle.init(#v);));
            return;
        }
        if let (Some(b), Pat::Ident(_)) = (borrowed, &local.pat) {
            for var in &mut self.out.vars.all[first..] {
                // A reference: nothing to drop, so held only while used.
                var.borrow_of = Some(b.clone());
                var.no_drop_glue = true;
            }
        }
        // `let big = [0u8; 1024];`, `let n: u64 = ..`: plain data with
        // nothing to drop is held only while it is still read.
        let single = match &local.pat {
            Pat::Ident(p) => Some((p, None)),
            Pat::Type(t) => match &*t.pat {
                Pat::Ident(p) => Some((p, Some(&*t.ty))),
                _ => None,
            },
            _ => None,
        };
        if let Some((p, ty)) = single
            && p.subpat.is_none()
            && (ty.is_some_and(plain_type)
                || local.init.as_ref().is_some_and(|i| plain_value(&i.expr)))
        {
            for var in &mut self.out.vars.all[first..] {
                var.no_drop_glue = true;
            }
        }
        // `let (a, _) = f().await;`: the awaited value is a temporary of
        // the statement, whose parts the pattern leaves (`_`, `..`) drop at
        // its end; the lowered value is a temporary's name (a place, which
        // would keep them to the end of the arm): move it into a value. (Not
        // under a `ref` binding, which borrows it: Rust extends it then.)
        let leaves = !crate::syntax::pattern::moves_whole(&local.pat)
            && !crate::syntax::pattern::binds_by_ref(&local.pat);
        let v = match local.init.as_ref().map(|i| strip_parens(&i.expr)) {
            Some(Expr::Await(_)) if single.is_none() && leaves => {
                quote!(::core::convert::identity(#v))
            }
            _ => v,
        };
        self.emit(quote!(#(#attrs)* #[allow(unused_mut)] let #pat = #v;));
        self.flush_homes();
    }

    /// `let P = v else { .. };` whose `else` does not suspend.
    fn lower_let_else(
        &mut self,
        local: &syn::Local,
        v: TokenStream,
        diverge: &Expr,
        temps_from: usize,
    ) {
        let attrs = &local.attrs;
        // The `else` diverges: what it moves is moved on its own exits
        // (their edges are made inside it), never on the path that goes on
        // after the `let`.
        let (moved, surely) = (self.flow.moved.clone(), self.flow.moved_surely.clone());
        let d = self.fragment_expr(diverge.clone(), Ctx::Value);
        self.flow.moved = moved;
        self.flow.moved_surely = surely;
        let (borrows, values) = self.let_sources(local);
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(local.pat.clone());
        self.note_let_edges(local, first, borrows, values);
        let v = match &local.init {
            Some(init) if self.suspends(&init.expr) => {
                control::awaited_scrutinee_as_value(v, &local.pat)
            }
            _ => v,
        };
        let v = let_else_init(v);
        // Rust drops the initialiser's temporaries before the `else` runs
        // (on the other path, at the end of the statement).
        let drops: TokenStream = self
            .temp_drops(&self.ref_temps[temps_from..])
            .into_iter()
            .map(|(_, code)| code)
            .collect();
        let d = else_block(drops, d);
        self.emit(quote!(#(#attrs)* #[allow(unused_mut)] let #pat = #v else #d;));
        self.flush_homes();
    }

    /// `let P = v else { .. .await .. };`: the else branch is a segment of
    /// its own; the bindings come out as a tuple.
    fn lower_let_else_awaiting(
        &mut self,
        local: &syn::Local,
        v: TokenStream,
        diverge: &Expr,
        temps_from: usize,
    ) {
        // `let P = v else { ... .await ... }`: the else branch is a
        // segment of its own; the bindings come out as a tuple.
        let scrutinee = self.temp_binding(v, false);
        let (else_seg, else_marker) = self.inline_seg();
        let (borrows, values) = self.let_sources(local);
        let first = self.out.vars.all.len();
        let pat = self.declare_pattern(local.pat.clone());
        self.note_let_edges(local, first, borrows, values);
        let mut idents = Vec::new();
        let mut muts = Vec::new();
        crate::syntax::pattern::bindings(&pat, &mut |i, m| {
            idents.push(i.clone());
            muts.push(m);
        });
        let outs = idents
            .iter()
            .zip(&muts)
            .map(|(i, m)| if *m { quote!(mut #i) } else { quote!(#i) });
        // With a home among them, the pattern binds `__coro_bound_*` names
        // (`declare_pattern_inner`): the tuple comes out under those, and
        // `flush_homes` moves each into its home or its binding.
        self.emit(quote! {
            #[allow(unused_mut)]
            let (#(#outs,)*) = match #scrutinee {
                #pat => (#(#idents,)*),
                _ => { #else_marker }
            };
        });
        self.flush_homes();
        let (saved_block, saved_seg, saved_flow) =
            (self.cur_block, self.cur_seg, self.flow.clone());
        // The else branch cannot see the pattern's bindings.
        let bound: Vec<VarId> = self.out.vars.latest_in_scope(idents.len());
        self.out
            .vars
            .scopes
            .last_mut()
            .unwrap()
            .retain(|v| !bound.contains(v));
        self.cur_seg = else_seg;
        // The initialiser's value and temporaries drop before the `else` runs.
        let mut temps = self.ref_temps[temps_from..].to_vec();
        if let Some(init) = &local.init
            && let Some(v) = self.held_scrutinee_value(&init.expr, &scrutinee)
        {
            temps.push((v, super::temps::ExprId::of(&init.expr)));
        }
        self.drop_temps(&temps);
        match diverge {
            Expr::Block(b) if b.label.is_none() => self.lower_block_discard(&b.block),
            other => {
                let v = self.lower_expr(other);
                self.emit_discarded(v);
            }
        }
        self.terminate();
        self.out
            .vars
            .scopes
            .last_mut()
            .unwrap()
            .extend(bound.iter().rev());
        self.cur_block = saved_block;
        self.cur_seg = saved_seg;
        self.flow = saved_flow;
    }
}

/// The `else` block of an await-free `let .. else`: the user's block, its
/// braces kept, with `drops` put first. Braces of the macro's own around it
/// (`else { #drops #d }`) would make the user's block the tail of a block,
/// which `unused_braces` lints where it is one line and one expression
/// (`let Some(x) = o else { return 0 };`: a warning `async fn` has not).
fn else_block(drops: TokenStream, d: TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, Group, TokenTree};
    let mut trees = d.clone().into_iter();
    if let (Some(TokenTree::Group(g)), None) = (trees.next(), trees.next())
        && g.delimiter() == Delimiter::Brace
    {
        let inner = g.stream();
        let mut block = Group::new(Delimiter::Brace, quote!(#drops #inner));
        block.set_span(g.span());
        return block.into_token_stream();
    }
    quote!({ #drops #d })
}

/// Whether `item` carries a `#[cfg(..)]` attribute.
fn configured(item: &syn::Item) -> bool {
    use proc_macro2::TokenTree;
    let mut trees = item.to_token_stream().into_iter().peekable();
    while let Some(TokenTree::Punct(p)) = trees.next()
        && p.as_char() == '#'
    {
        let Some(TokenTree::Group(g)) = trees.next() else {
            return false;
        };
        if matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "cfg") {
            return true;
        }
    }
    false
}
