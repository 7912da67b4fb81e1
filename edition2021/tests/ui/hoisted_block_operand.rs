// A block operand evaluated before a later operand's `.await` is computed
// first, into a `let` of its own; its tail's temporary (`Tracked::new("tmp")`)
// then ends with that `let`, as edition 2024 ends it with the block, while
// edition 2021 keeps it to the end of the user's statement, across the
// `.await`. In this edition 2021 crate that is a compile error (rewrite:
// bind the block's value first).
use coro_edition2021::support::*;

#[coro::coroutine]
fn hoisted(t: Tracked) -> usize {
    let n = { Tracked::new("tmp").name().len() } + { tick("t").await; t.name().len() };
    n
}

fn main() {
    let _ = hoisted;
}
