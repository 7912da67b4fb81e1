#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() {
    let show = || println!("{}", answer().await);
    show();
}

fn main() {}
