//! Review bug: the value of `yield_!(..)` (the resume argument) is bound
//! without its declared type, so a method call or field access on it fails
//! with E0282 "type annotations needed" (the declared `Generator<String, ..>`
//! argument type is only used for `yield_from!`).
use coro::{Generator, GeneratorExt, GeneratorState};

#[coro::generator]
fn lengths() -> impl Generator<String, Yield = u32, Return = usize> {
    let got = yield_!(1);
    got.len()
}

fn main() {
    let mut g = lengths();
    assert_eq!(g.send(String::new()), GeneratorState::Yielded(1));
    assert_eq!(g.send("abc".to_owned()), GeneratorState::Complete(3));
}
