//! Review bug: a format string's inline `{x}` is re-pointed by appending
//! `x = <renamed>` even when the macro already has an explicit `x = ..`
//! argument (which is what `{x}` refers to): "duplicate argument named `x`".
//! Happens when `x` is renamed (it shadows a live binding) or has a home,
//! with or without an `.await` in the macro.
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn shadowed_and_named() -> String {
        let x = 1u32;
        let r = &x;
        tick("t").await;
        let x = 2u32;
        format!("{x} {} {}", r, x, x = ready("a", 9u32).await)
    }
    fn homed_and_named() -> String {
        let x = vec![1u32];
        let r = &x;
        tick("t").await;
        let s = format!("{x:?}", x = 5);
        format!("{s} {}", r[0])
    }
}

fn main() {
    assert_eq!(assert_twins!(shadowed_and_named()), "9 1 2");
    assert_eq!(assert_twins!(homed_and_named()), "5 1");
}
