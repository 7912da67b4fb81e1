#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let add = |x: u32| x + answer().await;
    add(1)
}

fn main() {
    let _ = coro::run(fetch());
}
