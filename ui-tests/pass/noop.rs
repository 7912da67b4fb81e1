#[coro::coroutine]
fn noop() {}

fn main() {
    coro::run(noop());
    let () = coro::run(noop());
}
