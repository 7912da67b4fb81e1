//! Where edition 2021 places a statement's temporaries differently from
//! edition 2024 and the coroutine holds them across an `.await`, an edition
//! 2021 crate gets a compile error saying so (never a different drop order).

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
