//! coro-fidelity: a differential program generator for `#[coro::coroutine]`.
//!
//! [`program`] makes random coroutine bodies, valid as `async fn` by
//! construction, over a switchable set of [`classes::Class`]es; [`driver`]
//! writes a batch of them into one crate (each twice: `#[coro::coroutine] fn`
//! and `async fn`), builds it once, runs every program to completion and
//! cancelled after every k polls, and compares the event logs; [`shrink`]
//! reduces a failing program.
pub mod choices;
pub mod classes;
pub mod corpus;
pub mod driver;
pub mod program;
pub mod shrink;

use classes::ClassSet;
use driver::{Config, Outcome};
use program::Program;

/// Reads a hand-written program (`fidelity/repro/*.rs`): `fn f(..) -> T { .. }`
/// written once, without `async`; a first line `// args: EXPRS` gives the
/// call's arguments; other lines starting with `//` are left out.
pub fn load_program(path: &std::path::Path) -> std::io::Result<Program> {
    let text = std::fs::read_to_string(path)?;
    let args = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// args:"))
        .unwrap_or("")
        .trim()
        .to_string();
    let item: Vec<&str> = text.lines().filter(|l| !l.starts_with("//")).collect();
    Ok(Program::from_text(&item.join("\n"), &args))
}

/// A program that did not pass.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Its index in the run (its seed is `choices::program_seed(seed, index)`).
    pub index: u64,
    pub program: Program,
    pub outcome: Outcome,
}

/// The result of a run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub programs: usize,
    pub passed: usize,
    /// Programs that passed, but whose coroutine lost some of the `async fn`'s warnings.
    pub lost_lints: usize,
    /// Programs the receiver rule refuses by design (see
    /// [`Outcome::Prescribed`]): neither passed nor failed.
    pub prescribed: usize,
    pub failures: Vec<Failure>,
}

impl Report {
    /// How many failures of `kind` (see [`Outcome::kind`]).
    pub fn count(&self, kind: &str) -> usize {
        self.failures
            .iter()
            .filter(|f| f.outcome.kind() == kind)
            .count()
    }
}

/// Generates `count` programs from `seed` over `classes` and checks them in
/// batches of `batch` programs per crate.
pub fn run(
    cfg: &Config,
    seed: u64,
    count: u64,
    classes: ClassSet,
    batch: usize,
) -> std::io::Result<Report> {
    let mut report = Report::default();
    let mut start = 0u64;
    while start < count {
        let end = (start + batch.max(1) as u64).min(count);
        let progs: Vec<Program> = (start..end)
            .map(|i| Program::generate(choices::program_seed(seed, i), classes))
            .collect();
        let outcomes = driver::run_batch(cfg, &progs)?;
        for (k, (p, o)) in progs.into_iter().zip(outcomes).enumerate() {
            report.programs += 1;
            if matches!(o, Outcome::Pass | Outcome::LostLints(_)) {
                report.passed += 1;
                if let Outcome::LostLints(_) = o {
                    report.lost_lints += 1;
                }
            } else if let Outcome::Prescribed(_) = o {
                report.prescribed += 1;
            } else {
                if cfg.verbose {
                    let d = o.describe();
                    let first: String = d.lines().next().unwrap_or("").chars().take(300).collect();
                    eprintln!(
                        "fidelity: {} in program {} (program seed {}, uses {}): {first}",
                        o.kind(),
                        start + k as u64,
                        p.seed,
                        p.used
                    );
                }
                report.failures.push(Failure {
                    index: start + k as u64,
                    program: p,
                    outcome: o,
                });
            }
        }
        if cfg.verbose {
            eprintln!(
                "fidelity: {} programs, {} passed, {} failed",
                report.programs,
                report.passed,
                report.failures.len()
            );
        }
        start = end;
    }
    Ok(report)
}
