// A block's tail makes a temporary (`Tracked::new("tmp")`, autoref'd by
// `len`) held across the `.await`: edition 2024 drops it at the block's
// end, before `b`; edition 2021 at the end of the `let n = ..;`. The
// coroutine follows edition 2024, so in this edition 2021 crate it is a
// compile error (rewrite: bind the tail's value first, `let v = ..; v`).
use coro_edition2021::support::*;

#[coro::coroutine]
fn tail() -> usize {
    let a = Tracked::new("a");
    let n = {
        let b = Tracked::new("b");
        Tracked::new("tmp").name().len() + { tick("t").await; b.name().len() }
    };
    n + a.name().len()
}

fn main() {
    let _ = tail;
}
