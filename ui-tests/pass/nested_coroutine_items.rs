// A `#[coro::coroutine]` fn or method declared inside a coroutine body is
// transformed by its own attribute (adversarial round 9: it was refused as
// an `.await` in a nested fn).
use std::time::Duration;
#[coro::coroutine]
fn outer(k: u32) -> u32 {
    #[coro::coroutine]
    fn helper(n: u32) -> u32 {
        coro::sleep(Duration::from_millis(1)).await;
        n * 3
    }
    struct S;
    impl S {
        #[coro::coroutine]
        fn m(&self, n: u32) -> u32 {
            coro::sleep(Duration::from_millis(1)).await;
            n + 1
        }
    }
    let a = helper(k).await;
    S.m(a).await
}
fn main() { assert_eq!(coro::run(outer(2)), 7); }
