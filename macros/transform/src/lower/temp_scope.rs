//! A temporary scope (a statement, a condition): where it began, and the
//! declarations of its temporaries put there.
//!
//! Rust keeps a statement's operands in a scope inside the statement's
//! temporary scope: on unwinding (a later operand panics) an operand
//! already evaluated drops before the statement's temporaries, whatever
//! order they were made in. The lowering binds both to `let`s, which unwind
//! in reverse order of declaration, so a statement temporary made after an
//! operand binding (`take(t(), make().len() + boom(), f().await)`) is
//! declared without a value where its statement began and assigned where
//! it is made. (A machine dropped in a state orders them the same way:
//! `Var::statement_start`, `emit::fields_of`.)

use super::*;

/// Where a temporary scope began: how many variables were declared, and
/// an empty place in the segment's code for the declarations of its
/// temporaries (a place, not an insertion: other checks keep indices into
/// the code).
#[derive(Clone, Copy, Default)]
pub(super) struct TempScope {
    vars: usize,
    anchor: Option<(SegId, usize)>,
}

impl Lowerer {
    /// Begins a temporary scope here; returns the enclosing one, for
    /// [`Lowerer::end_temp_scope`].
    pub(super) fn begin_temp_scope(&mut self) -> TempScope {
        let anchor = (!self.terminated()).then(|| {
            let code = &mut self.out.segs[self.cur_seg].code;
            code.push(Code::Tokens(TokenStream::new()));
            (self.cur_seg, code.len() - 1)
        });
        let scope = TempScope {
            vars: self.out.vars.all.len(),
            anchor,
        };
        std::mem::replace(&mut self.temp_scope, scope)
    }

    pub(super) fn end_temp_scope(&mut self, enclosing: TempScope) {
        self.temp_scope = enclosing;
    }

    /// How many variables were declared when the temporary scope being
    /// lowered began (`Var::statement_start`).
    pub(super) fn statement_start(&self) -> usize {
        self.temp_scope.vars
    }

    /// Statement temporary `v`, just made by `let v = ..;` in the current
    /// segment: where an operand of its statement was bound before it,
    /// its declaration moves to the statement's start (see the module
    /// docs). Left as it is where that `let` is in another segment or
    /// scope than the statement's start (a branch, after a suspension), or
    /// where its value borrows a temporary that the `let` extends.
    pub(super) fn declare_at_statement_start(&mut self, v: VarId) {
        let Some((seg, anchor)) = self.temp_scope.anchor else {
            return;
        };
        let vars = &self.out.vars;
        let operand_before = (self.temp_scope.vars..v)
            .any(|w| !vars.all[w].statement_temp && vars.scopes.iter().any(|s| s.contains(&w)));
        if !operand_before {
            return;
        }
        // In the statement's segment, after its start; or in a block that
        // began in the statement (after a suspension), at its top level.
        let (first, in_frame) = if seg == self.cur_seg {
            (anchor + 1, false)
        } else if self.out.blocks[self.cur_block].seg == self.cur_seg {
            (0, true)
        } else {
            return;
        };
        let ident = vars.all[v].ident.to_string();
        let code = &mut self.out.segs[self.cur_seg].code;
        for i in (first..code.len()).rev() {
            let Code::Tokens(tokens) = &code[i] else {
                return; // another scope's brace
            };
            let Some((mutability, value)) = let_of(tokens, &ident) else {
                continue;
            };
            let name = &vars.all[v].ident;
            code[i] = Code::Tokens(quote!(#name = #value;));
            if in_frame {
                self.out.blocks[self.cur_block].declared_first.push(v);
            } else if let Code::Tokens(declarations) = &mut self.out.segs[seg].code[anchor] {
                declarations.extend(quote!(let #mutability #name;));
            }
            return;
        }
    }
}

/// `let [mut] ident = value;` as its `mut` and value; `None` for other
/// code, and where `value` borrows a temporary the `let` would extend.
fn let_of(tokens: &TokenStream, ident: &str) -> Option<(Option<TokenStream>, Expr)> {
    let mut head = tokens.clone().into_iter().map(|t| t.to_string());
    let declares = head.next().as_deref() == Some("let") && {
        let name = head.next().filter(|t| t != "mut").or_else(|| head.next());
        name.as_deref() == Some(ident)
    };
    if !declares {
        return None;
    }
    let syn::Stmt::Local(local) = syn::parse2::<syn::Stmt>(tokens.clone()).ok()? else {
        return None;
    };
    let syn::Pat::Ident(pat) = &local.pat else {
        return None;
    };
    let init = local.init.as_ref()?;
    // The user's braces around an assigned value (`{ make() }`) are linted
    // (`unused_braces`), around a `let`'s not.
    if pat.ident != ident
        || init.diverge.is_some()
        || !local.attrs.is_empty()
        || matches!(*init.expr, Expr::Block(_))
    {
        return None;
    }
    let mut extended = BTreeSet::new();
    temps::extending_borrows(&init.expr, &mut extended);
    if !extended.is_empty() {
        return None;
    }
    let mutability = pat.mutability.map(|m| m.into_token_stream());
    Some((mutability, (*init.expr).clone()))
}
