#[::coro::coroutine]
fn absolute() -> u32 {
    1
}

mod inner {
    #[coro::coroutine]
    pub fn relative() -> u32 {
        2
    }
}

/// Doc comments and other attributes are kept.
#[coro::coroutine]
#[allow(clippy::needless_return)]
#[inline]
fn with_attrs() -> u32 {
    return 3;
}

fn main() {
    assert_eq!(coro::run(absolute()) + coro::run(inner::relative()) + coro::run(with_attrs()), 6);
}
