//! The layering of coro-transform, checked: a module may name (`crate::x`)
//! only modules of a lower layer, so there is no import cycle and a phase
//! never reaches into a later one. A new module must be given a layer here.
//!
//! ```text
//!  0 rules                     the catalogue of refusals (their texts)
//!  1 syntax, private_api       questions about the user's code; the runtime's names
//!  2 vars, signature, args, codegen, drop_probe, drop_order, destructuring,
//!    guarded_matches, self_parts, coercions
//!  3 ir, shape, split, borrowed_temps  the lowering's output; the fn's shape; partial moves
//!  4 check, analyse            rules; borrows, liveness, homes
//!  5 fragment                  await-free code kept verbatim
//!  6 lower                     the body split at its suspensions
//!  7 emit, shadow              the machine; the never-run async copy
//!  8 item
//!  9 expand                    the pipeline
//! 10 lib, tests                the entry points; unit tests of the phases
//! ```

#![warn(clippy::too_many_lines)]

use std::collections::BTreeMap;
use std::path::Path;

const LAYERS: &[(&str, usize)] = &[
    ("rules", 0),
    ("syntax", 1),
    ("private_api", 1),
    ("vars", 2),
    ("signature", 2),
    ("drop_probe", 2),
    ("drop_order", 2),
    ("destructuring", 2),
    ("guarded_matches", 2),
    ("coercions", 2),
    ("self_parts", 2),
    ("borrowed_temps", 3),
    ("split", 3),
    ("args", 2),
    ("codegen", 2),
    ("ir", 3),
    ("shape", 3),
    ("check", 4),
    ("analyse", 4),
    ("fragment", 5),
    ("lower", 6),
    ("emit", 7),
    ("shadow", 7),
    ("item", 8),
    ("expand", 9),
    ("lib", 10),
    ("tests", 10),
];

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn sources(dir: &Path, module: Option<&str>, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .to_string();
        if path.is_dir() {
            if name != "bin" {
                sources(&path, Some(module.unwrap_or(&name)), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = module.map_or(name, str::to_string);
            out.push((module, std::fs::read_to_string(&path).expect("readable")));
        }
    }
}

/// The top-level modules a source names as `crate::x`.
fn named_modules(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let grouped = after.starts_with('{');
        if grouped {
            // `use crate::{a, b::c};`
            let group = &after[1..after.find('}').unwrap_or(after.len())];
            for part in group.split(',') {
                let m: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !m.is_empty() {
                    out.push(m);
                }
            }
        } else if !name.is_empty() {
            out.push(name);
        }
        rest = after;
    }
    out
}

#[test]
fn modules_only_name_lower_layers() {
    let layer: BTreeMap<&str, usize> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut files,
    );
    let mut violations = Vec::new();
    for (module, source) in &files {
        let Some(&own) = layer.get(module.as_str()) else {
            violations.push(format!("module `{module}` has no layer in tests/layers.rs"));
            continue;
        };
        for named in named_modules(source) {
            if named == *module {
                continue;
            }
            match layer.get(named.as_str()) {
                Some(&l) if l < own => {}
                Some(&l) => violations.push(format!(
                    "`{module}` (layer {own}) names `crate::{named}` (layer {l})"
                )),
                None => violations.push(format!(
                    "`{module}` names `crate::{named}`, which has no layer"
                )),
            }
        }
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_checker_sees_grouped_and_inline_paths() {
    let named = named_modules("use crate::{ir::Lowered, vars};\nlet x = crate::lower::lower(1);");
    assert_eq!(named, ["ir", "vars", "lower"]);
}

#[test]
fn no_transform_source_is_over_600_lines() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut files,
    );
    for (module, source) in files {
        let lines = source.lines().count();
        assert!(
            lines <= 600,
            "a file of `{module}` has {lines} lines (at most 600)"
        );
    }
}
