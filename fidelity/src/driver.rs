//! Writes a batch of programs into one crate (each twice: as
//! `#[coro::coroutine] fn` and as `async fn`), builds it once, runs it, and
//! classifies each program.
//!
//! A program whose coroutine twin does not compile is a *refusal*; one whose
//! `async fn` twin does not compile is a generator bug. rustc's short
//! messages name the file, so a failing build is repeated without the
//! programs it names until it succeeds.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::program::Program;

/// Where the generated crate lives and what it depends on.
#[derive(Clone, Debug)]
pub struct Config {
    /// The coro workspace (the generated crate path-depends on it).
    pub root: PathBuf,
    /// The generated crate's directory; its target dir is `<work>/target`.
    pub work: PathBuf,
    /// Whether to print progress to stderr.
    pub verbose: bool,
    /// How long one run of the batch may take before the program it is in
    /// is killed and set aside as a crash.
    pub run_timeout: Duration,
    /// The generated crate's edition (both twins are compiled in it).
    pub edition: String,
}

impl Config {
    /// The workspace this crate is part of, building in `target/fidelity`.
    pub fn default_for_workspace() -> Config {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf();
        let work = root.join("target").join("fidelity");
        Config {
            root,
            work,
            verbose: false,
            run_timeout: Duration::from_secs(120),
            edition: "2024".to_string(),
        }
    }
}

/// What happened to one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Both twins compiled alike and ran alike.
    Pass,
    /// Both compiled; results, logs or poll counts differ.
    Mismatch(String),
    /// The `async fn` twin compiles, the coroutine does not: rustc's errors.
    Refusal(Vec<String>),
    /// The coroutine does not compile where the receiver rule says it must
    /// not: every error is E0382/E0507 at a call of one of the support
    /// kit's methods that take `self` ([`BY_VALUE_SUPPORT_METHODS`]) whose
    /// receiver syntax cannot show to be moved. The rule's prescribed
    /// compile error (rewrite `Tracked::later(t, n)`), counted apart: not a
    /// failure, and not a pass.
    Prescribed(Vec<String>),
    /// The `async fn` twin does not compile (a generator bug).
    GenBug(Vec<String>),
    /// Both compiled and ran alike, but the coroutine has warnings the
    /// `async fn` has not (spurious lints): (those warnings, async fn's).
    LintDiff(Vec<String>, Vec<String>),
    /// Both compiled and ran alike; the coroutine lacks warnings the `async
    /// fn` has (lints lost by the transform). Not a failure.
    LostLints(Vec<String>),
    /// The run aborted or hung in this program.
    Crash(String),
}

impl Outcome {
    /// A short name of the kind of outcome.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Mismatch(_) => "mismatch",
            Outcome::Refusal(_) => "refusal",
            Outcome::Prescribed(_) => "prescribed",
            Outcome::GenBug(_) => "generator-bug",
            Outcome::LintDiff(..) => "lint-difference",
            Outcome::LostLints(_) => "lost-lints",
            Outcome::Crash(_) => "crash",
        }
    }

    /// The error codes of a refusal (`E0382`, ...), or the first message.
    pub fn signature(&self) -> BTreeSet<String> {
        match self {
            Outcome::Refusal(errs) | Outcome::Prescribed(errs) | Outcome::GenBug(errs) => errs
                .iter()
                .map(|e| match (e.find("error["), e.find("]:")) {
                    (Some(a), Some(b)) if b > a => e[a + 6..b].to_string(),
                    _ => e
                        .split(": error: ")
                        .nth(1)
                        .unwrap_or(e)
                        .chars()
                        .take(40)
                        .collect(),
                })
                .collect(),
            _ => BTreeSet::new(),
        }
    }

    /// Whether `other` is the same kind of failure (for shrinking).
    pub fn same_failure(&self, other: &Outcome) -> bool {
        if self.kind() != other.kind() {
            return false;
        }
        match (self, other) {
            (Outcome::Refusal(_), Outcome::Refusal(_)) => {
                !self.signature().is_disjoint(&other.signature())
            }
            _ => true,
        }
    }

    /// A description for reports.
    pub fn describe(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::Mismatch(d) => d.clone(),
            Outcome::Refusal(e) | Outcome::Prescribed(e) | Outcome::GenBug(e) => e.join("\n"),
            Outcome::LintDiff(c, n) => {
                format!("warnings only the coroutine has: {c:?}\nasync fn warnings: {n:?}")
            }
            Outcome::LostLints(l) => format!("warnings only the async fn has: {l:?}"),
            Outcome::Crash(d) => d.clone(),
        }
    }
}

