// An awaitable whose type is only known as `impl Awaitable` may be `!Unpin`
// (a coroutine that borrows its own locals across an await is): it is
// polled where it lies in the state, pinned.
trait Fetch {
    fn get(self) -> impl coro::Awaitable<Output = u32>;
}

struct Answer;

impl Fetch for Answer {
    #[coro::coroutine]
    fn get(self) -> u32 {
        let v = vec![40u32, 2];
        let first = &v[0];
        coro::sleep(std::time::Duration::from_millis(1)).await;
        first + v[1]
    }
}

fn assert_not_unpin<T>(_: &T) -> bool {
    // `Unpin` detection on stable: a trait with a blanket impl for `Unpin`
    // types shadows the inherent fallback. Here we only check it runs.
    true
}

#[coro::coroutine]
fn fetch<F: Fetch>(f: F) -> u32 {
    // By-value method on a generic: call it as a function (a receiver in an
    // awaited expression is assumed borrowed; see README "Known limits").
    let aw = Fetch::get(f);
    assert_not_unpin(&aw);
    aw.await
}

fn main() {
    assert_eq!(coro::run(fetch(Answer)), 42);
}
