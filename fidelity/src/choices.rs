//! The source of every decision the generator makes: a recorded sequence of
//! random numbers. Replaying a mutated sequence (entries zeroed or removed)
//! gives a simpler program that is still valid by construction, which is how
//! failures are shrunk. Option 0 of every decision is the simplest one, and
//! draws past the end of a replayed sequence are 0.

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and good enough.
#[derive(Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Recorded decisions.
pub struct Choices {
    buf: Vec<u64>,
    pos: usize,
    rng: Option<SplitMix64>,
}

impl Choices {
    /// Fresh random decisions from `seed`, recorded as they are drawn.
    pub fn random(seed: u64) -> Choices {
        Choices {
            buf: Vec::new(),
            pos: 0,
            rng: Some(SplitMix64::new(seed)),
        }
    }
    /// Replays `buf`; draws past its end are 0.
    pub fn replay(buf: Vec<u64>) -> Choices {
        Choices {
            buf,
            pos: 0,
            rng: None,
        }
    }
    /// The decisions drawn so far (for a replay, truncated to those used).
    pub fn into_recorded(mut self) -> Vec<u64> {
        self.buf.truncate(self.pos);
        self.buf
    }
    fn draw(&mut self) -> u64 {
        let v = if self.pos < self.buf.len() {
            self.buf[self.pos]
        } else if let Some(rng) = &mut self.rng {
            let v = rng.next_u64();
            self.buf.push(v);
            v
        } else {
            0
        };
        self.pos += 1;
        v
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.draw() % n.max(1) as u64) as usize
    }
    /// True with probability `pct`% (a draw of 0 is false).
    pub fn chance(&mut self, pct: u64) -> bool {
        self.draw() % 100 >= 100 - pct.min(100)
    }
}

/// The seed of program `index` of a run seeded with `seed`.
pub fn program_seed(seed: u64, index: u64) -> u64 {
    let mut r = SplitMix64::new(seed ^ index.wrapping_mul(0xA076_1D64_78BD_642F));
    r.next_u64()
}
