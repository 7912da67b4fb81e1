#[coro::coroutine]
enum State {
    Idle,
    Busy,
}

fn main() {}
