struct Client;

#[coro::coroutine]
impl Client {
    fn get(&self) -> u32 {
        1
    }
}

fn main() {}
