// args: 0
// REFUSAL (coro message, wrong reason and an impossible rewrite): a by-value `@` binding over a subpattern with `_`
// or `..` (`whole @ Some(_) => { f().await; .. }`, `q @ Pair { .. } => ..`) moves ALL of the scrutinee binding into
// `whole`/`q`, leaving nothing, yet is refused: "this pattern leaves a part of `o` under a `_` in an or-pattern or a
// `@` binding .. Name the part (`_u` ..)" / "leaves the parts under `..` .. Write a `_` for each part". The
// suggested `whole @ Some(_u)` is itself an error in Rust for a non-Copy part (E0382, by-move binding under a
// by-move `@`). Ledger limit 7 lists "a `_` in an or-pattern or under `@`" as refused; for a by-value `@` there is
// no leftover to keep. Same in `if let all @ Some(_) = a` and `let both @ (_, _) = b else ..` (221). The async
// fn compiles.
fn f(k: i64) -> i64 {
    let o = opt_trk("o", true);
    match o {
        whole @ Some(_) => { tick("arm").await; opt_len(&whole) + k }
        None => 0,
    }
}
