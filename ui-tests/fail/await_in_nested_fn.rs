#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    fn helper() -> u32 {
        answer().await
    }
    helper()
}

fn main() {}
