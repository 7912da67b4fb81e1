#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let p = &raw const *Box::new(answer().await);
    let _ = p;
    1
}

fn main() {}
