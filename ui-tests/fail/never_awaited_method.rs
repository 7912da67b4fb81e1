#![deny(unused_must_use)]

struct Client;

impl Client {
    #[coro::coroutine]
    fn get(&self) -> u32 {
        1
    }
}

#[coro::coroutine]
fn fetch(c: Client) {
    c.get();
}

fn main() {}
