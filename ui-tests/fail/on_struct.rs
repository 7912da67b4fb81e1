#[coro::coroutine]
struct Fetch {
    id: u32,
}

fn main() {}
