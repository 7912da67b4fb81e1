//! Shared by the tutorial examples: their seeded random numbers and their
//! command-line flags.

use std::cell::Cell;
use std::rc::Rc;
use std::str::FromStr;

/// A tiny deterministic PRNG (SplitMix64). Clones share the same stream.
#[derive(Clone)]
pub struct Random(Rc<Cell<u64>>);

impl Random {
    const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

    /// Stream number `stream` of `seed`: independent streams per task keep a
    /// run reproducible whatever the order the tasks wake up in.
    pub fn new(seed: u64, stream: u64) -> Self {
        Random(Rc::new(Cell::new(mix(
            seed ^ mix(stream.wrapping_add(Self::GAMMA))
        ))))
    }

    pub fn next_u64(&self) -> u64 {
        let state = self.0.get().wrapping_add(Self::GAMMA);
        self.0.set(state);
        mix(state)
    }

    /// Python's `random.randint(a, b)`: uniform in `a..=b`.
    pub fn randint(&self, a: u64, b: u64) -> u64 {
        a + self.next_u64() % (b - a + 1)
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The value after `flag`, parsed; on a missing or bad value, `usage` exits.
pub fn flag_value<T: FromStr>(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
    usage: fn(&str) -> !,
) -> T {
    match args.next().map(|value| value.parse()) {
        Some(Ok(value)) => value,
        _ => usage(&format!("{flag} needs a valid value")),
    }
}