const SUPPORT: &str = include_str!("../template/support.rs");

/// The support kit's methods that take `self` (`template/support.rs`):
/// not on the receiver rule's by-value list, so a call of one on a binding
/// in scope at a later suspension is assumed to borrow it.
pub const BY_VALUE_SUPPORT_METHODS: &[&str] = &["later", "consume_len", "tagged"];

/// Whether every error of a coroutine that does not compile is the receiver
/// rule's: E0382 "use of moved value" or E0507 "cannot move out of" on a
/// line (`LINE: message`) of `source` that calls a by-value support method.
fn prescribed_by_the_receiver_rule(source: &str, errors: &[String]) -> bool {
    let lines: Vec<&str> = source.lines().collect();
    !errors.is_empty()
        && errors.iter().all(|e| {
            let Some((line, message)) = e.split_once(": ") else {
                return false;
            };
            let code = message.starts_with("error[E0382]: use of moved value")
                || message.starts_with("error[E0507]: cannot move out of");
            let text = line
                .parse::<usize>()
                .ok()
                .and_then(|n| lines.get(n.wrapping_sub(1)));
            code && text.is_some_and(|t| {
                BY_VALUE_SUPPORT_METHODS
                    .iter()
                    .any(|m| t.contains(&format!(".{m}(")))
            })
        })
}

fn write_if_changed(path: &Path, text: &str) -> io::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text)?;
    }
    Ok(())
}

/// Writes `Cargo.toml`, `src/support.rs` and the twins of every program.
fn write_crate(cfg: &Config, progs: &[Program]) -> io::Result<()> {
    let src = cfg.work.join("src");
    std::fs::create_dir_all(&src)?;
    let manifest = format!(
        "[package]\nname = \"fidelity-batch\"\nversion = \"0.0.0\"\nedition = \"{}\"\npublish = false\n\n\
         [dependencies]\ncoro = {{ path = {:?} }}\n\n[workspace]\n\n[profile.dev]\ndebug = 0\nincremental = false\n",
        cfg.edition,
        cfg.root.display().to_string()
    );
    write_if_changed(&cfg.work.join("Cargo.toml"), &manifest)?;
    let lock = cfg.work.join("Cargo.lock");
    if let (false, Ok(l)) = (
        lock.exists(),
        std::fs::read_to_string(cfg.root.join("Cargo.lock")),
    ) {
        std::fs::write(&lock, l)?;
    }
    write_if_changed(&src.join("support.rs"), SUPPORT)?;
    for (i, p) in progs.iter().enumerate() {
        write_if_changed(&src.join(format!("c{i}.rs")), &p.source(true))?;
        write_if_changed(&src.join(format!("n{i}.rs")), &p.source(false))?;
    }
    Ok(())
}

/// `main.rs` for the programs in `ids`; line `MAIN_FIRST + k` is `ids[k]`'s.
fn write_main(cfg: &Config, progs: &[Program], ids: &[usize]) -> io::Result<()> {
    let mut m = String::from("mod support;\n#[allow(unused_imports)]\nuse support::*;\n");
    for &i in ids {
        let _ = writeln!(m, "mod c{i};\nmod n{i};");
    }
    m.push_str("type P = fn() -> Result<(), String>;\nconst PROGRAMS: &[(usize, P)] = &[\n");
    for &i in ids {
        let a = &progs[i].args;
        let _ = writeln!(
            m,
            "({i}, || check(|k| run_c(c{i}::f({a}), k), |k| run_n(n{i}::f({a}), k))),"
        );
    }
    m.push_str(
        r#"];
fn main() {
    quiet_panics();
    let only: Vec<usize> = std::env::args().skip(1).map(|a| a.parse().unwrap()).collect();
    for &(i, p) in PROGRAMS {
        if !only.is_empty() && !only.contains(&i) {
            continue;
        }
        println!("@@START {i}");
        match p() {
            Ok(()) => println!("@@RESULT {i} OK"),
            Err(e) => println!("@@RESULT {i} MISMATCH {}", e.replace('\n', " ")),
        }
    }
}
"#,
    );
    write_if_changed(&cfg.work.join("src").join("main.rs"), &m)
}

