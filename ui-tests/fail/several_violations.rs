#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let a = || answer().await;
    fn b() -> u32 {
        answer().await
    }
    let c = async { answer().await };
    drop(c);
    a() + b()
}

fn main() {}
