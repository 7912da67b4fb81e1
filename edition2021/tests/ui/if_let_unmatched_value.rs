// An `if let` whose scrutinee is an owned value (here an awaited one) that
// the pattern does not match, with an `else` that runs code: edition 2024
// drops the value before the `else`, edition 2021 after it. The coroutine
// follows edition 2024, so in this edition 2021 crate it is a compile error
// (adversarial round 10,
// `min_edition2021_awaited_if_let_scrutinee_dropped_before_else.rs`).
use coro_edition2021::support::*;

#[coro::coroutine]
fn unmatched(k: usize) -> usize {
    if let Ok(n) = ready("p", if k > 0 { Ok(k) } else { Err(Tracked::new("err")) }).await {
        n
    } else {
        let e = Tracked::new("else");
        tick("b").await;
        e.name().len()
    }
}

fn main() {
    let _ = unmatched;
}
