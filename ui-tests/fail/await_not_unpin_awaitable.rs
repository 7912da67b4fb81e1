// An awaitable whose type is only known as `impl Awaitable` (here from a
// trait) may be `!Unpin`; awaiting it needs pinning the transform lacks yet.
trait Fetch {
    fn get(self) -> impl coro::Awaitable<Output = u32>;
}

#[coro::coroutine]
fn fetch<F: Fetch>(f: F) -> u32 {
    f.get().await
}

fn main() {}
