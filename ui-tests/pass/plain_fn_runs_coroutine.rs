#[coro::coroutine]
fn answer() -> u32 {
    42
}

// The nearest valid form of `.await` in a plain fn (E0728): run the
// coroutine from the plain fn instead, like Python's `asyncio.run(main())`.
fn not_a_coroutine() -> u32 {
    coro::run(answer())
}

fn main() {
    assert_eq!(not_a_coroutine(), 42);
}
