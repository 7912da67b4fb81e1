// A `for` loop in a block's tail position, after the block's `let`s, whose
// head makes a temporary the loop borrows across its `.await`: the
// coroutine binds it to a `let` of its own (`borrowed_temps.rs`) and drops
// it at the loop's end, before the block's locals, as edition 2024 does;
// edition 2021 drops a tail's temporaries after them. In this edition 2021
// crate that is a compile error (rewrite: end the loop with `;`).
use coro_edition2021::support::*;

fn bag() -> Vec<Tracked> {
    vec![Tracked::new("a")]
}

#[coro::coroutine]
fn tail_loop() {
    let keep = Tracked::new("keep");
    log(keep.name());
    for t in bag().iter() {
        tick("t").await;
        log(t.name());
    }
}

fn main() {
    let _ = tail_loop;
}
