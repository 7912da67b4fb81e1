#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(v: Option<String>) -> usize {
    match v {
        Some(ref s) if answer().await > 1 => s.len(),
        _ => 0,
    }
}

fn main() {}
