// args:
// MIN (refusal, documented: limit 3, a pattern with `@` on a homed binding is E0507; the home comes from limit 1, a binding moved on some paths gets one for its drop flag):
// `n @ 0..=3` binds an `i64` by copy and leaves nothing, but the `match` is E0507 "cannot move out of a mutable reference" at `m`.
// Without the `@` (`Msg::Num(0..=3) => 1`) it passes. On a parameter the same (found by 87_enum_methods_by_value_match.rs).
// With `Msg::Num(n @ _)` and two arms the error is coro's own: "this pattern leaves a part of `m` under a `_` in an or-pattern or a `@` binding".
fn f() -> i64 {
    let m = Msg::Write(Tracked::new("w"));
    match m {
        Msg::Num(n @ 0..=3) => n,
        Msg::Write(t) => { tick("write").await; take(t) }
        Msg::Num(_) => 0,
    }
}
pub enum Msg { Num(i64), Write(Tracked) }
