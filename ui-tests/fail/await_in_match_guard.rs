#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(n: u32) -> u32 {
    match n {
        0 if answer().await > 1 => 0,
        n => n,
    }
}

fn main() {}