/// One diagnostic of rustc's short format, attributed to a program.
struct Diag {
    program: Option<usize>,
    coroutine_file: bool,
    error: bool,
    /// `LINE: message` (the column is left out: line 3 differs in width).
    text: String,
}

fn parse_diags(stderr: &str, main_ids: &[usize]) -> Vec<Diag> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let Some(rest) = line.strip_prefix("src/") else {
            continue;
        };
        let mut parts = rest.splitn(4, ':');
        let (Some(file), Some(lno), Some(_col), Some(msg)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let msg = msg.trim();
        let error = msg.starts_with("error");
        if !error && !msg.starts_with("warning") {
            continue;
        }
        let lno: usize = lno.parse().unwrap_or(0);
        let stem = file.trim_end_matches(".rs");
        let (program, coroutine_file) = if let Some(n) = stem.strip_prefix('c') {
            (n.parse().ok(), true)
        } else if let Some(n) = stem.strip_prefix('n') {
            (n.parse().ok(), false)
        } else if stem == "main" {
            // Lines of the PROGRAMS table: after the header, the mods (2 per
            // program) and the type/const lines.
            let first = 3 + 2 * main_ids.len() + 3;
            (
                lno.checked_sub(first)
                    .and_then(|k| main_ids.get(k).copied()),
                true,
            )
        } else {
            (None, false)
        };
        // One lint, worded by where its parentheses are: compare the lint.
        // And `let x = ..` lowered to an assignment words `unused_variables`
        // differently: compare the variable.
        let unused = ["warning: unused variable: `", "warning: variable `"]
            .iter()
            .find_map(|p| msg.strip_prefix(p))
            .filter(|r| !r.contains("does not need to be mutable"))
            .and_then(|r| r.split('`').next());
        let msg = if msg.starts_with("warning: unnecessary parentheses") {
            "warning: unnecessary parentheses".to_string()
        } else if let Some(v) = unused {
            format!("warning: unused variable `{v}`")
        } else {
            msg.to_string()
        };
        out.push(Diag {
            program,
            coroutine_file,
            error,
            text: format!("{lno}: {msg}"),
        });
    }
    out
}

