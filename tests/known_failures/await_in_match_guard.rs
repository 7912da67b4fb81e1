//! Known failure (see tests/KNOWN_FAILURES.md#await-in-match-guard):
//! `.await` in a match guard is rejected by the transform.
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn await_in_match_guard(n: i32) -> i32 {
        let t = Tracked::new("t");
        match val("scrut", n) {
            x if ready("guard", x > 2).await => x + t.name().len() as i32,
            _ => 0,
        }
    }
}

fn main() {
    assert_eq!(assert_twins!(await_in_match_guard(5)), 6);
    assert_eq!(assert_twins!(await_in_match_guard(1)), 0);
}
