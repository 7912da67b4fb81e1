#[coro::coroutine]
fn answer() -> u32 {
    42
}

macro_rules! twice {
    ($e:expr) => {
        ($e, $e)
    };
}

#[coro::coroutine]
fn fetch() -> (u32, u32) {
    let f = || twice!(answer().await);
    f()
}

fn main() {}
