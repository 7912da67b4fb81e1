// `coro::spawn` needs a `'static` awaitable: a coroutine that borrows a local
// cannot be spawned (E0597), even though the task is awaited before the
// local dies.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn count(v: &Vec<i32>) -> usize {
    tick().await;
    v.len()
}

#[coro::coroutine]
fn spawner() -> usize {
    let v = vec![1, 2];
    let task = coro::spawn(count(&v));
    tick().await;
    task.await.unwrap()
}

fn main() {}
