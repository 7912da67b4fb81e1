//! The bug ledger is ARCHITECTURE.md "Known limits", and only that: every
//! `#[ignore = "..."]` in the test suites names an anchor of it, every
//! `ARCHITECTURE.md#anchor` a test or doc points at exists, every case in
//! `tests/known_failures/` is run by some test, and the ledgers it replaced
//! stay removed.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The ledgers merged into ARCHITECTURE.md "Known limits".
const REMOVED: [&str; 3] = [
    "tests/KNOWN_FAILURES.md",
    "ui-tests/REQUESTS.md",
    "examples/MACRO_ISSUES.md",
];

/// The directories whose `*.rs` files hold tests (not recursive).
const TEST_DIRS: [&str; 3] = ["tests", "runtime/tests", "macros/transform/tests"];

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The `*.rs` files directly in `dir` (relative to the workspace root),
/// except this file, whose strings spell the patterns it looks for.
fn rust_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(ROOT).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| !p.ends_with("tests/ledger.rs"))
        .collect();
    files.sort();
    files
}

/// The cases in `tests/known_failures/` (none while no known limit is pinned
/// by a case that does not compile: git keeps no empty directory).
fn known_failure_files() -> Vec<PathBuf> {
    if Path::new(ROOT).join("tests/known_failures").is_dir() {
        rust_files("tests/known_failures")
    } else {
        Vec::new()
    }
}

/// Every `<a id="...">` in ARCHITECTURE.md.
fn anchors() -> BTreeSet<String> {
    let text = read(&Path::new(ROOT).join("ARCHITECTURE.md"));
    let mut ids = BTreeSet::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("<a id=\"") {
        rest = &rest[at + "<a id=\"".len()..];
        let end = rest.find('"').expect("an anchor's closing quote");
        assert!(
            ids.insert(rest[..end].to_string()),
            "anchor {:?} is defined twice in ARCHITECTURE.md",
            &rest[..end]
        );
    }
    ids
}

/// The anchor names in `text` after each `ARCHITECTURE.md#` (kebab-case).
fn anchor_references(text: &str) -> Vec<String> {
    text.match_indices("ARCHITECTURE.md#")
        .map(|(at, m)| {
            text[at + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The `#[ignore ...]` attributes of a source file (comments skipped), each
/// with its line number and its reason (`None` for a bare `#[ignore]`).
fn ignore_attributes(source: &str) -> Vec<(usize, Option<String>)> {
    let mut found = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let Some(at) = line.find("#[ignore") else {
            continue;
        };
        let attr = &line[at + "#[ignore".len()..];
        let reason = attr
            .trim_start()
            .strip_prefix('=')
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('"'))
            .and_then(|r| r.find("\"]").map(|end| r[..end].to_string()));
        found.push((i + 1, reason));
    }
    found
}

#[test]
fn every_ignored_test_names_a_known_limit() {
    let anchors = anchors();
    let mut checked = 0;
    for dir in TEST_DIRS {
        for path in rust_files(dir) {
            let source = read(&path);
            for (line, reason) in ignore_attributes(&source) {
                let place = format!("{}:{line}", path.display());
                let reason = reason.unwrap_or_else(|| {
                    panic!("{place}: `#[ignore]` without a reason; write #[ignore = \"known limit: ARCHITECTURE.md#<anchor>\"]")
                });
                checked += 1;
                // A test run only as the child process of another test.
                if let Some(parent) = reason.strip_prefix("child process of ") {
                    assert!(
                        source.contains(&format!("fn {parent}(")),
                        "{place}: the parent test `{parent}` is not in this file"
                    );
                    continue;
                }
                // `known limit: ARCHITECTURE.md#anchor`, optionally followed
                // by a description.
                let anchor = reason
                    .split_once("known limit: ARCHITECTURE.md#")
                    .map(|(_, rest)| {
                        rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                            .next()
                            .unwrap_or_default()
                    })
                    .unwrap_or_else(|| {
                        panic!("{place}: ignore reason {reason:?} does not name `known limit: ARCHITECTURE.md#<anchor>`")
                    });
                assert!(
                    anchors.contains(anchor),
                    "{place}: no `<a id=\"{anchor}\">` in ARCHITECTURE.md (anchors: {anchors:?})"
                );
            }
        }
    }
    assert!(
        checked > 0,
        "no #[ignore] attributes found: the scan is broken"
    );
}

#[test]
fn every_reference_to_a_known_limit_exists() {
    let anchors = anchors();
    let mut files: Vec<PathBuf> = TEST_DIRS.iter().flat_map(|d| rust_files(d)).collect();
    files.extend(known_failure_files());
    files.extend(rust_files("examples"));
    files
        .extend(["README.md", "BENCHMARKS.md", "ARCHITECTURE.md"].map(|f| Path::new(ROOT).join(f)));
    let mut checked = 0;
    for path in files {
        for anchor in anchor_references(&read(&path)) {
            checked += 1;
            assert!(
                anchors.contains(&anchor),
                "{} points at ARCHITECTURE.md#{anchor}, which does not exist",
                path.display()
            );
        }
    }
    assert!(
        checked > 0,
        "no ARCHITECTURE.md#anchor references found: the scan is broken"
    );
}

#[test]
fn every_known_failure_case_is_run_by_a_test() {
    let suites: String = rust_files("tests").iter().map(|p| read(p)).collect();
    for path in known_failure_files() {
        let name = path.file_stem().expect("a file name").to_string_lossy();
        assert!(
            suites.contains(&format!("compiles_and_runs(\"{name}\")")),
            "{} is not run by any test in tests/*.rs",
            path.display()
        );
        assert!(
            !anchor_references(&read(&path)).is_empty(),
            "{} does not say which known limit it pins (ARCHITECTURE.md#<anchor>)",
            path.display()
        );
    }
}

#[test]
fn the_merged_ledgers_stay_removed() {
    for file in REMOVED {
        assert!(
            !Path::new(ROOT).join(file).exists(),
            "{file} was merged into ARCHITECTURE.md \"Known limits\": record open bugs there, with an anchor"
        );
    }
}

#[test]
fn the_scanner_reads_attributes_not_comments() {
    let source = "#[test]\n#[ignore = \"known limit: ARCHITECTURE.md#x\"]\nfn a() {}\n// #[ignore = \"y\"]\n    #[ignore]\nfn b() {}\n";
    assert_eq!(
        ignore_attributes(source),
        [
            (2, Some("known limit: ARCHITECTURE.md#x".to_string())),
            (5, None)
        ]
    );
    assert_eq!(
        anchor_references("see ARCHITECTURE.md#partial-move). and ARCHITECTURE.md#<anchor>"),
        ["partial-move"]
    );
}