fn cargo_build(cfg: &Config) -> io::Result<(bool, String)> {
    let out = Command::new("nice")
        .args([
            "-n",
            "10",
            "cargo",
            "build",
            "--quiet",
            "--message-format=short",
        ])
        .current_dir(&cfg.work)
        .env("CARGO_TARGET_DIR", cfg.work.join("target"))
        .env_remove("RUSTFLAGS")
        .stdin(Stdio::null())
        .output()?;
    Ok((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// Compiles the batch and runs it; one outcome per program.
pub fn run_batch(cfg: &Config, progs: &[Program]) -> io::Result<Vec<Outcome>> {
    let t0 = Instant::now();
    write_crate(cfg, progs)?;
    let mut outcomes: Vec<Option<Outcome>> = vec![None; progs.len()];
    let mut ids: Vec<usize> = (0..progs.len()).collect();
    let mut warnings: BTreeMap<usize, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let mut builds = 0;
    loop {
        write_main(cfg, progs, &ids)?;
        builds += 1;
        let (ok, stderr) = cargo_build(cfg)?;
        let diags = parse_diags(&stderr, &ids);
        if ok {
            for d in diags.iter().filter(|d| !d.error) {
                if let Some(p) = d.program {
                    let w = warnings.entry(p).or_default();
                    if d.coroutine_file {
                        w.0.push(d.text.clone())
                    } else {
                        w.1.push(d.text.clone())
                    }
                }
            }
            break;
        }
        let mut errs: BTreeMap<usize, (Vec<String>, Vec<String>)> = BTreeMap::new();
        for d in diags.iter().filter(|d| d.error) {
            if let Some(p) = d.program {
                let e = errs.entry(p).or_default();
                if d.coroutine_file {
                    e.0.push(d.text.clone())
                } else {
                    e.1.push(d.text.clone())
                }
            }
        }
        if errs.is_empty() {
            return Err(io::Error::other(format!(
                "the generated crate in {} failed to build with no error in a program:\n{stderr}",
                cfg.work.display()
            )));
        }
        for (p, (c, n)) in errs {
            outcomes[p] = Some(if !n.is_empty() {
                Outcome::GenBug(n)
            } else if prescribed_by_the_receiver_rule(&progs[p].source(true), &c) {
                Outcome::Prescribed(c)
            } else {
                Outcome::Refusal(c)
            });
        }
        ids.retain(|i| outcomes[*i].is_none());
        if cfg.verbose {
            eprintln!("fidelity: build {builds} failed; retrying without the failing programs");
        }
    }
    if cfg.verbose {
        eprintln!(
            "fidelity: built {} programs in {builds} build(s), {:.1}s",
            ids.len(),
            t0.elapsed().as_secs_f64()
        );
    }
    let results = run_binary(cfg, &ids)?;
    for i in ids {
        let r = results
            .get(&i)
            .cloned()
            .unwrap_or(Outcome::Crash("no result".into()));
        let r = match (r, warnings.remove(&i)) {
            (Outcome::Pass, Some((c, n))) => {
                let extra: Vec<String> = c.iter().filter(|w| !n.contains(w)).cloned().collect();
                let lost: Vec<String> = n.iter().filter(|w| !c.contains(w)).cloned().collect();
                if !extra.is_empty() {
                    Outcome::LintDiff(extra, n)
                } else if !lost.is_empty() {
                    Outcome::LostLints(lost)
                } else {
                    Outcome::Pass
                }
            }
            (r, _) => r,
        };
        outcomes[i] = Some(r);
    }
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Outcome::Crash("not run".into())))
        .collect())
}

/// Runs the binary for `ids`, again without a program that crashed it.
fn run_binary(cfg: &Config, ids: &[usize]) -> io::Result<BTreeMap<usize, Outcome>> {
    let exe = cfg.work.join("target").join("debug").join("fidelity-batch");
    let mut results = BTreeMap::new();
    let mut todo: Vec<usize> = ids.to_vec();
    while !todo.is_empty() {
        let mut cmd = Command::new(&exe);
        if todo.len() < ids.len() {
            cmd.args(todo.iter().map(|i| i.to_string()));
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .stdin(Stdio::null())
            .spawn()?;
        let mut stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = stdout.read_to_string(&mut s);
            s
        });
        let start = Instant::now();
        let mut timed_out = false;
        loop {
            if child.try_wait()?.is_some() {
                break;
            }
            if start.elapsed() > cfg.run_timeout {
                let _ = child.kill();
                let _ = child.wait();
                timed_out = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = reader.join().unwrap_or_default();
        let mut last_started = None;
        for line in out.lines() {
            if let Some(i) = line.strip_prefix("@@START ") {
                last_started = i.trim().parse::<usize>().ok();
            } else if let Some(rest) = line.strip_prefix("@@RESULT ") {
                let mut it = rest.splitn(3, ' ');
                let i: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
                let o = match it.next() {
                    Some("OK") => Outcome::Pass,
                    _ => Outcome::Mismatch(it.next().unwrap_or("").to_string()),
                };
                results.insert(i, o);
                last_started = None;
            }
        }
        if let Some(i) = last_started {
            let why = if timed_out {
                "timed out"
            } else {
                "the process aborted"
            };
            results.insert(i, Outcome::Crash(why.into()));
        }
        let before = todo.len();
        todo.retain(|i| !results.contains_key(i));
        if todo.len() == before {
            // Nothing started: give up on the rest.
            for i in todo.drain(..) {
                results.insert(i, Outcome::Crash("did not run".into()));
            }
        }
    }
    Ok(results)
}
