//! Compile-time diagnostics of `#[coro::coroutine]`, pinned by trybuild.
//!
//! `ui-tests/fail/*.rs` must fail to compile with exactly the committed
//! `.stderr`; `ui-tests/pass/*.rs` must compile and run (each `main` asserts).
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite cargo test --test ui`
//! and review every change as a user would read it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui-tests/fail/*.rs");
    t.pass("ui-tests/pass/*.rs");
}
