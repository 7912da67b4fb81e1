//! Expressions that contain a suspension: one arm per form, each "from -> into"; operands go through `operands`.

use super::*;
use crate::private_api::*;

impl Lowerer {
    /// Lowers `e`, emitting whatever must run first; returns an await-free
    /// expression for its value (to be evaluated next, in place).
    pub(super) fn lower_expr(&mut self, e: &Expr) -> TokenStream {
        if !self.suspends(e) {
            return self.fragment_expr(e.clone(), Ctx::Value);
        }
        // A suspending loop holds its iterator across the suspension: what
        // the iterator borrows needs a home. The bindings of a suspending
        // `match`/`if let`/`while let` may point into the scrutinee: what
        // it borrows needs a home if one of them is held.
        let mut scrutinees: Vec<(&Pat, &Expr)> = Vec::new();
        match e {
            Expr::ForLoop(f) => self.request_slots(&f.expr),
            Expr::Match(m) => scrutinees.extend(m.arms.iter().map(|a| (&a.pat, &*m.expr))),
            Expr::If(syn::ExprIf { cond, .. }) | Expr::While(syn::ExprWhile { cond, .. }) => {
                let mut lets = Vec::new();
                collect_lets(cond, &mut lets);
                scrutinees.extend(lets.iter().map(|l| (&*l.pat, &*l.expr)));
            }
            _ => {}
        }
        let mut names = Vec::new();
        let mut borrowed = VarSet::new();
        for (pat, scrutinee) in scrutinees {
            let before = names.len();
            crate::syntax::pattern::bindings(pat, &mut |i, _| names.push(i.to_string()));
            if names.len() > before {
                borrowed.extend(self.lent_by(scrutinee));
                if crate::syntax::pattern::binds_by_ref(pat)
                    && let Some(root) = bare_ident(scrutinee)
                    && let Some(id) = self.out.vars.resolve(&root.to_string())
                {
                    borrowed.insert(id);
                }
            }
        }
        let (first, first_rest) = (self.out.vars.all.len(), self.rest_count);
        let out = self.lower_expr_inner(e);
        if !borrowed.is_empty() {
            // What a pattern leaves of the scrutinee is held as a binding
            // too (`rest::keep_rest`).
            names.extend(rest::rest_holder_names(first_rest, self.rest_count));
            let holders: Vec<VarId> = (first..self.out.vars.all.len())
                .filter(|&v| names.contains(&self.out.vars.all[v].name))
                .collect();
            self.note_pattern_edge(first, holders, borrowed);
        }
        out
    }

    pub(super) fn lower_expr_inner(&mut self, e: &Expr) -> TokenStream {
        // `r = &x.await_something().await`, `v.push((&s, f().await))`: as
        // in `note_assignments`.
        if matches!(e, Expr::Assign(_) | Expr::MethodCall(_) | Expr::Call(_)) {
            self.note_own_stores(e);
        }
        if self.terminated() {
            // Unreachable (after a `return`, say): nothing to run, nothing to jump to.
            return quote!(());
        }
        match e {
            Expr::Await(_) | Expr::Macro(_) => self.lower_suspension_or_macro(e),
            Expr::Return(_)
            | Expr::Try(_)
            | Expr::Break(_)
            | Expr::Block(_)
            | Expr::If(_)
            | Expr::Match(_)
            | Expr::Loop(_)
            | Expr::While(_)
            | Expr::ForLoop(_)
            | Expr::Let(_) => self.lower_control(e),
            _ => self.lower_operation(e),
        }
    }

    /// `.await` and macros: a suspension, or a macro whose operands suspend.
    fn lower_suspension_or_macro(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Await(a) if self.async_next_source(&a.base).is_some() => {
                let source = self.async_next_source(&a.base).expect("checked");
                let text = source_text(&e.to_token_stream());
                self.suspend_on_next(source, a.base.span(), text, line_of(a.await_token.span))
            }
            Expr::Await(a) => {
                self.request_slots(&a.base);
                // The awaited expression runs before its own suspension:
                // its temporaries live to the statement's end (`temps::At`).
                let base = self.lower_awaited(&a.base);
                let span = a.await_token.span;
                let text = source_text(&e.to_token_stream());
                let line = line_of(span);
                self.suspend(
                    {
                        let awaiting = AWAITING.at(a.base.span());
                        quote_spanned!(a.base.span()=> #awaiting(#base))
                    },
                    &a.base,
                    text,
                    line,
                    false,
                )
            }
            Expr::Macro(m) => match operands(&m.mac) {
                Operands::Yield(value) => self.lower_yield(&m.mac, value),
                Operands::YieldFrom(inner) => self.lower_yield_from(&m.mac, inner),
                Operands::AsyncFor(f) => self.lower_async_for(&m.mac, *f),
                Operands::Exprs(args) => self.lower_macro(&m.mac, args),
                Operands::Malformed(e) => {
                    self.errors.push(e);
                    quote!(())
                }
                Operands::Textual | Operands::Opaque => {
                    let name = macros::name(&m.mac);
                    let rule = Rule::AwaitInOpaqueMacro { macro_name: name };
                    self.errors.push(rule.at(m.mac.path.span()));
                    quote!(())
                }
            },
            _ => self.unsupported_await(e),
        }
    }

