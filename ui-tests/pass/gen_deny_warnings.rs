#![deny(warnings)]
//! Loops, matches, shadowing, `?`, early return, delegation and an unused
//! `_`-prefixed variable: nothing here warns in plain Rust, so nothing may
//! warn here.

use coro::{GeneratorExt, GeneratorState};

#[coro::generator]
fn tokens(
    input: &str,
) -> impl coro::Generator<Yield = u32, Return = Result<usize, std::num::ParseIntError>> {
    let _unused = input.len();
    let mut count = 0;
    for word in input.split(',') {
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        let n: u32 = word.parse()?;
        match n {
            0 => break,
            1..=9 => {
                yield_!(n);
            }
            n => {
                let n = n / 10;
                yield_!(n);
            }
        }
        count += 1;
    }
    Ok(count)
}

#[coro::generator]
fn all(inputs: Vec<&str>) -> impl Iterator<Item = u32> {
    let mut i = 0;
    while i < inputs.len() {
        let input = inputs[i];
        let result = yield_from!(tokens(input));
        let result = result.unwrap_or(0);
        if result > 100 {
            return;
        }
        i += 1;
    }
    loop {
        yield_!(999);
        break;
    }
}

#[coro::generator]
fn echo() -> impl coro::Generator<i32, Yield = i32, Return = i32> {
    let mut last = 0;
    loop {
        let got = yield_!(last);
        if got < 0 {
            return last;
        }
        last = got;
    }
}

fn main() {
    let got: Vec<u32> = all(vec!["1, 2, 30", "x", "4,,0,5"]).collect();
    assert_eq!(got, [1, 2, 3, 4, 999]);
    let mut e = echo();
    assert_eq!(e.send(0), GeneratorState::Yielded(0));
    assert_eq!(e.send(5), GeneratorState::Yielded(5));
    assert_eq!(e.send(-1), GeneratorState::Complete(5));
}
