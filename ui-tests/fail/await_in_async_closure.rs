#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let f = async |x: u32| x + answer().await;
    drop(f);
    1
}

fn main() {}
