#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn guard(n: u32) -> u32 {
    // Instead of `0 if answer().await > 1 => ..`: test inside the arm.
    match n {
        0 => {
            if answer().await > 1 {
                0
            } else {
                1
            }
        }
        n => n,
    }
}

#[coro::coroutine]
fn let_chain(maybe: Option<u32>) -> u32 {
    // Instead of `if let Some(n) = maybe && answer().await > n`: bind first.
    let limit = answer().await;
    if let Some(n) = maybe
        && limit > n
    {
        return n;
    }
    0
}

#[coro::coroutine]
fn unsafe_after(v: Vec<u32>) -> u32 {
    // Instead of `unsafe { .. x.await .. }`: await before the block.
    let i = answer().await as usize % v.len();
    unsafe { *v.get_unchecked(i) }
}

#[coro::coroutine]
fn assert_message(n: u32) {
    // Instead of an `.await` in the message of `assert!`.
    let expected = answer().await;
    assert!(n > 0, "bad n, expected {}", expected);
}

fn main() {
    assert_eq!(coro::run(guard(0)), 0);
    assert_eq!(coro::run(guard(5)), 5);
    assert_eq!(coro::run(let_chain(Some(3))), 3);
    assert_eq!(coro::run(let_chain(None)), 0);
    assert_eq!(coro::run(unsafe_after(vec![7, 8])), 7);
    coro::run(assert_message(1));
}
