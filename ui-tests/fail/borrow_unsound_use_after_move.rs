// Using a local after it was moved out, in a coroutine that also borrows it
// across an `.await` (E0382).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn moved() -> usize {
    let v = vec![1];
    let r = &v;
    tick().await;
    let n = r.len();
    let w = v;
    tick().await;
    n + w.len() + v.len()
}

fn main() {}
