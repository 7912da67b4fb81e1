#[coro::coroutine]
fn five() -> u32 {
    return 5;
}

#[coro::coroutine]
fn early(n: u32) -> u32 {
    if n > 3 {
        return n;
    }
    0
}

fn main() {
    assert_eq!(coro::run(five()), 5);
    assert_eq!(coro::run(early(4)), 4);
    assert_eq!(coro::run(early(1)), 0);
}
