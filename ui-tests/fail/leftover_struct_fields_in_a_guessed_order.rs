// A struct pattern that leaves two fields needing drop under `_`: the
// coroutine keeps them in the order the pattern lists them (`c`, then `a`),
// Rust drops what is left of the value in the fields' declaration order
// (`a`, then `c`), which the macro cannot see. A post-monomorphization
// assertion makes it a compile error, never a different run, for a binding
// (`split/leftovers.rs`) and for a value the `match` owns (`lower/rest.rs`).
// Rewrite: bind them by name (`c: _c, a: _a`), or move every field out.
struct Three {
    a: String,
    n: u8,
    c: String,
}

fn make() -> Three {
    Three { a: "a".into(), n: 1, c: "c".into() }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn fetch() -> Three {
    make()
}

#[coro::coroutine]
fn binding() -> u8 {
    let t = make();
    let Three { c: _, a: _, n } = t;
    tick().await;
    n
}

#[coro::coroutine]
fn owned_scrutinee() -> u8 {
    match fetch().await {
        Three { c: _, a: _, n } => {
            tick().await;
            n
        }
    }
}

// One field needing drop under `_` (a `u8` beside it): no order to guess.
#[coro::coroutine]
fn one_needs_drop() -> usize {
    let t = make();
    let Three { c: _, n: _, a } = t;
    tick().await;
    a.len()
}

fn main() {
    let _ = coro::run(binding());
    let _ = coro::run(owned_scrutinee());
    let _ = coro::run(one_needs_drop());
}
