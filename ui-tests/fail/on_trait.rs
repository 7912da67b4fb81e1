#[coro::coroutine]
trait Fetch {
    fn get(&self) -> u32;
}

fn main() {}
