//! The command line: `cargo run -p coro-fidelity --release -- --help`.
use coro_fidelity::classes::{Class, ClassSet};
use coro_fidelity::driver::Config;
use coro_fidelity::program::Program;

const USAGE: &str = "usage: coro-fidelity [--programs N] [--seed S] [--classes LIST] [--batch N] [--shrink N] [--show SEED] [--list-classes]
  --programs N    how many programs (default 300)
  --seed S        the run's seed (default 1)
  --classes LIST  comma-separated: all, ci, none, class keys, -key to remove (default ci)
  --batch N       programs per generated crate (default 300)
  --shrink N      shrink up to N failures, one per kind and class set (default 0)
  --show SEED     print the program of SEED (with --classes) and exit
  --check SEED    check the program of SEED (with --classes); shrink it if it fails
  --rounds N      shrink rounds per failure (default 30)
  --edition E     compile the twins in edition E (default 2024; 2021 needs
                  --classes ..,-let-chain: let chains are edition 2024's)
  --corpus DIR    convert the parameterless free async fns of the .rs files under DIR
                  (see scripts/corpus.sh) and report how many compile and run alike
  --files F...    check hand-written programs (each file: `fn f(..) -> T { .. }`,
                  its first line may be `// args: EXPRS`); must be the last option
  --list-classes  print the classes and exit";

fn main() {
    let mut programs = 300u64;
    let mut seed = 1u64;
    let mut classes = ClassSet::ci();
    let mut batch = 300usize;
    let mut shrink = 0usize;
    let mut show = None;
    let mut check = None;
    let mut rounds = 30usize;
    let mut files: Vec<String> = Vec::new();
    let mut corpus: Option<String> = None;
    let mut edition = String::from("2024");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .unwrap_or_else(|| die(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--programs" => programs = val().parse().unwrap_or_else(|_| die("bad --programs")),
            "--seed" => seed = val().parse().unwrap_or_else(|_| die("bad --seed")),
            "--classes" => classes = ClassSet::parse(&val()).unwrap_or_else(|e| die(&e)),
            "--batch" => batch = val().parse().unwrap_or_else(|_| die("bad --batch")),
            "--shrink" => shrink = val().parse().unwrap_or_else(|_| die("bad --shrink")),
            "--files" => {
                files = args.by_ref().collect();
                break;
            }
            "--corpus" => corpus = Some(val()),
            "--edition" => edition = val(),
            "--check" => check = Some(val().parse::<u64>().unwrap_or_else(|_| die("bad --check"))),
            "--rounds" => rounds = val().parse().unwrap_or_else(|_| die("bad --rounds")),
            "--show" => show = Some(val().parse::<u64>().unwrap_or_else(|_| die("bad --show"))),
            "--list-classes" => {
                for c in Class::ALL {
                    let ci = if ClassSet::ci().has(*c) { "ci " } else { "   " };
                    println!("{ci}{:<22} {}", c.key(), c.doc());
                }
                return;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => die(&format!("unknown argument {a}\n{USAGE}")),
        }
    }
    if let Some(s) = show {
        let p = Program::generate(s, classes);
        println!("{}// args: {}\n// uses: {}", p.source(true), p.args, p.used);
        return;
    }
    let mut cfg = Config::default_for_workspace();
    cfg.verbose = true;
    if edition != "2024" {
        // Its own crate: switching editions would rebuild everything.
        cfg.work = cfg.work.with_file_name(format!("fidelity-{edition}"));
    }
    cfg.edition = edition;
    if let Some(dir) = corpus {
        run_corpus(&cfg, std::path::Path::new(&dir), batch);
        return;
    }
    if !files.is_empty() {
        let progs: Vec<Program> = files
            .iter()
            .map(|f| {
                coro_fidelity::load_program(std::path::Path::new(f))
                    .unwrap_or_else(|e| die(&format!("{f}: {e}")))
            })
            .collect();
        let outs =
            coro_fidelity::driver::run_batch(&cfg, &progs).unwrap_or_else(|e| die(&e.to_string()));
        for (f, o) in files.iter().zip(outs) {
            println!("== {f}: {}\n{}", o.kind(), o.describe());
        }
        return;
    }
    if let Some(s) = check {
        let p = Program::generate(s, classes);
        let o = coro_fidelity::driver::run_batch(&cfg, std::slice::from_ref(&p))
            .unwrap_or_else(|e| die(&e.to_string()))
            .remove(0);
        println!("{}: {}", o.kind(), o.describe());
        if o.kind() != "pass" && o.kind() != "lost-lints" {
            report_shrunk(&cfg, &p, &o, rounds);
        }
        return;
    }
    let t0 = std::time::Instant::now();
    let report = coro_fidelity::run(&cfg, seed, programs, classes, batch)
        .unwrap_or_else(|e| die(&e.to_string()));
    println!(
        "programs: {}  passed: {}  mismatches: {}  refusals: {}  prescribed by the receiver rule: {}  lint differences: {}  crashes: {}  generator bugs: {}  ({:.0}s, seed {seed}, classes {classes})",
        report.programs,
        report.passed,
        report.count("mismatch"),
        report.count("refusal"),
        report.prescribed,
        report.count("lint-difference"),
        report.count("crash"),
        report.count("generator-bug"),
        t0.elapsed().as_secs_f64()
    );
    for f in &report.failures {
        println!(
            "--- {} (seed {seed}, program {}, program seed {}, uses {})\n{}\n{}",
            f.outcome.kind(),
            f.index,
            f.program.seed,
            f.program.used,
            f.outcome.describe(),
            f.program.source(true)
        );
    }
    // Shrink one failure per (kind, signature, classes used).
    let mut done = std::collections::HashSet::new();
    for f in &report.failures {
        if done.len() >= shrink {
            break;
        }
        let key = (
            f.outcome.kind(),
            format!("{:?}", f.outcome.signature()),
            f.program.used,
        );
        if done.insert(key) {
            report_shrunk(&cfg, &f.program, &f.outcome, rounds);
        }
    }
}

fn run_corpus(cfg: &Config, dir: &std::path::Path, batch: usize) {
    use coro_fidelity::driver::Outcome;
    let mut cfg = cfg.clone();
    cfg.run_timeout = std::time::Duration::from_secs(30);
    let cfg = &cfg;
    let found = coro_fidelity::corpus::extract_dir(dir);
    let (mut in_scope, mut compiled, mut alike) = (0, 0, 0);
    let mut lines = Vec::new();
    for chunk in found.chunks(batch.max(1)) {
        let progs: Vec<Program> = chunk.iter().map(|e| e.program.clone()).collect();
        let outs =
            coro_fidelity::driver::run_batch(cfg, &progs).unwrap_or_else(|e| die(&e.to_string()));
        for (e, o) in chunk.iter().zip(outs) {
            if matches!(o, Outcome::GenBug(_)) {
                continue;
            }
            in_scope += 1;
            if !matches!(o, Outcome::Refusal(_) | Outcome::Prescribed(_)) {
                compiled += 1;
            }
            if matches!(o, Outcome::Pass | Outcome::LostLints(_)) {
                alike += 1;
            } else {
                let loc = e
                    .file
                    .strip_prefix(dir)
                    .unwrap_or(&e.file)
                    .display()
                    .to_string();
                lines.push(format!(
                    "--- {} {loc} `{}`\n{}",
                    o.kind(),
                    e.name,
                    o.describe()
                ));
            }
        }
    }
    for l in &lines {
        println!("{l}");
    }
    println!(
        "corpus: {} async fns taken, {in_scope} compile alone as async fn (in scope), {compiled} of those compile as coroutines, {alike} run alike",
        found.len()
    );
}

fn report_shrunk(cfg: &Config, p: &Program, o: &coro_fidelity::driver::Outcome, rounds: usize) {
    let (sp, so) =
        coro_fidelity::shrink::shrink(cfg, p, o, rounds).unwrap_or_else(|e| die(&e.to_string()));
    println!(
        "=== shrunk {} (program seed {}, uses {}):
{}
--- coroutine:
{}--- async fn:
{}// args: {}
",
        so.kind(),
        p.seed,
        sp.used,
        so.describe(),
        sp.source(true),
        sp.source(false),
        sp.args
    );
}

fn die(msg: &str) -> ! {
    eprintln!("coro-fidelity: {msg}");
    std::process::exit(2);
}
