// The receiver rule: `report.finish()` might take `self` by value or by
// reference, which the macro cannot see, so it assumes a borrow and keeps
// `report` to the end of its scope, as an `async fn` would if `finish` took
// `&self`. `finish` takes `self`: the wrong guess is E0382 at the call, never
// a different run. Rewrite: `Report::finish(report)` or `{ report }.finish()`.
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn push(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }

    fn finish(self) -> usize {
        self.lines.len()
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn summarise() -> usize {
    let mut report = Report { lines: Vec::new() };
    report.push("start");
    let n = 1;
    report.finish();
    tick().await;
    n
}

fn main() {}
