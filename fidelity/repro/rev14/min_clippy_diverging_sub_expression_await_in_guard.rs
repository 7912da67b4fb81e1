// args: 2
// LINT (clippy; the harness does not run clippy, checked with `cargo clippy` on a crate with
// #![deny(warnings)]): an `.await` in a match guard, and now (de2787a, guarded_matches.rs) in a `matches!`
// guard, which used to be refused with a clear message, makes clippy report `clippy::diverging_sub_expression`
// ("sub-expression diverges", twice) at `#[coro::coroutine]` (at the `match` for a plain match guard). The
// same body as an `async fn` has no such lint. Under #![deny(warnings)] + clippy the coroutine is an error.
// Likely the guard's suspension lowering (a `return`/`loop` expression inside the guard's condition) lacking
// an #[allow(clippy::diverging_sub_expression)]; the matches! desugar only exposes it.
// This program itself passes the harness (rustc lints only).
fn f(k: i64) -> i64 {
    let x = Some(k);
    let g = matches!(x, Some(n) if n > ready("g", 1).await);
    g as i64
}
