// A binding or field whose name has a leading, trailing or doubled `_` (or
// an uppercase letter), split by a partial move or left in part by a
// pattern: the hidden bindings the macro names after it were not snake
// case (`__coro__p_a`, `__coro_left_p__0_0`), a `non_snake_case` warning
// the `async fn` does not have; under `deny(warnings)` an error.
#![deny(warnings)]

struct Pair {
    a: String,
    b: String,
}

#[allow(non_snake_case)]
struct Odd {
    _a: String,
    b_: String,
    Cc: String,
}

struct Wrap(String, String);

struct Outer {
    w: Wrap,
    t: String,
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn split(a: String, b: String) -> usize {
    let _p = Pair { a, b };
    let p_ = Odd { _a: "c".into(), b_: "dd".into(), Cc: "e".into() };
    let a = _p.a;
    let x = p_._a;
    tick().await;
    a.len() + x.len() + _p.b.len() + p_.b_.len() + p_.Cc.len()
}

#[coro::coroutine]
fn left(x: String) -> usize {
    let _o = Outer { w: Wrap(x, "yy".into()), t: "t".into() };
    let _q = (String::from("z"), String::from("www"));
    let Outer { w: Wrap(_, b), t: _ } = _o;
    let (_, d) = _q;
    tick().await;
    b.len() + d.len()
}

fn main() {
    assert_eq!(coro::run(split("a".into(), "bb".into())), 7);
    assert_eq!(coro::run(left("x".into())), 5);
}
