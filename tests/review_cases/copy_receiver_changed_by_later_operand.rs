//! Review (refusal, not a miscompile): a `Copy` receiver taken by value
//! (`x.max(..)`) that a later suspending operand assigns is refused with
//! "this operand borrows through `x`" and a help suggesting `&*x`, though
//! nothing borrows `x` and an `async fn` accepts the body (Rust copies `x`
//! first).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

twins! {
    fn copy_receiver() -> u32 {
        let mut x = 1u32;
        x.max({ x = 5; ready("a", 0u32) }.await) + x
    }
}

fn main() {
    assert_eq!(assert_twins!(copy_receiver()), 6);
}
