#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(ids: Vec<u32>) -> Vec<u32> {
    ids.into_iter().map(|id| id + answer().await).collect()
}

fn main() {}
