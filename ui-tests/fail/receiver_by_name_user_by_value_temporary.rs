// A statement's temporary before a later `.await` of the statement, the
// receiver of a method named like one of std's consumers (`count`): it is
// split by its type: not being one of std's whose `count` takes `self`, it
// is held to the `;` and borrowed there (as Rust keeps a temporary whose
// method borrows it). `Report::count` here takes `self`: moving out of the
// borrow is E0507 at the call, never a different run. Rewrite:
// `Report::count(Report::new())`.
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report { lines: Vec::new() }
    }

    fn count(self) -> usize {
        self.lines.len()
    }
}

#[coro::coroutine]
fn tick() -> usize {
    1
}

#[coro::coroutine]
fn summarise() -> usize {
    Report::new().count() + tick().await
}

fn main() {}
