//! Known failure (see tests/KNOWN_FAILURES.md#let-uninit).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn let_uninit(flag: bool) -> i32 {
        let x;
        if flag {
            x = ready("a", 1).await;
        } else {
            x = ready("b", 2).await;
        }
        x
    }
}

fn main() {
    assert_eq!(assert_twins!(let_uninit(true)), 1);
    assert_eq!(assert_twins!(let_uninit(false)), 2);
}
