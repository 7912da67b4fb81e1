/// A coroutine with no await: valid, like an empty `async def`.
#[coro::coroutine]
pub fn noop() {}
