#[coro::coroutine]
fn answer() -> u32 {
    42
}

fn not_a_coroutine() -> u32 {
    answer().await
}

fn main() {}
