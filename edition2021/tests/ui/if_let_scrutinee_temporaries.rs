// An `if let` scrutinee makes a temporary held across the `.await` of its
// `then` branch: edition 2024 drops it before the `else`, edition 2021
// after it. The coroutine follows edition 2024, so in this edition 2021
// crate it is a compile error (rewrite: bind the scrutinee's value first).
use coro_edition2021::support::*;

#[coro::coroutine]
fn if_let() -> usize {
    if let Some(k) = Tracked::new("s").name().bytes().next() {
        tick("t").await;
        usize::from(k)
    } else {
        log("else");
        0
    }
}

fn main() {
    let _ = if_let;
}
