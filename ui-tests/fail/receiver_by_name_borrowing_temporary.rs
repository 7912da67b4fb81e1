// The receiver rule by NAME, for a statement's temporary evaluated before a
// suspension in the call's own arguments: `Report::new()` is a temporary
// that Rust keeps to the `;` when its method borrows it. `and` is taken to
// take `self`, as std's `Option::and`/`Result::and` do, so the machine
// would not keep the temporary to the `;`. `Report::and` takes `&self`:
// refused at the call, with the rewrite (bind the value first).
// (A temporary receiver evaluated before a later suspension of the
// statement, `Report::new().count() + tick().await`, is held to the `;`
// and borrowed when its method is not std's: twins
// `diff_receiver_check::temporaries`.)
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report { lines: Vec::new() }
    }

    fn and(&self, n: usize) -> usize {
        self.lines.len() + n
    }
}

impl Drop for Report {
    fn drop(&mut self) {
        println!("report dropped");
    }
}

#[coro::coroutine]
fn tick() -> usize {
    1
}

#[coro::coroutine]
fn summarise() -> usize {
    Report::new().and(tick().await)
}

fn main() {}
