// The receiver rule by NAME, for a binding with a home (`log` is borrowed
// across the first `.await`): `log.collect()` is taken to move `log`, as
// std's `collect` does, so the machine would read `log` out of its home
// and drop it after the call, while an `async fn` keeps it to the end of
// its scope. `Log::collect` takes `&self`: refused at the call, with the
// rewrite `(&log).collect()`.
struct Log {
    lines: Vec<String>,
}

impl Log {
    fn collect(&self) -> Vec<String> {
        self.lines.clone()
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        println!("log dropped");
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn summarise() -> usize {
    let log = Log { lines: Vec::new() };
    let first = &log;
    tick().await;
    let n = first.lines.len();
    let all = log.collect();
    tick().await;
    n + all.len()
}

fn main() {}
