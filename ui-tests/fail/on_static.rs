#[coro::coroutine]
static LIMIT: u32 = 1;

fn main() {}
