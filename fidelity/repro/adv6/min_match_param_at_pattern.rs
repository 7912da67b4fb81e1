// args:
// MIN (refusal, documented: limit 3, `@` in a pattern on a homed binding is E0507; see min_match_at_binding_moved_some_paths.rs): the same `match` on a
// by-value parameter: E0507 "cannot move out of a mutable reference" at `m`. Found by 87_enum_methods_by_value_match.rs (`Msg::Move { x, y: yy @ 0..=3 }`).
fn f() -> i64 {
    handle(Msg::Write(Tracked::new("w"))).await
}
pub enum Msg { Num(i64), Write(Tracked) }
#[co] fn handle(m: Msg) -> i64 {
    match m {
        Msg::Num(n @ 0..=3) => n,
        Msg::Write(t) => { tick("write").await; take(t) }
        Msg::Num(_) => 0,
    }
}