    /// `recv.method(args)`: operands in Rust's order; a homed receiver that
    /// syntax proves is moved is read out of its home first, as a by-value
    /// argument is.
    fn lower_method_call(&mut self, e: &Expr, m: &syn::ExprMethodCall) -> TokenStream {
        let consumed = crate::syntax::moves::consumed_receiver(m).is_some()
            && self.is_homed_binding(&m.receiver);
        // A field of a value taken by a method known to consume it
        // (`f().await.1.into_name()`) is moved out of that value.
        let moved_field = crate::syntax::moves::consumes_temporary(&m.method)
            && fields::field_path(&m.receiver).is_some();
        // The awaited call's receiver that is a builder chain's link, before
        // an argument that suspends (`make().tagged(1).later(x.await)`):
        // moved link by link, as `lower_awaited` moves it.
        let awaited = self.awaited_call == Some(ExprId::of(e));
        let chained = match strip_parens(&m.receiver) {
            Expr::MethodCall(link) if awaited && temp_syntax::builder_link(link) => {
                Some(self.evaluated_chained_receiver(link))
            }
            _ => None,
        };
        let mut operands: Vec<(&Expr, Ctx)> = vec![match &chained {
            Some(receiver) => (receiver, Ctx::Value),
            None if consumed || moved_field => (&m.receiver, Ctx::Value),
            None => (&m.receiver, Ctx::Receiver),
        }];
        operands.extend(m.args.iter().map(|a| (a, Ctx::Value)));
        // A receiver evaluated into a temporary (hoisted, or an awaited
        // value) is borrowed by the call: a temporary of the statement
        // (`temps::At`, the receiver rule), from when it is made, so that
        // a `return` or `break` in an argument drops it in Rust's order,
        // after the statement temporaries made since.
        // (Not one the call takes: `consumed`, `moved_field`, a builder
        // link, all lowered as values.)
        let temporary_receiver = self.awaited_call != Some(ExprId::of(e))
            && !is_place_or_const(&m.receiver)
            && !made_from_temporary(&m.receiver);
        let borrowed = temporary_receiver
            && operands[0].1 == Ctx::Receiver
            && !crate::syntax::moves::consumes_temporary(&m.method);
        let enclosing = std::mem::replace(
            &mut self.borrowed_receiver,
            borrowed.then(|| ExprId::of(&m.receiver)),
        );
        let vals = self.lower_operands_in(&operands);
        self.borrowed_receiver = enclosing;
        if let Some(root) = crate::syntax::moves::consumed_receiver(m) {
            if let Some(var) = self.out.vars.resolve(&root.to_string())
                && let Some(by_name) = crate::syntax::moves::by_name_check(m)
            {
                let call = receiver_check::Call {
                    method: &m.method,
                    by_name,
                    span: root.span(),
                    args_span: m.paren_token.span.join(),
                    turbofish: m.turbofish.to_token_stream(),
                    args: self.lowered_arg_tokens(m, &vals[1..]),
                };
                self.binding_receiver_check(
                    var,
                    &call,
                    receiver_check::Receiver::Lowered(&vals[0]),
                );
            }
            self.note_consumed(root);
        }
        // An awaited call's receiver evaluated into a temporary (`f()
        // .await.fetch().await`) is taken: checked (`awaited_receiver`).
        if self.awaited_call == Some(ExprId::of(e)) && temp_syntax::checks_awaited_receiver(m) {
            let args: Vec<Expr> = vals[1..].iter().cloned().map(Expr::Verbatim).collect();
            self.awaited_receiver_check(&vals[0], m, &args);
        }
        if temporary_receiver {
            if crate::syntax::moves::consumes_temporary(&m.method) {
                self.temporary_receiver_check(&vals[0], m);
            } else {
                // Noted where it was hoisted already; one evaluated in
                // place, after the arguments' suspension, here.
                self.note_statement_temp(&vals[0], &m.receiver);
            }
        }
        let (recv, args) = vals.split_first().expect("receiver");
        let split = self.home_split(m);
        let recv = split.as_ref().unwrap_or(recv);
        let method = &m.method;
        let turbofish = &m.turbofish;
        quote!(#recv.#method #turbofish (#(#args),*))
    }

    /// Calls, operators and places: operands in Rust's order (see `operands`).
    fn lower_operation(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Call(c) => self.lower_call(c),
            Expr::MethodCall(m) => self.lower_method_call(e, m),
            Expr::Binary(b) => self.lower_binary(b),
            Expr::Unary(u) => {
                let v = self.lower_expr(&u.expr);
                let op = &u.op;
                quote!(#op #v)
            }
            Expr::Cast(c) => {
                let v = self.lower_expr(&c.expr);
                let ty = &c.ty;
                quote!((#v as #ty))
            }
            Expr::Field(_) => self.lower_field_of_suspending(e, FieldUse::Moved),
            Expr::Paren(p) => {
                let v = self.lower_expr(&p.expr);
                quote!((#v))
            }
            Expr::Group(g) => self.lower_expr(&g.expr),
            Expr::Reference(r) if matches!(&*r.expr, Expr::Index(i) if !self.suspends(&i.expr)) => {
                // `&mut v[i.await]`: a borrow of the place, its index evaluated first.
                let Expr::Index(i) = &*r.expr else {
                    unreachable!("matched above")
                };
                let index = self.lower_expr(&i.index);
                let base = self.fragment_expr((*i.expr).clone(), Ctx::Place);
                let m = &r.mutability;
                quote!(&#m #base[#index])
            }
            Expr::Reference(r) => {
                if let Some(field) = self.lower_reference_to_field(r, e) {
                    return field;
                }
                let v = self.lower_expr(&r.expr);
                // The referent is a temporary: give it a home that lives on.
                let home = self.temp_binding(v, r.mutability.is_some());
                self.push_statement_temp(self.out.vars.all.len() - 1, e);
                let m = &r.mutability;
                quote!(&#m #home)
            }
            Expr::Index(i) => {
                let vals = self.lower_operands(&[&i.expr, &i.index], true);
                if !is_place_or_const(&i.expr) && !made_from_temporary(&i.expr) {
                    self.note_statement_temp(&vals[0], &i.expr);
                }
                let (base, index) = (&vals[0], &vals[1]);
                quote!(#base[#index])
            }
            Expr::Assign(a) if self.suspends(&a.left) => {
                // Rust evaluates the value before the place: `v[i.await] =
                // f()` runs `f()` first (as for `+=`, `lower_binary`); a
                // place is moved (or copied) then too.
                self.hoisting += 1;
                let right = self.lower_expr(&a.right);
                self.hoisting -= 1;
                let right = if matches!(&*a.right, Expr::Lit(_)) {
                    right
                } else {
                    self.temp_binding(right, false)
                };
                let left = self.lower_expr(&a.left);
                quote!(#left = #right)
            }
            Expr::Assign(a) => {
                let right = self.lower_expr(&a.right);
                let left = self.fragment_expr(
                    (*a.left).clone(),
                    if bare_ident(&a.left).is_some() {
                        Ctx::Assign
                    } else {
                        Ctx::Place
                    },
                );
                if let Some(ident) = bare_ident(&a.left)
                    && let Some(v) = self.out.vars.resolve(&ident.to_string())
                {
                    self.note_assigned(v);
                    // A homed binding is assigned through its guard, which
                    // drops the value it holds only if it holds one (a
                    // plain assignment to the home would drop what a `let
                    // x;` never put there), as in the fragment pass.
                    if self.out.vars.all[v].slot.is_some() {
                        let home = &self.out.vars.all[v].ident;
                        let guard = crate::syntax::names::respan(
                            home,
                            home.span().located_at(ident.span()),
                        );
                        let assign_local = ASSIGN_LOCAL.at(ident.span());
                        return quote_spanned!(ident.span()=> #assign_local(&#guard, #right));
                    }
                }
                quote!(#left = #right)
            }
            Expr::Tuple(_)
            | Expr::Array(_)
            | Expr::Repeat(_)
            | Expr::Struct(_)
            | Expr::Range(_) => self.lower_literal(e),
            _ => self.unsupported_await(e),
        }
    }

    /// Tuple, array, struct and range literals: their operands in order.
    fn lower_literal(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Tuple(t) => {
                let operands: Vec<&Expr> = t.elems.iter().collect();
                let vals = self.lower_operands(&operands, false);
                if vals.len() == 1 {
                    let v = &vals[0];
                    quote!((#v,))
                } else {
                    quote!((#(#vals),*))
                }
            }
            Expr::Array(a) => {
                let operands: Vec<&Expr> = a.elems.iter().collect();
                let vals = self.lower_operands(&operands, false);
                quote!([#(#vals),*])
            }
            Expr::Repeat(r) => {
                let v = self.lower_expr(&r.expr);
                let len = &r.len;
                quote!([#v; #len])
            }
            Expr::Struct(s) => {
                let mut operands: Vec<(&Expr, Ctx)> =
                    s.fields.iter().map(|f| (&f.expr, Ctx::Value)).collect();
                let holds_listed_fields = self.holds_listed_fields(s);
                if let Some(rest) = &s.rest {
                    // `..base` leaves the listed fields in `base`: assumed
                    // to move nothing (see `fragment::forms`, `Expr::Struct`);
                    // a temporary's are held (`struct_update.rs`).
                    let ctx = if holds_listed_fields {
                        Ctx::Value
                    } else {
                        Ctx::Field
                    };
                    operands.push((rest, ctx));
                }
                let mut vals = self.lower_operands_in(&operands);
                if holds_listed_fields && !self.terminated() {
                    let base = vals.pop().expect("the base");
                    let (fields, base) = self.lower_struct_update(s, vals, base);
                    vals = fields;
                    vals.push(base);
                }
                let path = &s.path;
                let qself = s.qself.as_ref().map(|q| {
                    let ty = &q.ty;
                    quote!(<#ty>::)
                });
                let fields = s.fields.iter().zip(&vals).map(|(f, v)| {
                    let member = &f.member;
                    quote!(#member: #v)
                });
                let rest = s.rest.as_ref().map(|_| {
                    let v = vals.last().expect("rest");
                    quote!(.. #v)
                });
                if qself.is_some() {
                    quote!(#qself #path { #(#fields,)* #rest })
                } else {
                    quote!(#path { #(#fields,)* #rest })
                }
            }
            Expr::Range(r) => {
                let operands: Vec<&Expr> =
                    r.start.iter().chain(r.end.iter()).map(|b| &**b).collect();
                let vals = self.lower_operands(&operands, false);
                let limits = &r.limits;
                let mut it = vals.iter();
                let start = r.start.as_ref().map(|_| it.next().expect("start"));
                let end = r.end.as_ref().map(|_| it.next().expect("end"));
                quote!((#start #limits #end))
            }
            _ => self.unsupported_await(e),
        }
    }

    /// Exits and control flow: `return`, `?`, `break`, blocks, branches and loops.
    fn lower_control(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Return(r) => {
                let v = match &r.expr {
                    Some(v) => self.lower_expr(v),
                    None => quote!(()),
                };
                let ret = self.return_tokens(v);
                self.emit(ret);
                self.terminate();
                quote!(())
            }
            Expr::Try(t) => {
                let v = self.lower_expr(&t.expr);
                crate::codegen::try_code(v, self.ret_ty.as_ref())
            }
            Expr::Break(b) => {
                let value = b.expr.as_ref().map(|v| self.lower_expr(v));
                self.lower_jump(b.label.as_ref(), Some(value), b.span());
                quote!(())
            }
            Expr::Block(b) if b.label.is_some() => self.lower_labelled_block(b),
            Expr::Block(b) => self.lower_block_value(&b.block),
            Expr::If(i) => self.lower_if(i),
            Expr::Match(m) => self.lower_match(m),
            Expr::Loop(l) => {
                self.lower_loop(l.label.as_ref(), LoopKind::Loop, &l.body, l.loop_token.span)
            }
            Expr::While(w) if is_let_chain(&w.cond) => self.lower_while_let_chain(w),
            Expr::While(w) => self.lower_loop(
                w.label.as_ref(),
                LoopKind::While(&w.cond),
                &w.body,
                w.while_token.span,
            ),
            Expr::ForLoop(f) => self.lower_for(f),
            Expr::Let(_) => {
                self.errors.push(Rule::AwaitInLetChain.at(e.span()));
                quote!(false)
            }
            _ => self.unsupported_await(e),
        }
    }

    /// An `.await` in a form the transform does not take apart.
    fn unsupported_await(&mut self, e: &Expr) -> TokenStream {
        self.errors.push(Rule::AwaitInUnsupportedExpr.at(e.span()));
        quote!(())
    }

    /// A compound assignment is lowered in primitive order, the value
    /// first; where one side suspends and the other's evaluation could show
    /// (`v[next()] += &f().await`), a check in code that never runs makes a
    /// non-built-in operator, for which Rust evaluates the place first, a
    /// compile error with the rewrite (`coro::__private::compound_probes`).
    fn builtin_compound_check(
        &mut self,
        b: &syn::ExprBinary,
        left: &TokenStream,
        right: &TokenStream,
    ) {
        let shows = |side: &Expr, other: &Expr| self.suspends(side) && evaluation_may_show(other);
        if !shows(&b.right, &b.left) && !shows(&b.left, &b.right) {
            return;
        }
        let span = b.op.span();
        let probe = if matches!(b.op, syn::BinOp::ShlAssign(_) | syn::BinOp::ShrAssign(_)) {
            Ident::new("builtin_shift", span)
        } else {
            Ident::new("builtin", span)
        };
        let probes = crate::private_api::COMPOUND_PROBES.at(span);
        self.emit(quote_spanned! {span=>
            #[allow(unreachable_code)]
            if false {
                ::core::unreachable!();
                #probes::#probe(&(#left), &(#right));
            }
        });
    }

    pub(super) fn lower_binary(&mut self, b: &syn::ExprBinary) -> TokenStream {
        use syn::BinOp::*;
        let op = &b.op;
        match b.op {
            And(_) | Or(_) => {
                // Short-circuit: the right side runs only when needed. (The
                // sides lose their parentheses where they become a `let`
                // or a join's value: `temps::without_parens`.)
                // Each operand is a temporary scope of its own (the
                // Reference: "each operand of a lazy boolean expression"):
                // the left one's temporaries drop before the right one runs.
                let from = self.ref_temps.len();
                let left = self.lower_condition(&b.left);
                let left = self.settle_condition(from, left);
                let is_and = matches!(b.op, And(_));
                let cond = self.temp_binding(left, false);
                let join = self.new_block(
                    BlockKind::Join,
                    "AfterCondition",
                    format!(
                        "After `{}` (line {}).",
                        source_text(&b.to_token_stream()),
                        line_of(b.op.span())
                    ),
                );
                let result = self.join_result(join);
                let (then_seg, then_m) = self.inline_seg();
                let (else_seg, else_m) = self.inline_seg();
                self.emit(quote!(if #cond { #then_m } else { #else_m }));
                self.terminate();
                let (block, flow) = (self.cur_block, self.flow.clone());
                let short = if is_and { quote!(false) } else { quote!(true) };
                let (eval_seg, short_seg) = if is_and {
                    (then_seg, else_seg)
                } else {
                    (else_seg, then_seg)
                };
                self.cur_seg = short_seg;
                self.goto(join, vec![short]);
                self.cur_seg = eval_seg;
                self.cur_block = block;
                self.flow = flow;
                let from = self.ref_temps.len();
                let right = self.lower_condition(&b.right);
                // The right operand's temporaries drop here, on this path
                // only.
                let right = self.settle_condition(from, right);
                self.goto(join, vec![right]);
                self.switch_to(join);
                self.out.vars.all[result].ident.to_token_stream()
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                // On primitive types (the common case) Rust evaluates the value
                // before the place: `v[i.await] += f()` runs `f()` first; a
                // place is read then too (read after the place's suspension,
                // it was not carried there: E0425).
                let left_suspends = usize::from(self.suspends(&b.left));
                self.hoisting += left_suspends;
                let right = self.lower_expr(&b.right);
                self.hoisting -= left_suspends;
                let right = if self.suspends(&b.left) && !matches!(&*b.right, Expr::Lit(_)) {
                    self.temp_binding(right, false)
                } else {
                    right
                };
                let left = if self.suspends(&b.left) {
                    self.lower_expr(&b.left)
                } else {
                    self.fragment_expr((*b.left).clone(), Ctx::Place)
                };
                self.builtin_compound_check(b, &left, &right);
                quote!((#left) #op #right)
            }
            _ => {
                let at = if is_comparison(&b.op) {
                    At::Place
                } else {
                    At::Value
                };
                let vals = self
                    .lower_operands_at(&[(&b.left, Ctx::Value, at), (&b.right, Ctx::Value, at)]);
                if at == At::Place {
                    // Both operands are borrowed by the comparison: a value
                    // evaluated into a temporary (hoisted before the right
                    // operand's suspension, or an awaited value) is a
                    // temporary of the statement (`temps::At`).
                    for (operand, v) in [&*b.left, &*b.right].into_iter().zip(&vals) {
                        if !is_place_or_const(operand) && !made_from_temporary(operand) {
                            self.note_statement_temp(v, operand);
                        }
                    }
                }
                let (l, r) = (&vals[0], &vals[1]);
                quote!(#l #op #r)
            }
        }
    }
}
