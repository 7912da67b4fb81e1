#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    'body: {
        if answer().await > 1 {
            continue 'body;
        }
    }
    1
}

fn main() {}
