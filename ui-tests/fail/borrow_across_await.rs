// Borrowing a local across an `.await` is not supported yet (a later issue):
// until then it must fail to compile, never compile into something unsound.
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
    c.bump().await
}

fn main() {}
