// The never-run `async` copy sees nested items where the machine does: an
// inner fn that demands `'static` shadows the outer one, and the borrow of
// a local (which has a home) is rejected, as for an `async fn`.
#[coro::coroutine]
fn tick() {}

fn stash(_: &Vec<i32>) {}

#[coro::coroutine]
fn leak() -> usize {
    let v = vec![1, 2, 3];
    let r = &v;
    tick().await;
    {
        fn stash(_: &'static Vec<i32>) {}
        stash(&v);
    }
    r.len()
}

fn main() {}
