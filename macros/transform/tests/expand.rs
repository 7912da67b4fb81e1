//! Expansion snapshots: every change to the generated code shows in review.
//! Each `tests/expand/*.rs` is expanded with `coro_transform::expand_file`
//! (what `coro-expand` prints) and compared with its snapshot in
//! `tests/snapshots/`. Review changes with `cargo insta review`, or accept
//! them with `INSTA_UPDATE=always cargo test -p coro-transform --test expand`.

#![warn(clippy::too_many_lines)]

use std::path::Path;

#[test]
fn expansions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    assert!(files.len() >= 12, "expected at least 12 expansion cases");
    for path in files {
        let source = std::fs::read_to_string(&path).expect("readable case");
        let expanded = coro_transform::expand_file(&source)
            .unwrap_or_else(|e| panic!("{} does not expand: {e}", path.display()));
        let name = path
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, description => source.as_str() }, {
            insta::assert_snapshot!(name, expanded);
        });
    }
}
