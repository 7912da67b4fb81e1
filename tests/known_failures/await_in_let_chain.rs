//! Known limit (see ARCHITECTURE.md#await-in-let-chain): `.await` inside an
//! `if let ... && ...` chain is refused by the transform.
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn let_chain(o: Option<i32>) -> i32 {
        if let Some(v) = ready("o", o).await
            && v > 1
            && ready("big", v > 5).await
        {
            v
        } else {
            -1
        }
    }
}

fn main() {
    assert_eq!(assert_twins!(let_chain(Some(7))), 7);
    assert_eq!(assert_twins!(let_chain(Some(3))), -1);
    assert_eq!(assert_twins!(let_chain(Some(1))), -1);
    assert_eq!(assert_twins!(let_chain(None)), -1);
}
