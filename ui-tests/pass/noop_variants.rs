#[coro::coroutine]
pub fn noop_pub() {}

#[coro::coroutine]
fn noop_args(_a: u32, _b: &str) {}

struct S;

impl S {
    #[coro::coroutine]
    fn noop_method(&self) {}
}

fn main() {
    coro::run(noop_pub());
    coro::run(noop_args(1, "x"));
    coro::run(S.noop_method());
}
