// args: 2
// NEW (silent difference, low likelihood: needs a user binding spelled like a hidden one). The hidden
// bindings new today (`__coro_item` for `for _ in`, lower/loops.rs afb043a; `__coro_extended<N>` for
// `let ref r = make()`, lower/extended.rs 7ad691e) are made with Span::mixed_site(), but a user's own
// `__coro_item` used in the loop body resolves to the hidden item: coro returns 4 (logs "len a", "len b"),
// async fn 10 ("len user" twice). Same with `let __coro_extended1 = ..; let ref r = make();`
// (C5c_let_ref_user_name_captured.rs: coro 8, async fn 9) and, with another type, E0277 (C5_...).
// The README does not reserve the `__coro_` prefix. Either reserve it (a compile error naming it) or
// make the names unique against the body's identifiers.
fn f(k: i64) -> i64 {
    let __coro_item = Tracked::new("user");
    let mut n = 0;
    for _ in bag("a", "b") {
        tick("body").await;
        n += __coro_item.len();
    }
    n + k
}
