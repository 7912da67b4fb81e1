//! The corpus converter (issue 11): `async fn`s written by others, taken
//! mechanically from crate sources (fetched at run time by
//! `scripts/corpus.sh`, never committed), converted to
//! `#[coro::coroutine] fn`s and checked like generated programs.
//!
//! Only free functions without parameters or generics are taken (they can
//! be called with no arguments), and not those that name `self`, `Self`,
//! `crate::` or `super::`. The file's `use std::..`/`use core::..` lines are
//! copied into the body. A function whose `async fn` form does not compile
//! alone (it needs its crate or another one) is out of scope; the others
//! must compile and run alike as coroutines.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::program::Program;

/// One `async fn` taken from a file.
#[derive(Clone, Debug)]
pub struct Extracted {
    pub file: PathBuf,
    pub name: String,
    pub program: Program,
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Takes the in-scope `async fn`s of every `.rs` file under `dir`.
pub fn extract_dir(dir: &Path) -> Vec<Extracted> {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for (name, item) in extract(&text) {
            if seen.insert(item.clone()) {
                out.push(Extracted {
                    file: f.clone(),
                    name,
                    program: Program::from_text(&item, ""),
                });
            }
        }
    }
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The index just past the block that opens at `open` (`text[open] == '{'`),
/// skipping strings, chars and comments (roughly: enough for real code; a
/// wrong cut only makes a candidate that does not compile).
fn block_end(t: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0i64;
    let mut i = open;
    while i < t.len() {
        match t[i] {
            b'/' if t.get(i + 1) == Some(&b'/') => {
                while i < t.len() && t[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if t.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < t.len() && !(t[i] == b'*' && t[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'"' => {
                // Raw strings (r"..", r#".."#) are rare in bodies; handled as plain.
                i += 1;
                while i < t.len() && t[i] != b'"' {
                    if t[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'\'' => {
                // A char literal ('x', '\n', '{') or a lifetime/label ('a).
                if t.get(i + 2) == Some(&b'\'') {
                    i += 2;
                } else if t.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < t.len() && t[i] != b'\'' {
                        i += 1;
                    }
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `(name, item)` for each parameterless free `async fn` of `text`; the item
/// is `fn f() -> R { use ..; body }`.
pub fn extract(text: &str) -> Vec<(String, String)> {
    let uses: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| (l.starts_with("use std::") || l.starts_with("use core::")) && l.ends_with(';'))
        .collect();
    let t = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("async fn ") {
        let start = from + k;
        from = start + 9;
        if start > 0 && is_ident(t[start - 1]) {
            continue;
        }
        let mut i = start + 9;
        let name_start = i;
        while i < t.len() && is_ident(t[i]) {
            i += 1;
        }
        let name = &text[name_start..i];
        let rest = text[i..].trim_start();
        let Some(rest) = rest.strip_prefix('(') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix(')') else {
            continue;
        };
        let sig_start = t.len() - rest.len();
        let Some(brace) = text[sig_start..].find('{').map(|b| b + sig_start) else {
            continue;
        };
        let ret = text[sig_start..brace].trim();
        if !(ret.is_empty() || ret.starts_with("->")) || ret.contains("where") || ret.contains(';')
        {
            continue;
        }
        let Some(end) = block_end(t, brace) else {
            continue;
        };
        let body = &text[brace + 1..end - 1];
        if ["self", "Self", "crate::", "super::"]
            .iter()
            .any(|w| contains_word(body, w) || ret.contains(w))
        {
            continue;
        }
        let item = format!("fn f() {ret} {{\n{}\n{body}\n}}", uses.join("\n"));
        out.push((name.to_string(), item));
        from = end;
    }
    out
}

fn contains_word(s: &str, w: &str) -> bool {
    let b = s.as_bytes();
    s.match_indices(w).any(|(i, _)| {
        let before = i == 0 || !is_ident(b[i - 1]);
        let after = w.ends_with(':') || b.get(i + w.len()).is_none_or(|c| !is_ident(*c));
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_parameterless_free_async_fns_only() {
        let src = r#"
use std::time::Duration;
async fn one() -> u32 { let s = "}"; if true { 1 } else { 2 } }
async fn two(x: u32) -> u32 { x }
impl A { async fn three() -> Self { A } }
pub async fn four() { println!("{{}}"); }
"#;
        let got = extract(src);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["one", "four"]);
        assert!(
            got[0]
                .1
                .starts_with("fn f() -> u32 {\nuse std::time::Duration;")
        );
        assert!(
            got[0].1.ends_with("if true { 1 } else { 2 } \n}"),
            "{}",
            got[0].1
        );
    }
}
