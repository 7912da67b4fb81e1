// The receiver rule for a statement's temporaries: `Report::new()` is a
// temporary of the statement, which Rust keeps to the `;`, across the
// `.await`, if `finish` takes `&self`. The macro cannot see how `finish`
// takes its receiver, so it keeps the temporary to the `;`; `finish` takes
// `self`: the wrong guess is E0382 at the temporary, never a different run.
// Rewrite: `Report::finish(Report::new())`.
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report { lines: Vec::new() }
    }

    fn finish(self) -> usize {
        self.lines.len()
    }
}

#[coro::coroutine]
fn tick() -> usize {
    1
}

#[coro::coroutine]
fn summarise() -> usize {
    Report::new().finish() + tick().await
}

fn main() {}
