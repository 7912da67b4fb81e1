//! Review bug: a format string written as `concat!(..)` is taken for an
//! argument and hoisted into a temporary before the later operand's await
//! (`let __coro_tmp0 = concat!(..); format!(__coro_tmp0, ..)`): "format
//! argument must be a string literal", reported at the attribute.
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn format_string_from_concat() -> String {
        let x = 3u32;
        format!(concat!("{}", "-{}"), x, ready("a", 1u32).await)
    }
}

fn main() {
    assert_eq!(assert_twins!(format_string_from_concat()), "3-1");
}
