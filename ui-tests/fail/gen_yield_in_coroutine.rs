#[coro::coroutine]
fn ticker() {
    for i in 0..3u32 {
        coro::sleep(std::time::Duration::ZERO).await;
        yield_!(i);
    }
}

fn main() {
    coro::run(ticker());
}
