// A `&mut self` coroutine awaited on a local: the awaitee borrows the local
// across the suspension, so the local gets a fixed home (issue 3).
struct Counter {
    n: u32,
}

impl Counter {
    #[coro::coroutine]
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

#[coro::coroutine]
fn drive(mut c: Counter) -> u32 {
    let first = c.bump().await;
    first + c.bump().await
}

fn main() {
    assert_eq!(coro::run(drive(Counter { n: 10 })), 11 + 12);
}
