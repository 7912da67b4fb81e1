//! Review bug: `MacroArgs::parse` takes the first string literal of
//! `assert_eq!`/`assert_ne!` for the format string. When it holds an inline
//! `{name}` of a renamed or homed binding, the transform appends
//! `x = <renamed>` as a format argument of what is really the compared value:
//! `assert_eq!(s, "{x}", x = ..)`, "format argument must be a string literal"
//! (reported at the attribute). When the real message names a homed binding
//! inline it is not re-pointed either: E0425 "cannot find value `x`".
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn literal_with_braces_compared(s: &'static str) -> u32 {
        let x = 1u32;
        let r = &x;
        tick("t").await;
        let x = 2u32;
        assert_eq!(s, "{x}");
        *r + x
    }
    fn message_names_homed_binding(s: &'static str) -> usize {
        let x = String::from("old");
        let y = &x;
        tick("t").await;
        assert_eq!(s, "lit", "x is {x}");
        y.len()
    }
}

fn main() {
    assert_eq!(assert_twins!(literal_with_braces_compared("{x}")), 3);
    assert_eq!(assert_twins!(message_names_homed_binding("lit")), 3);
}
