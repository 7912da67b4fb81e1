//! The hand-written programs of `fidelity/repro/passing/` (forms of the
//! classes of issue 11 that compile and run alike today) keep passing.
use coro_fidelity::driver::{Config, Outcome};

#[test]
fn passing_reproducers_compile_and_run_alike() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("repro")
        .join("passing");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "reproducers missing in {}",
        dir.display()
    );
    let progs: Vec<_> = files
        .iter()
        .map(|f| coro_fidelity::load_program(f).unwrap())
        .collect();
    let outs = coro_fidelity::driver::run_batch(&Config::default_for_workspace(), &progs).unwrap();
    let failed: Vec<String> = files
        .iter()
        .zip(&outs)
        .filter(|(_, o)| !matches!(o, Outcome::Pass | Outcome::LostLints(_)))
        .map(|(f, o)| format!("{}: {}\n{}", f.display(), o.kind(), o.describe()))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
