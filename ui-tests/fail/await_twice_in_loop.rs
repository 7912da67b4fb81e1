#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let a = answer();
    let mut sum = 0;
    for _ in 0..3 {
        sum += a.await;
    }
    sum
}

fn main() {}
