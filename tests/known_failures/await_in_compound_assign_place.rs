//! Known failure (see tests/KNOWN_FAILURES.md#await-in-compound-assign-place).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn compound_assign_place() -> Vec<i32> {
        let mut v = vec![0, 0, 0];
        v[ready("i2", 2).await] += val("inc", 7);
        v
    }
}

fn main() {
    assert_eq!(assert_twins!(compound_assign_place()), vec![0, 0, 7]);
}
