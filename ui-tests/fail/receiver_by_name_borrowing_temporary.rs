// The receiver rule by NAME, for a statement's temporary: `Report::new()`
// is a temporary that Rust keeps to the `;`, across the `.await`, when its
// method borrows it. `count` is taken to take `self`, as std's iterator
// `count` does, so the machine would drop the temporary before the
// `.await`. `Report::count` takes `&self`: refused at the call, with the
// rewrite (bind the value first).
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report { lines: Vec::new() }
    }

    fn count(&self) -> usize {
        self.lines.len()
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
    Report::new().count() + tick().await
}

fn main() {}
