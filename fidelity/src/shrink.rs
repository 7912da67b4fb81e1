//! Shrinking a failing program: its decision sequence is cut and zeroed
//! (see [`crate::choices`]); every candidate is valid by construction, and
//! candidates are checked a batch at a time.

use std::collections::HashSet;
use std::io;

use crate::driver::{self, Config, Outcome};
use crate::program::Program;

/// Candidates per batch.
const PER_ROUND: usize = 40;

/// Decision sequences near `c`: chunks of `chunk` removed or zeroed, and
/// (at chunk 1) single decisions decremented; at most [`PER_ROUND`],
/// rotated by `round` so that successive rounds try different ones.
fn candidates(c: &[u64], chunk: usize, round: usize) -> Vec<Vec<u64>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let end = (i + chunk).min(c.len());
        let mut del = c.to_vec();
        del.drain(i..end);
        out.push(del);
        if c[i..end].iter().any(|&v| v != 0) {
            let mut z = c.to_vec();
            z[i..end].iter_mut().for_each(|v| *v = 0);
            out.push(z);
        }
        if chunk == 1 && c[i] > 1 {
            let mut d = c.to_vec();
            d[i] = c[i] % 16 - (c[i] % 16).min(1);
            out.push(d);
        }
        i = end;
    }
    if out.len() > PER_ROUND {
        let step = out.len() as f64 / PER_ROUND as f64;
        let off = round % step.ceil().max(1.0) as usize;
        out = (0..PER_ROUND)
            .filter_map(|k| {
                out.get(((k as f64 * step) as usize + off).min(out.len() - 1))
                    .cloned()
            })
            .collect();
    }
    out
}

/// Shrinks `failing` (whose outcome is `outcome`) for at most `rounds`
/// batches; returns the smallest program found that fails the same way, and
/// its outcome.
pub fn shrink(
    cfg: &Config,
    failing: &Program,
    outcome: &Outcome,
    rounds: usize,
) -> io::Result<(Program, Outcome)> {
    let mut best = failing.clone();
    let mut best_out = outcome.clone();
    let mut chunk = (best.choices.len() / 4).max(1);
    let mut seen: HashSet<String> = HashSet::new();
    for round in 0..rounds {
        let mut progs = Vec::new();
        for c in candidates(&best.choices, chunk, round) {
            let p = Program::replay(c, best.cfg);
            if p.size() < best.size() && seen.insert(p.source(true)) {
                progs.push(p);
            }
        }
        if progs.is_empty() {
            if chunk == 1 {
                break;
            }
            chunk = (chunk / 2).max(1);
            continue;
        }
        let outs = driver::run_batch(cfg, &progs)?;
        let found = progs
            .into_iter()
            .zip(outs)
            .filter(|(_, o)| o.same_failure(outcome))
            .min_by_key(|(p, _)| p.size());
        match found {
            Some((p, o)) => {
                if cfg.verbose {
                    eprintln!(
                        "fidelity: shrink round {round}: {} -> {} bytes",
                        best.size(),
                        p.size()
                    );
                }
                best = p;
                best_out = o;
                chunk = chunk.min((best.choices.len() / 4).max(1));
            }
            None if chunk == 1 => {}
            None => chunk = (chunk / 2).max(1),
        }
    }
    Ok((best, best_out))
}
