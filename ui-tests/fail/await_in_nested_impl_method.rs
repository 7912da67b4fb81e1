#[coro::coroutine]
fn answer() -> u32 {
    42
}

struct Client;

#[coro::coroutine]
fn fetch() -> u32 {
    impl Client {
        fn get(&self) -> u32 {
            answer().await
        }
    }
    Client.get()
}

fn main() {}
