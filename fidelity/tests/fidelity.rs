//! The differential generator under `cargo test`: a fixed budget of random
//! programs, each compiled as `#[coro::coroutine] fn` and as `async fn`,
//! run to completion and cancelled after every k polls; asserts that every
//! one compiles and runs alike (no mismatch, no refusal, no spurious lint),
//! apart from the compile errors the receiver rule prescribes (a support
//! method taking `self` on a binding held across an `.await`), counted
//! apart.
//!
//! Environment (for long runs):
//!   CORO_FIDELITY_PROGRAMS  how many programs (default 300)
//!   CORO_FIDELITY_SEED      the run's seed (default 20261202)
//!   CORO_FIDELITY_CLASSES   the classes (default `ci`: those that pass today;
//!                           see `cargo run -p coro-fidelity -- --list-classes`)
//!   CORO_FIDELITY_SHRINK    shrink rounds for the first failure (default 12)
use coro_fidelity::classes::ClassSet;
use coro_fidelity::driver::Config;

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v} is not valid")),
        Err(_) => default,
    }
}

#[test]
fn generated_programs_compile_and_run_alike() {
    let programs: u64 = env("CORO_FIDELITY_PROGRAMS", 300);
    let seed: u64 = env("CORO_FIDELITY_SEED", 20261202);
    let classes = ClassSet::parse(&env("CORO_FIDELITY_CLASSES", "ci".to_string())).unwrap();
    let rounds: usize = env("CORO_FIDELITY_SHRINK", 12);
    let cfg = Config::default_for_workspace();
    let t0 = std::time::Instant::now();
    let report =
        coro_fidelity::run(&cfg, seed, programs, classes, 400).expect("the batch crate builds");
    eprintln!(
        "fidelity: {} programs, {} passed ({} lost some lints), {} refused as the receiver rule prescribes, {} failed in {:.0}s (seed {seed}, classes {classes})",
        report.programs,
        report.passed,
        report.lost_lints,
        report.prescribed,
        report.failures.len(),
        t0.elapsed().as_secs_f64()
    );
    assert_eq!(report.programs as u64, programs);
    for f in &report.failures {
        eprintln!(
            "--- {} of program {} (seed {seed}; `cargo run -p coro-fidelity -- --show {} --classes {classes}`)\n{}",
            f.outcome.kind(),
            f.index,
            f.program.seed,
            f.outcome.describe()
        );
    }
    if let Some(f) = report.failures.first() {
        let (p, o) = coro_fidelity::shrink::shrink(&cfg, &f.program, &f.outcome, rounds).unwrap();
        panic!(
            "{} of {} programs failed; the first, shrunk ({}):\n{}\n{}\nasync fn twin:\n{}",
            report.failures.len(),
            report.programs,
            o.kind(),
            o.describe(),
            p.source(true),
            p.source(false)
        );
    }
}
