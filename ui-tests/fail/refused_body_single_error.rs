// A refused body is reported once: its callers do not add "cannot find
// function" errors of their own (a stand-in with the same signature remains).
#[coro::coroutine]
fn fetch(n: u32) -> u32 {
    let f = || coro::sleep(std::time::Duration::from_millis(1)).await;
    f();
    n
}

#[coro::coroutine]
fn caller() -> u32 {
    fetch(1).await + fetch(2).await
}

fn main() {
    let _ = coro::run(caller());
}
