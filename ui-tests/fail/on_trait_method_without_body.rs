trait Fetch {
    #[coro::coroutine]
    fn get(&self) -> u32;
}

fn main() {}
