//! Prints a Rust source file with every `#[coro::coroutine]` fn expanded
//! into the state machine the macro generates, formatted.
//!
//! Usage: `cargo run -p coro-transform --bin coro-expand -- FILE.rs`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: coro-expand FILE.rs");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("coro-expand: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match coro_transform::expand_file(&source) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let start = e.span().start();
            eprintln!(
                "coro-expand: {path}:{}:{}: {e}",
                start.line,
                start.column + 1
            );
            ExitCode::FAILURE
        }
    }
}
