#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn two_helpers() -> i32 {
    let a = {
        fn helper() -> i32 { 1 }
        tick().await;
        helper()
    };
    let b = {
        fn helper() -> i32 { 2 }
        tick().await;
        helper()
    };
    a + b
}

fn main() {}
