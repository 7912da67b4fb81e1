// The rewritten signature keeps the user's path to `Generator` and
// `AsyncIterator`, so importing them for the return type is not an unused
// import.
#![deny(warnings)]

use coro::{AsyncIterator, Generator, GeneratorExt, GeneratorState};

#[coro::generator]
fn numbers() -> impl Generator<Yield = u32, Return = &'static str> {
    yield_!(1);
    "done"
}

#[coro::coroutine]
fn ticks() -> impl AsyncIterator<Item = u32> {
    yield_!(7);
}

#[coro::coroutine]
fn first() -> Option<u32> {
    let mut got = None;
    async_for!(x in ticks() {
        got = Some(x);
    });
    got
}

fn main() {
    let mut g = numbers();
    assert!(matches!(g.send(()), GeneratorState::Yielded(1)));
    assert!(matches!(g.send(()), GeneratorState::Complete("done")));
    assert_eq!(coro::run(first()), Some(7));
}
