//! The awaited expression: an awaited method's temporary receiver, and the
//! builder chain it may end (`client.get(u).header(k, v).send().await`),
//! moved into the calls and checked by rustc's by-value lookup.

use super::*;
use temp_syntax::rebuild;
use temps::At;

impl Lowerer {
    /// The awaited expression. The receiver of an awaited method call
    /// (`client.get(url).send().await`, `f().await.json().await`) is not
    /// made a statement temporary: the common such method takes `self` (a
    /// builder's `send`), and one that borrows its receiver mostly returns
    /// an awaitable that borrows it too, which a temporary could not be
    /// held beside anyway (limit 3); its other temporaries are. A temporary
    /// receiver is moved into the call, checked (`awaited_receiver`).
    pub(super) fn lower_awaited(&mut self, base: &Expr) -> TokenStream {
        let Expr::MethodCall(m) = strip_parens(base) else {
            // Without the user's parentheses (`(&mut r).await`): an argument
            // of the generated call, they would be `unused_parens`.
            return self.lower_held_operand(strip_parens(base));
        };
        let outer = self.awaited_call.replace(ExprId::of(strip_parens(base)));
        let v = if self.suspends(base) {
            self.lower_held_operand(base)
        } else if temp_syntax::checks_awaited_receiver(m) {
            let call = self.awaited_receiver(m);
            self.fragment_expr(call, Ctx::Value)
        } else {
            let mut ops: Vec<(&Expr, At)> = vec![(&m.receiver, At::Value)];
            ops.extend(m.args.iter().map(|a| (a, At::Value)));
            self.hoisting += 1;
            let vals = self.bind_operand_temps(&ops);
            self.hoisting -= 1;
            let e = rebuild(strip_parens(base), vals);
            self.fragment_expr(e, Ctx::Value)
        };
        self.awaited_call = outer;
        v
    }

    /// `make().fetch()`, awaited: its temporary receiver is bound first and
    /// moved into the call, and rustc's by-value lookup checks that the
    /// method takes it (`Lowerer::awaited_receiver_check`): one borrowing it
    /// is E0793 at the call, where the coroutine would drop it before the
    /// first poll (or refuse an awaitable borrowing it) and an `async fn`
    /// holds it to the `;`. Its arguments are evaluated after it, as in
    /// Rust.
    fn awaited_receiver(&mut self, m: &syn::ExprMethodCall) -> Expr {
        let lookup = &crate::private_api::AWAITED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER;
        self.call_on_bound_receiver(m, Some(lookup))
    }

    /// The receiver of an awaited method call that is a link of a builder
    /// chain (`make().tagged(1)` of `make().tagged(1).later(x.await)
    /// .await`), its links bound and moved in Rust's order, each checked:
    /// the value to evaluate before the call's arguments.
    pub(super) fn chained_receiver(&mut self, link: &syn::ExprMethodCall) -> Expr {
        let chained = &crate::private_api::CHAINED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER;
        self.call_on_bound_receiver(link, Some(chained))
    }

    /// [`Self::chained_receiver`] evaluated now into a temporary (the
    /// call's arguments suspend): the binding, a place the call moves.
    pub(super) fn evaluated_chained_receiver(&mut self, link: &syn::ExprMethodCall) -> Expr {
        let value = self.chained_receiver(link);
        let tokens = self.fragment_expr(value, Ctx::Value);
        let binding = self.operand_binding(tokens, true);
        // A path (a place, read where it stands), never a parse failure.
        syn::parse2(binding.clone()).unwrap_or(Expr::Verbatim(binding))
    }
}
