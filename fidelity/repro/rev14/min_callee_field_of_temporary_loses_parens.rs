// args: 2
// REFUSAL (pre-existing, same at 94607c7; in the area of 25d1e69's temporary callees). Calling a function
// field of a temporary, `(holder("h").cb)(ready(..).await)`, is valid Rust; the coroutine emits it without
// the parentheses, `holder("h").cb(..)`, which is a method call: rustc E0599 "no method named `cb` found
// for struct `Holder` ... field, not a method". With a local (`(s.cb)(x.await)`, G5) it is right. Also
// `table()[1](x.await) + y.await` (G3) is E0507 "cannot move out of index of Vec<Box<dyn Fn>>" at the
// attribute: Rust borrows the callee in place (Fn::call(&table()[1], ..)), the coroutine moves it out.
// Likely lower/exprs.rs lower_call (callee operand hoisted through strip_parens / a field-path reading that
// re-emits `base.member` then `(args)`).
fn f(k: i64) -> i64 {
    let a = (holder("h").cb)(ready("a", k).await);
    tick("x").await;
    a
}
struct Holder { cb: fn(i64) -> i64, _t: Tracked }
fn holder(n: &'static str) -> Holder { Holder { cb: |x| x * 2, _t: Tracked::new(n) } }
