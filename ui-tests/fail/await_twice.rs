#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let a = answer();
    let x = a.await;
    let y = a.await;
    x + y
}

fn main() {}
