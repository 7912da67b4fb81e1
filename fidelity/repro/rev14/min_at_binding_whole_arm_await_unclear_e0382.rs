// args: 2
// REFUSAL, message got worse. `match o { w @ Some(_) => { tick().await; use(w) } None => .. }` is valid Rust.
// At 94607c7 it was refused with a clear coro message ("this pattern leaves a part of `o` under a `_` in an
// or-pattern or a `@` binding ... Name the part"); since 82f1558 (syntax/pattern.rs leaves_move: a by-value
// `x @ pat` moves whole) the macro accepts it and rustc fails on the expansion: E0382 "use of moved value: `w`"
// (help: "consider calling .as_ref()"), at the arm. Same for `w @ Some((_, 2))` with an awaiting arm
// (50_at_binding_whole.rs). Without an .await in the arm it passes (97_at_binding_literal_arm.rs).
fn f(k: i64) -> i64 {
    let o = Some(Tracked::new("a"));
    let n = match o {
        w @ Some(_) => { tick("arm").await; w.map_or(0, |t| t.len()) }
        None => 0,
    };
    n + k
}
