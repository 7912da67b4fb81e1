// The receiver rule by NAME: `report.map()` is taken to move `report`, as
// std's `map` does (an iterator, an `Option`, a `Result`), so the machine
// would not carry `report` across the `.await` and would drop it there,
// while an `async fn` keeps it to the end of its scope. `Report::map` takes
// `&self`: the transform checks the receiver's type at the call and refuses
// it, saying what to write: `(&report).map()`.
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn map(&self) -> usize {
        self.lines.len()
    }
}

impl Drop for Report {
    fn drop(&mut self) {
        println!("report dropped");
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn summarise() -> usize {
    let report = Report { lines: Vec::new() };
    let n = report.map();
    tick().await;
    n
}

fn main() {}
