//! coro in an edition 2021 crate. The transform places a statement's
//! temporaries by edition 2024's rules. Where edition 2021's differ (a
//! block tail's temporaries, an `if let` scrutinee's before `else`) and the
//! coroutine holds them across an `.await`, it is a compile error in an
//! edition 2021 crate (`tests/ui/*.rs`); everything else runs as edition
//! 2021's `async fn` (`tests/twins.rs`).
//!
//! The test support is coro's own (`tests/support`), compiled here in
//! edition 2021.

#[path = "../../tests/support/mod.rs"]
#[macro_use]
pub mod support;
