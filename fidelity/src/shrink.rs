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

/// Bodies with lines removed: every line, and every line that opens a
/// brace together with the lines up to the one that closes it.
fn line_candidates(body: &str) -> Vec<String> {
    let lines: Vec<&str> = body.lines().collect();
    let depth = |l: &str| l.matches('{').count() as i64 - l.matches('}').count() as i64;
    let mut out = Vec::new();
    // Keep the first and last lines (the body's braces).
    for i in 1..lines.len().saturating_sub(1) {
        let mut end = i;
        let mut d = depth(lines[i]);
        while d > 0 && end + 1 < lines.len() - 1 {
            end += 1;
            d += depth(lines[end]);
        }
        if d != 0 {
            continue;
        }
        let kept: Vec<&str> = lines[..i]
            .iter()
            .chain(&lines[end + 1..])
            .copied()
            .collect();
        out.push(kept.join("\n"));
        if end > i {
            // Also: the block's lines without its head and closing line.
            let mut inner: Vec<&str> = lines[..i].to_vec();
            inner.extend(&lines[i + 1..end]);
            inner.extend(&lines[end + 1..]);
            out.push(inner.join("\n"));
        }
    }
    out
}

/// Shrinks by removing lines of the program's text (each candidate is
/// checked: one whose `async fn` twin does not compile is not the failure).
pub fn shrink_lines(
    cfg: &Config,
    failing: &Program,
    outcome: &Outcome,
    rounds: usize,
) -> io::Result<(Program, Outcome)> {
    let mut best = failing.clone();
    let mut best_out = outcome.clone();
    let mut seen: HashSet<String> = HashSet::new();
    for round in 0..rounds {
        let mut cands: Vec<Program> = line_candidates(best.body())
            .into_iter()
            .filter(|b| seen.insert(b.clone()))
            .map(|b| best.with_body(b))
            .collect();
        // Largest removals first.
        cands.sort_by_key(|p| p.size());
        cands.truncate(PER_ROUND);
        if cands.is_empty() {
            break;
        }
        let outs = driver::run_batch(cfg, &cands)?;
        let found = cands
            .into_iter()
            .zip(outs)
            .filter(|(_, o)| o.same_failure(outcome))
            .min_by_key(|(p, _)| p.size());
        match found {
            Some((p, o)) => {
                if cfg.verbose {
                    eprintln!(
                        "fidelity: line shrink round {round}: {} -> {} bytes",
                        best.size(),
                        p.size()
                    );
                }
                best = p;
                best_out = o;
            }
            None => break,
        }
    }
    Ok((best, best_out))
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
    // A mismatch is shrunk by decisions only (removing lines could trade it
    // for another bug, such as a binding no longer used after an await);
    // the rest by decisions, then by lines (same error code).
    let by_lines = !matches!(outcome, Outcome::Mismatch(_));
    let choice_rounds = if by_lines { rounds / 3 } else { rounds };
    let mut chunk = (best.choices.len() / 4).max(1);
    let mut seen: HashSet<String> = HashSet::new();
    for round in 0..choice_rounds {
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
    if by_lines {
        return shrink_lines(cfg, &best, &best_out, rounds - choice_rounds);
    }
    Ok((best, best_out))
}
