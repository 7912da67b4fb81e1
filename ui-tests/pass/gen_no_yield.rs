//! A generator with no yield at all is allowed: it simply completes.
use coro::{GeneratorExt, GeneratorState};

#[coro::generator]
fn nothing() -> impl Iterator<Item = u32> {}

#[coro::generator]
fn only_returns(n: u32) -> impl coro::Generator<Yield = u8, Return = u32> {
    n * 2
}

fn main() {
    assert_eq!(nothing().count(), 0);
    let mut g = only_returns(21);
    assert_eq!(g.send(()), GeneratorState::Complete(42));
}
