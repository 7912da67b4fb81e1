// `.await` in a `let` chain (edition 2024) compiles and runs: the tests run
// in order and stop at the first that fails.
#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(maybe: Option<u32>) -> u32 {
    if let Some(n) = maybe && answer().await > n {
        return n;
    }
    0
}

#[coro::coroutine]
fn count_while(items: Vec<u32>) -> u32 {
    let mut it = items.into_iter();
    let mut sum = 0;
    while let Some(n) = it.next() && answer().await > n {
        sum += n;
    }
    sum
}

fn main() {
    assert_eq!(coro::run(fetch(Some(3))), 3);
    assert_eq!(coro::run(fetch(Some(50))), 0);
    assert_eq!(coro::run(fetch(None)), 0);
    assert_eq!(coro::run(count_while(vec![1, 2, 50, 3])), 3);
}
