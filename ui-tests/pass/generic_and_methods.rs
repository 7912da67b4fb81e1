use std::fmt::Display;

#[coro::coroutine]
fn show<T: Display, const N: usize>(items: [T; N]) -> String
where
    T: Clone,
{
    items.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(",")
}

struct Counter {
    n: u32,
}

impl Counter {
    #[coro::coroutine]
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }

    #[coro::coroutine]
    fn peek(&self) -> u32 {
        self.n
    }

    #[coro::coroutine]
    fn into_n(self) -> u32 {
        self.n
    }
}

#[coro::coroutine]
fn drive(c: Counter) -> u32 {
    // Awaiting `c.bump()` here would borrow `c` across the await: not yet
    // supported (see ui-tests/fail/borrow_across_await.rs).
    c.into_n().await + 1
}

fn main() {
    assert_eq!(coro::run(show([1, 2, 3])), "1,2,3");
    let mut c = Counter { n: 0 };
    assert_eq!(coro::run(c.bump()), 1);
    assert_eq!(coro::run(c.bump()), 2);
    assert_eq!(coro::run(c.peek()), 2);
    assert_eq!(coro::run(drive(c)), 3);
}
